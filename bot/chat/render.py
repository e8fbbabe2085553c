"""The plain-text rendering of a reply, used by the console and the CLI."""

from __future__ import annotations

import re

from bot import messages
from bot.chat.outline import outline
from bot.core.checker import MAX_INPUT_CHARS
from bot.core.models import Check, Fact, Reply, Source, Verdict
from bot.core.normalise import clean_text, strip_markup

# An "@" that a platform could read as a mention; a zero-width space after it defuses it.
_AT = re.compile(r"@(?=\w)")
def echo_text(text: str) -> str:
    """User text fit to be shown back: no chat markup and no live mentions (@everyone...)."""
    plain = " ".join(strip_markup(clean_text(text)).split())
    return _AT.sub("@\u200b", plain)


def source_text(source: Source) -> str:
    return messages.source_line(source.title, source.author, source.publisher, source.published)


def render_check(check: Check, *, suggest: bool = True) -> str:
    """The plain-text layout of the check's outline (bot.chat.outline)."""
    said = outline(check, suggest=suggest)
    claim, *rest = said.lines()
    lines = [said.heading] if said.matched_anything else []
    lines += [echo_text(claim), *rest]
    if said.figures:
        lines.append(messages.figures_heading() + ":")
        lines.extend(f"  • {f.value}: {f.what}" for f in said.figures)
    if said.quote:
        lines.append(f"{messages.quote_heading()}: “{said.quote}”")
    if said.source is not None:
        lines.append(source_text(said.source))
    if said.confidence:
        lines.append(said.confidence)
    if said.did_you_mean:
        lines.append(said.did_you_mean)
    return "\n".join(lines)


def render_reply(reply: Reply, *, suggest: bool = True) -> str:
    if len(reply.checks) == 1:
        text = render_check(reply.primary, suggest=suggest)
    else:
        parts = [messages.several_claims(len(reply.checks))]
        parts.extend(render_check(c, suggest=suggest) for c in reply.checks)
        text = "\n\n".join(parts)
    if reply.matched and len(clean_text(reply.input)) > MAX_INPUT_CHARS:
        text += "\n" + messages.truncated_input(MAX_INPUT_CHARS)
    return text


def is_silent(reply: Reply) -> bool:
    return reply.verdict is Verdict.NO_MATCH


def fact_field_lines(fact: Fact) -> list[str]:
    """A fact's quote, figures, aliases, tags, related ids, claimant and appearances as
    `field: value` lines."""
    lines = [f"quote: {fact.quote}"] if fact.quote else []
    lines.extend(f"figure: {fig.value}: {fig.what}" for fig in fact.figures)
    lines.extend(f"alias: {alias}" for alias in fact.aliases)
    if fact.tags:
        lines.append("tags: " + ", ".join(fact.tags))
    if fact.related:
        lines.append("related: " + ", ".join(fact.related))
    if fact.claimant:
        lines.append(f"claimant: {fact.claimant}")
    lines.extend(f"appearance: {url}" for url in fact.appearances)
    return lines
