"""A core `Reply` as Block Kit: verdict header, claim, summary, figures, quote, source, buttons."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from adapters.slack.text import (
    BUTTON_TEXT_CHARS,
    BUTTON_VALUE_CHARS,
    CONTEXT_CHARS,
    FALLBACK_TEXT_CHARS,
    FIELD_CHARS,
    FIELDS_PER_SECTION,
    HEADER_CHARS,
    MESSAGE_BLOCKS,
    SECTION_CHARS,
    clip,
    clip_escaped,
    escape,
    mrkdwn,
    neutralise,
    plain,
    safe_echo,
    safe_mrkdwn,
)
from bot import messages
from bot.chat.outline import CheckOutline, outline
from bot.core.models import Check, Fact, Reply, Source

ACTION_SHOW_QUOTE = "factbot_show_quote"
ACTION_HELPFUL = "factbot_helpful"
ACTION_NOT_HELPFUL = "factbot_not_helpful"
ACTION_REPORT = "factbot_report"
ACTION_SUGGEST = "factbot_suggest"

CLAIM_IN_VALUE_CHARS = 500
_SAFE_URL = re.compile(r"^https?://[^\s<>|]+$")


@dataclass(frozen=True, slots=True)
class ButtonRef:
    """What a reply's buttons carry back: the fact, the verdict given and the claim asked."""

    fact_id: str | None
    verdict: str
    claim: str

    def encode(self, limit: int = BUTTON_VALUE_CHARS) -> str:
        """Compact JSON within `limit`; the claim is shortened until it fits."""
        claim = clip(self.claim, CLAIM_IN_VALUE_CHARS)
        while True:
            text = json.dumps({"f": self.fact_id, "v": self.verdict, "c": claim},
                              ensure_ascii=False)
            if len(text) <= limit or not claim:
                return text
            claim = clip(claim, len(claim) // 2)

    @classmethod
    def decode(cls, value: str) -> ButtonRef | None:
        try:
            data = json.loads(value)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        fact_id, verdict, claim = data.get("f"), data.get("v"), data.get("c")
        if not isinstance(verdict, str) or not isinstance(claim, str):
            return None
        if fact_id is not None and not isinstance(fact_id, str):
            return None
        return cls(fact_id=fact_id, verdict=verdict, claim=claim)


def source_mrkdwn(source: Source) -> str:
    line = messages.source_line(escape(source.title),
                                escape(source.author) if source.author else None,
                                escape(source.publisher) if source.publisher else None,
                                escape(source.published) if source.published else None)
    if source.url and _SAFE_URL.match(source.url):
        line += f" <{source.url}|{messages.slack_source_link()}>"
    return clip_escaped(line, CONTEXT_CHARS)


def quote_mrkdwn(quote: str, limit: int = SECTION_CHARS) -> str:
    body = clip_escaped(escape(quote), limit - 4).replace("\n", "\n>")
    return f">{body}"


def _button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {"type": "button", "text": plain(text, BUTTON_TEXT_CHARS),
                              "action_id": action_id, "value": value}
    if style:
        button["style"] = style
    return button


def _figure_fields(fact: Fact) -> list[dict[str, Any]]:
    fields = []
    for figure in fact.figures[:FIELDS_PER_SECTION]:
        value = safe_mrkdwn(figure.value, 200)
        fields.append(mrkdwn(clip_escaped(f"*{value}*\n{escape(figure.what)}", FIELD_CHARS)))
    return fields


def _no_match_blocks(check: Check, said: CheckOutline, index: int) -> list[dict[str, Any]]:
    lines = [safe_echo(said.claim, 1100)] + [escape(line) for line in said.lines()[1:]]
    ref = ButtonRef(fact_id=None, verdict=str(check.verdict), claim=check.claim)
    return [
        {"type": "section", "text": mrkdwn(clip_escaped("\n".join(lines), SECTION_CHARS))},
        {"type": "actions", "block_id": f"factbot_reply_{index}",
         "elements": [_button(messages.slack_button_suggest(), ACTION_SUGGEST, ref.encode())]},
    ]


def check_blocks(check: Check, *, compact: bool, index: int = 0) -> list[dict[str, Any]]:
    """The blocks for one checked claim's outline; `compact` leaves the quote behind a button."""
    said = outline(check)
    if check.fact is None:
        return _no_match_blocks(check, said, index)
    fact = check.fact
    blocks: list[dict[str, Any]] = [{"type": "header", "text": plain(said.heading, HEADER_CHARS)}]
    lines = [safe_echo(said.claim, 1100)]
    if said.matched is not None:
        lines.append(safe_mrkdwn(said.matched, 1100))
    lines.extend(escape(note) for note in said.notes)
    blocks.append({"type": "section", "text": mrkdwn(clip_escaped("\n".join(lines),
                                                                  SECTION_CHARS))})
    blocks.append({"type": "section", "text": mrkdwn(safe_mrkdwn(said.summary or ""))})
    if said.figures and not compact:
        blocks.append({"type": "section", "fields": _figure_fields(fact)})
    if said.quote and not compact:
        blocks.append({"type": "section", "text": mrkdwn(quote_mrkdwn(said.quote))})
    context = [source_mrkdwn(fact.source), escape(said.confidence or "")]
    if said.did_you_mean:
        context.append(safe_mrkdwn(said.did_you_mean, CONTEXT_CHARS))
    blocks.append({"type": "context", "elements": [mrkdwn(c) for c in context]})
    ref = ButtonRef(fact_id=fact.id, verdict=str(check.verdict), claim=check.claim).encode()
    buttons = []
    if fact.quote and compact:
        buttons.append(_button(messages.slack_button_show_quote(), ACTION_SHOW_QUOTE, ref))
    buttons += [
        # No styles: a reply is no form with one main action, and reporting destroys nothing
        # (Slack keeps green and red for those).
        _button(messages.slack_button_helpful(), ACTION_HELPFUL, ref),
        _button(messages.slack_button_not_helpful(), ACTION_NOT_HELPFUL, ref),
        _button(messages.slack_button_report(), ACTION_REPORT, ref),
    ]
    blocks.append({"type": "actions", "block_id": f"factbot_reply_{index}", "elements": buttons})
    return blocks


def reply_blocks(reply: Reply, *, compact: bool = False,
                 max_blocks: int = MESSAGE_BLOCKS) -> list[dict[str, Any]]:
    """Every check of a reply, as many as fit in one message."""
    blocks: list[dict[str, Any]] = []
    checks = reply.checks
    if len(checks) > 1:
        blocks.append({"type": "context", "elements": [
            mrkdwn(escape(messages.several_claims(len(checks))))]})
    for index, check in enumerate(checks):
        part = check_blocks(check, compact=compact, index=index)
        if len(blocks) + len(part) + (1 if index else 0) > max_blocks:
            break
        if index:
            blocks.append({"type": "divider"})
        blocks.extend(part)
    return blocks


def reply_text(reply: Reply) -> str:
    """The notification and screen-reader text that goes with the blocks."""
    check = reply.primary
    if check.fact is None:
        return clip_escaped(escape(messages.no_match()), FALLBACK_TEXT_CHARS)
    claim = messages.claim_as_understood(neutralise(check.claim))
    text = f"{messages.verdict_heading(check.verdict)}: {claim}"
    return clip_escaped(escape(text), FALLBACK_TEXT_CHARS)


def quote_blocks(fact: Fact) -> list[dict[str, Any]]:
    """The answer to "Show quote": the quote and where it comes from."""
    quote = fact.quote or messages.slack_no_quote()
    return [
        {"type": "section", "text": mrkdwn(quote_mrkdwn(quote))},
        {"type": "context", "elements": [mrkdwn(source_mrkdwn(fact.source))]},
    ]


def notice_blocks(text: str) -> list[dict[str, Any]]:
    return [{"type": "section", "text": mrkdwn(safe_mrkdwn(text))}]
