"""Modals members fill in (report a wrong answer, suggest a fact) and reading their answers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from adapters.slack.blocks import ButtonRef
from adapters.slack.text import (
    BUTTON_VALUE_CHARS,
    INPUT_VALUE_CHARS,
    LABEL_CHARS,
    MODAL_TITLE_CHARS,
    OPTION_TEXT_CHARS,
    PRIVATE_METADATA_CHARS,
    clip,
    mrkdwn,
    neutralise,
    plain,
    safe_mrkdwn,
)
from bot import messages
from bot.core.models import FACT_VERDICTS
from bot.moderation import form

REPORT_VIEW = "factbot_report_modal"
SUGGEST_VIEW = "factbot_suggest_modal"
REASON_MIN_CHARS = 5
CLAIM_MIN_CHARS = 10
# A suggestion's claim and summary take what the fact form takes (bot.moderation.form).
CLAIM_MAX_CHARS = form.BY_NAME["claim"].limit
SUMMARY_MAX_CHARS = form.BY_NAME["summary"].limit
REASON_MAX_CHARS = 1000
_LINK = re.compile(r"^https?://\S+$")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a modal was opened from, so the answer can go back there: the channel, and the
    response_url of the message whose button opened it (it reaches the member even where the
    app is not in the channel, for half an hour)."""

    ref: ButtonRef
    channel: str | None
    response_url: str | None = None

    def encode(self) -> str:
        limit = BUTTON_VALUE_CHARS
        while True:
            data = {"r": self.ref.encode(limit), "ch": self.channel}
            if self.response_url:
                data["u"] = self.response_url
            text = json.dumps(data, ensure_ascii=False)
            if len(text) <= PRIVATE_METADATA_CHARS:
                return text
            limit //= 2

    @classmethod
    def decode(cls, value: str) -> Origin | None:
        try:
            data = json.loads(value or "")
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("r"), str):
            return None
        ref = ButtonRef.decode(data["r"])
        channel, url = data.get("ch"), data.get("u")
        if ref is None or (channel is not None and not isinstance(channel, str)):
            return None
        return cls(ref=ref, channel=channel,
                   response_url=url if isinstance(url, str) and url else None)


def text_input(block_id: str, label: str, *, initial: str | None = None, multiline: bool = False,
               optional: bool = False, max_length: int = INPUT_VALUE_CHARS,
               hint: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": "value",
                               "multiline": multiline, "max_length": max_length}
    if initial:
        element["initial_value"] = clip(initial, max_length)
    block: dict[str, Any] = {"type": "input", "block_id": block_id, "optional": optional,
                             "label": plain(label, LABEL_CHARS), "element": element}
    if hint:
        block["hint"] = plain(hint, LABEL_CHARS)
    return block


def url_input(block_id: str, label: str, *, initial: str | None = None,
              optional: bool = False) -> dict[str, Any]:
    """An input Slack checks is a link before it lets the form go."""
    element: dict[str, Any] = {"type": "url_text_input", "action_id": "value"}
    if initial and _LINK.match(initial):
        element["initial_value"] = initial
    return {"type": "input", "block_id": block_id, "optional": optional,
            "label": plain(label, LABEL_CHARS), "element": element}


def number_input(block_id: str, label: str, *, initial: float | int, low: float | int,
                 high: float | int, decimal: bool = False) -> dict[str, Any]:
    """An input Slack checks is a number within [low, high] before it lets the form go (the
    listener checks again: a request can be made by hand)."""
    element = {"type": "number_input", "action_id": "value", "is_decimal_allowed": decimal,
               "initial_value": f"{initial:g}", "min_value": f"{low:g}",
               "max_value": f"{high:g}"}
    return {"type": "input", "block_id": block_id, "label": plain(label, LABEL_CHARS),
            "element": element}


def modal(callback_id: str, title: str, submit: str, blocks: list[dict[str, Any]],
          metadata: str = "") -> dict[str, Any]:
    return {"type": "modal", "callback_id": callback_id,
            "title": plain(title, MODAL_TITLE_CHARS), "submit": plain(submit, MODAL_TITLE_CHARS),
            "close": plain(messages.slack_cancel(), MODAL_TITLE_CHARS),
            "private_metadata": metadata, "blocks": blocks}


def report_modal(origin: Origin) -> dict[str, Any]:
    claim = safe_mrkdwn(messages.slack_report_intro(neutralise(origin.ref.claim)), 2000)
    return modal(REPORT_VIEW, messages.slack_report_title(), messages.slack_send(), [
        {"type": "section", "text": mrkdwn(claim)},
        text_input("reason", messages.slack_report_reason_label(), multiline=True,
                   max_length=REASON_MAX_CHARS),
    ], origin.encode())


def verdict_select(block_id: str = "verdict", initial: str | None = None) -> dict[str, Any]:
    options = [{"text": plain(messages.verdict_label(v), OPTION_TEXT_CHARS), "value": v.value}
               for v in FACT_VERDICTS]
    element: dict[str, Any] = {"type": "static_select", "action_id": "value",
                               "options": options}
    chosen = next((o for o in options if o["value"] == initial), None)
    if chosen:
        element["initial_option"] = chosen
    return {"type": "input", "block_id": block_id,
            "label": plain(messages.slack_field_verdict(), LABEL_CHARS), "element": element}


def suggest_modal(origin: Origin) -> dict[str, Any]:
    return modal(SUGGEST_VIEW, messages.slack_suggest_title(), messages.slack_send(), [
        text_input("claim", messages.slack_field_claim(), initial=origin.ref.claim,
                   max_length=CLAIM_MAX_CHARS),
        verdict_select(),
        text_input("summary", messages.slack_suggest_summary_label(), multiline=True,
                   max_length=SUMMARY_MAX_CHARS),
        text_input("note", messages.slack_suggest_note_label(), multiline=True, optional=True,
                   max_length=REASON_MAX_CHARS),
    ], origin.encode())


def suggestion_errors(values: dict[str, str]) -> dict[str, str]:
    errors = {}
    if len(values.get("claim", "")) < CLAIM_MIN_CHARS:
        errors["claim"] = messages.slack_claim_too_short(CLAIM_MIN_CHARS)
    if not values.get("verdict"):
        errors["verdict"] = messages.slack_pick_verdict()
    if len(values.get("summary", "")) < REASON_MIN_CHARS:
        errors["summary"] = messages.slack_reason_too_short(REASON_MIN_CHARS)
    return errors


def input_values(view: dict[str, Any]) -> dict[str, str]:
    """Each input block's value by block id (text, selected option, or empty)."""
    out: dict[str, str] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        for state in actions.values():
            if state.get("type") == "static_select":
                selected = state.get("selected_option") or {}
                out[block_id] = str(selected.get("value") or "")
            elif state.get("type") == "multi_channels_select":
                out[block_id] = ",".join(state.get("selected_channels") or [])
            elif state.get("type") == "checkboxes":
                out[block_id] = ",".join(o.get("value", "") for o in
                                         state.get("selected_options") or [])
            else:
                out[block_id] = str(state.get("value") or "").strip()
    return out


def reason_error(reason: str) -> str | None:
    if len(reason) < REASON_MIN_CHARS:
        return messages.slack_reason_too_short(REASON_MIN_CHARS)
    return None
