"""The App Home tab: how to use factbot and the most asked facts; queues for moderators;
settings for admins."""

from __future__ import annotations

import json
from typing import Any

from adapters.slack.desk_views import (
    ADD_FACT,
    EDIT_SETTINGS,
    FIND_FACT,
    OPEN_FACT,
    REPORT_RESOLVE,
    SUGGESTION_APPROVE,
    SUGGESTION_REJECT,
    UNMATCHED_DISMISS,
    UNMATCHED_TO_FACT,
    button,
    who,
)
from adapters.slack.roles import Role
from adapters.slack.service import workspace
from adapters.slack.text import VIEW_BLOCKS, escape, mrkdwn, plain, safe_mrkdwn
from bot import messages
from bot.chat.seam import Desk
from bot.chat.settings import ServerSettings
from bot.moderation.types import Report, Suggestion, UnmatchedClaim

QUEUE_SHOWN = 5
COUNT_CAP = 100


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": plain(text, 150)}


def _count(items: list[Any]) -> str:
    return f"{COUNT_CAP}+" if len(items) >= COUNT_CAP else str(len(items))


def _unmatched_blocks(items: list[UnmatchedClaim]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for item in items[:QUEUE_SHOWN]:
        text = f"{safe_mrkdwn(item.text, 500)}\n" + escape(
            messages.slack_asked_times(item.count, item.last_asked.strftime("%Y-%m-%d")))
        value = json.dumps({"id": item.id, "c": item.text[:500]})
        blocks.append({"type": "section", "text": mrkdwn(text)})
        blocks.append({"type": "actions", "block_id": f"unmatched_{item.id}", "elements": [
            button(messages.slack_make_fact(), UNMATCHED_TO_FACT, value, style="primary"),
            button(messages.slack_dismiss(), UNMATCHED_DISMISS, str(item.id))]})
    return blocks


def _suggestion_blocks(items: list[Suggestion]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for item in items[:QUEUE_SHOWN]:
        proposal = item.proposal.claim if item.proposal else ""
        about = messages.slack_suggestion_about(item.id, item.fact_id, proposal)
        text = f"{safe_mrkdwn(about, 800)}\n{escape(messages.slack_by())} " \
               f"{who(item.proposer.platform, item.proposer.user_id)}"
        if item.note:
            text += f"\n{safe_mrkdwn(item.note, 800)}"
        blocks.append({"type": "section", "text": mrkdwn(text)})
        blocks.append({"type": "actions", "block_id": f"suggestion_{item.id}", "elements": [
            button(messages.slack_approve(), SUGGESTION_APPROVE, str(item.id), style="primary"),
            button(messages.slack_reject(), SUGGESTION_REJECT, str(item.id), style="danger")]})
    return blocks


def _report_blocks(items: list[Report]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for item in items[:QUEUE_SHOWN]:
        about = messages.slack_report_about(item.id, item.fact_id, item.claim)
        text = f"{safe_mrkdwn(about, 800)}\n{safe_mrkdwn(item.reason, 1000)}\n" \
               f"{escape(messages.slack_by())} {who(item.reporter.platform, item.reporter.user_id)}"
        elements = [button(messages.slack_resolve(), REPORT_RESOLVE, str(item.id),
                           style="primary")]
        if item.fact_id:
            elements.append(button(messages.slack_open(), OPEN_FACT, item.fact_id))
        blocks.append({"type": "section", "text": mrkdwn(text)})
        blocks.append({"type": "actions", "block_id": f"report_{item.id}",
                       "elements": elements})
    return blocks


def _settings_blocks(settings: ServerSettings) -> list[dict[str, Any]]:
    channels = " ".join(f"<#{c}>" for c in settings.watched_channels if c.isalnum())
    groups = " ".join(f"<!subteam^{g}>" for g in settings.moderator_roles if g.isalnum())
    summary = messages.slack_settings_summary(
        messages.slack_reply_mode(settings.reply_mode), settings.threshold,
        settings.channel_cooldown_s, settings.user_cooldown_s)
    lines = [escape(summary),
             escape(messages.slack_setting_watched()) + ": " + (channels or "–"),
             escape(messages.slack_setting_groups()) + ": " + (groups or "–")]
    return [_header(messages.slack_home_settings()),
            {"type": "section", "text": mrkdwn("\n".join(lines))},
            {"type": "actions", "block_id": "settings", "elements": [
                button(messages.slack_edit_settings(), EDIT_SETTINGS, "settings")]}]


async def home_view(desk: Desk, team_id: str, role: Role,
                    command: str) -> dict[str, Any]:
    """The Home tab for one person, by what their role lets them see and do."""
    blocks: list[dict[str, Any]] = [
        _header(messages.slack_home_title()),
        {"type": "section", "text": mrkdwn(escape(messages.slack_home_howto(command)))},
        _header(messages.slack_home_most_asked()),
    ]
    asked = await desk.most_asked(workspace(team_id))
    if asked:
        lines = [f"• {safe_mrkdwn(a.claim, 300)} "
                 f"({escape(messages.verdict_label(a.verdict))}, "
                 f"{escape(messages.slack_asked_count(a.count))})" for a in asked]
        blocks.append({"type": "section", "text": mrkdwn("\n".join(lines))})
    else:
        blocks.append({"type": "section", "text": mrkdwn(escape(messages.slack_none_asked()))})
    if role >= Role.MODERATOR:
        blocks += await _moderator_blocks(desk, team_id)
    if role >= Role.ADMIN:
        blocks += _settings_blocks(await desk.settings(workspace(team_id)))
    return {"type": "home", "blocks": blocks[:VIEW_BLOCKS]}


async def _moderator_blocks(desk: Desk, team_id: str) -> list[dict[str, Any]]:
    server = workspace(team_id)
    unmatched = await desk.unmatched(server, limit=COUNT_CAP)
    suggestions = await desk.list_suggestions(server, limit=COUNT_CAP)
    reports = await desk.list_reports(server, limit=COUNT_CAP)
    counts = messages.slack_queue_counts(_count(unmatched), _count(suggestions), _count(reports))
    blocks: list[dict[str, Any]] = [
        {"type": "divider"},
        _header(messages.slack_home_moderation()),
        {"type": "section", "text": mrkdwn(escape(counts))},
        {"type": "actions", "block_id": "moderation", "elements": [
            button(messages.slack_add_fact_title(), ADD_FACT, "add", style="primary"),
            button(messages.slack_find_title(), FIND_FACT, "find")]},
    ]
    for title, part in ((messages.slack_queue_unmatched(), _unmatched_blocks(unmatched)),
                        (messages.slack_queue_suggestions(), _suggestion_blocks(suggestions)),
                        (messages.slack_queue_reports(), _report_blocks(reports))):
        if part:
            blocks.append({"type": "section", "text": mrkdwn(f"*{escape(title)}*")})
            blocks += part
    return blocks
