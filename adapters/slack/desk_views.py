"""Moderator and admin views: a fact with its actions, its history, search, reasons, settings."""

from __future__ import annotations

import json
import re
from typing import Any

from adapters.slack.blocks import quote_mrkdwn, source_mrkdwn
from adapters.slack.forms import modal, number_input, text_input
from adapters.slack.text import (
    BUTTON_VALUE_CHARS,
    LABEL_CHARS,
    MODAL_TITLE_CHARS,
    OPTION_TEXT_CHARS,
    SECTION_CHARS,
    VIEW_BLOCKS,
    clip,
    escape,
    mrkdwn,
    plain,
    safe_mrkdwn,
)
from bot import messages
from bot.chat.settings import MAX_COOLDOWN_S, REPLY_MODES, ServerSettings
from bot.moderation.types import FactRecord, FactVersion

# block actions
ADD_FACT = "factbot_mod_add"
FIND_FACT = "factbot_mod_find"
OPEN_FACT = "factbot_mod_open"
EDIT_FACT = "factbot_mod_edit"
RETIRE_FACT = "factbot_mod_retire"
RESTORE_FACT = "factbot_mod_restore"
FACT_HISTORY = "factbot_mod_history"
RESTORE_VERSION = "factbot_mod_restore_version"
UNMATCHED_TO_FACT = "factbot_mod_unmatched_fact"
UNMATCHED_DISMISS = "factbot_mod_unmatched_dismiss"
SUGGESTION_APPROVE = "factbot_mod_approve"
SUGGESTION_REJECT = "factbot_mod_reject"
REPORT_RESOLVE = "factbot_mod_resolve"
EDIT_SETTINGS = "factbot_admin_settings"

# views
FIND_VIEW = "factbot_find_fact"
FACT_VIEW = "factbot_fact"
HISTORY_VIEW = "factbot_history"
REJECT_VIEW = "factbot_reject_suggestion"
RESOLVE_VIEW = "factbot_resolve_report"
SETTINGS_VIEW = "factbot_settings"
NOTICE_VIEW = "factbot_notice"

_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,20}$")
HISTORY_SHOWN = 20
HISTORY_VALUE = 80   # characters of a field's value shown in a history line
FOUND_SHOWN = 10


def button(text: str, action_id: str, value: str = "", *,
           style: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "button", "text": plain(text, 75), "action_id": action_id,
                           "value": clip(value, BUTTON_VALUE_CHARS) or "-"}
    if style:
        out["style"] = style
    return out


def who(platform: str, user_id: str) -> str:
    """A person in a view: a Slack user as a name, anyone else (the CLI) as escaped text."""
    if platform == "slack" and _SLACK_USER.match(user_id):
        return f"<@{user_id}>"
    return escape(f"{platform}:{user_id}")


def notice(title: str, text: str) -> dict[str, Any]:
    return {"type": "modal", "callback_id": NOTICE_VIEW,
            "title": plain(title, MODAL_TITLE_CHARS),
            "close": plain(messages.slack_close(), MODAL_TITLE_CHARS),
            "blocks": [{"type": "section", "text": mrkdwn(safe_mrkdwn(text))}]}


def fact_view(record: FactRecord) -> dict[str, Any]:
    """One fact as a moderator sees it, with edit, retire or restore, and history."""
    fact = record.fact
    status = messages.slack_fact_status(fact.id, record.version, record.retired,
                                        record.origin.value)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": plain(messages.verdict_heading(fact.verdict), 150)},
        {"type": "section", "text": mrkdwn(safe_mrkdwn(fact.claim))},
        {"type": "section", "text": mrkdwn(safe_mrkdwn(fact.summary))},
    ]
    if fact.quote:
        blocks.append({"type": "section", "text": mrkdwn(quote_mrkdwn(fact.quote))})
    blocks.append({"type": "context", "elements": [mrkdwn(source_mrkdwn(fact.source)),
                                                   mrkdwn(escape(status))]})
    buttons = [button(messages.slack_edit(), EDIT_FACT, fact.id, style="primary")]
    if record.retired:
        buttons.append(button(messages.slack_restore(), RESTORE_FACT, fact.id))
    else:
        buttons.append(button(messages.slack_retire(), RETIRE_FACT, fact.id, style="danger"))
    buttons.append(button(messages.slack_history(), FACT_HISTORY, fact.id))
    blocks.append({"type": "actions", "block_id": "fact_actions", "elements": buttons})
    return {"type": "modal", "callback_id": FACT_VIEW, "private_metadata": fact.id,
            "title": plain(messages.slack_fact_title(), MODAL_TITLE_CHARS),
            "close": plain(messages.slack_close(), MODAL_TITLE_CHARS), "blocks": blocks}


def history_view(fact_id: str, versions: list[FactVersion]) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    if not versions:
        blocks.append({"type": "section",
                       "text": mrkdwn(escape(messages.slack_no_history(fact_id)))})
    newest = versions[-1].version if versions else 0
    for version in reversed(versions[-HISTORY_SHOWN:]):
        line = messages.slack_version_line(version.version, version.action.value,
                                           who(version.actor.platform, version.actor.user_id),
                                           version.at.strftime("%Y-%m-%d %H:%M UTC"))
        text = f"{line}\n{safe_mrkdwn(version.after.claim, 500)}"
        if version.before is not None:   # what this version changed, each field on its own
            text += "".join("\n" + safe_mrkdwn(messages.history_change(
                c.name, clip(c.before, HISTORY_VALUE), clip(c.after, HISTORY_VALUE)), 400)
                for c in version.changes)
        block: dict[str, Any] = {"type": "section", "text": mrkdwn(clip(text, SECTION_CHARS))}
        if version.version != newest:
            block["accessory"] = button(messages.slack_restore_version(), RESTORE_VERSION,
                                        json.dumps({"f": fact_id, "v": version.version}))
        blocks.append(block)
    return {"type": "modal", "callback_id": HISTORY_VIEW, "private_metadata": fact_id,
            "title": plain(messages.slack_history(), MODAL_TITLE_CHARS),
            "close": plain(messages.slack_close(), MODAL_TITLE_CHARS),
            "blocks": blocks[:VIEW_BLOCKS]}


def find_form() -> dict[str, Any]:
    return modal(FIND_VIEW, messages.slack_find_title(), messages.slack_find(), [
        text_input("query", messages.slack_find_label(), max_length=500)])


def found_view(records: list[FactRecord]) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    for record in records[:FOUND_SHOWN]:
        fact = record.fact
        text = f"*{escape(fact.id)}* · {escape(messages.verdict_label(fact.verdict))}\n" \
               f"{safe_mrkdwn(fact.claim, 500)}"
        blocks.append({"type": "section", "text": mrkdwn(text),
                       "accessory": button(messages.slack_open(), OPEN_FACT, fact.id)})
    return {"type": "modal", "callback_id": FACT_VIEW,
            "title": plain(messages.slack_find_title(), MODAL_TITLE_CHARS),
            "close": plain(messages.slack_close(), MODAL_TITLE_CHARS), "blocks": blocks}


def reason_form(callback_id: str, title: str, label: str, item_id: int, *,
                optional: bool) -> dict[str, Any]:
    return modal(callback_id, title, messages.slack_send(), [
        text_input("reason", label, multiline=True, optional=optional, max_length=1000)],
        str(item_id))


def _select(block_id: str, label: str, options: list[tuple[str, str]],
            initial: str) -> dict[str, Any]:
    opts = [{"text": plain(text, OPTION_TEXT_CHARS), "value": value} for value, text in options]
    element: dict[str, Any] = {"type": "static_select", "action_id": "value", "options": opts}
    chosen = next((o for o in opts if o["value"] == initial), None)
    if chosen:
        element["initial_option"] = chosen
    return {"type": "input", "block_id": block_id, "label": plain(label, LABEL_CHARS),
            "element": element}


def settings_form(settings: ServerSettings) -> dict[str, Any]:
    channels: dict[str, Any] = {"type": "multi_channels_select", "action_id": "value",
                                "initial_channels": list(settings.watched_channels)}
    return modal(SETTINGS_VIEW, messages.slack_settings_title(), messages.slack_save(), [
        _select("reply_mode", messages.slack_setting_reply_mode(),
                [(m, messages.slack_reply_mode(m)) for m in REPLY_MODES], settings.reply_mode),
        {"type": "input", "block_id": "watched_channels", "optional": True,
         "label": plain(messages.slack_setting_watched(), LABEL_CHARS), "element": channels},
        number_input("threshold", messages.slack_setting_threshold(),
                     initial=settings.threshold, low=0, high=1, decimal=True),
        number_input("channel_cooldown_s", messages.slack_setting_channel_cooldown(),
                     initial=settings.channel_cooldown_s, low=0, high=MAX_COOLDOWN_S),
        number_input("user_cooldown_s", messages.slack_setting_user_cooldown(),
                     initial=settings.user_cooldown_s, low=0, high=MAX_COOLDOWN_S),
        text_input("moderator_roles", messages.slack_setting_groups(), optional=True,
                   initial=", ".join(settings.moderator_roles), max_length=1000,
                   hint=messages.slack_setting_groups_hint()),
    ])


SETTING_KEYS = ("reply_mode", "watched_channels", "threshold", "channel_cooldown_s",
                "user_cooldown_s", "moderator_roles")


def settings_errors(problems: tuple[str, ...]) -> dict[str, str]:
    """Each problem under the field it is about, in plain words: the field's label already
    names the setting, so the setting's key is left out."""
    errors: dict[str, list[str]] = {}
    for problem in problems:
        key = next((k for k in SETTING_KEYS if problem.startswith(k + " ")), None)
        if key is None:
            errors.setdefault("reply_mode", []).append(problem)
            continue
        errors.setdefault(key, []).append(messages.slack_field_problem(problem[len(key):]))
    return {k: clip(" ".join(v), 300) for k, v in errors.items()}
