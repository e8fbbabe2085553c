"""Render a platform-neutral Reply as Discord embeds that the API always accepts.

Discord rejects a message whose embeds break a length limit, so every piece of text is cut
cleanly (at a word boundary, with an ellipsis) and lower-priority parts are dropped when the
message-wide budget of 6000 characters runs out. Text that came from a person is escaped for
markdown and defused for mentions before it is echoed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot import messages
from bot.chat.outline import CheckOutline, outline
from bot.core.models import Check, Fact, Reply, Source, Verdict

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
FIELD_COUNT_LIMIT = 25
MESSAGE_EMBED_LIMIT = 10
MESSAGE_TOTAL_LIMIT = 6000
# Quotes in a verdict embed are a preview; the "Show quote" button shows the whole passage.
QUOTE_PREVIEW = 600
FIGURE_FIELDS = 6
# A message with several claims gets one embed: a field for each of the first few.
SEVERAL_CLAIMS_SHOWN = 5
CLAIM_IN_FIELD = 200
ELLIPSIS = "…"

VERDICT_COLOURS: dict[Verdict, int] = {
    Verdict.TRUE: 0x2ECC71,
    Verdict.FALSE: 0xE74C3C,
    Verdict.MISLEADING: 0xE67E22,
    Verdict.UNPROVEN: 0x95A5A6,
    Verdict.CONTEXT: 0x3498DB,
    Verdict.NO_MATCH: 0x5865F2,
}


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word boundary where one is near."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return text[:limit]
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def echo(text: str) -> str:
    """Text a person wrote, made safe to show: no markdown, no live mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def unecho(text: str) -> str:
    """Text that echo made safe, as the person wrote it (markdown escapes and the zero-width
    space that defuses mentions removed)."""
    return _ESCAPED.sub(r"\1", text.replace("@\u200b", "@"))


def _clip_echo(text: str, limit: int) -> str:
    # Clip before escaping would let escapes push past the limit; clip the escaped text, but
    # never leave a dangling backslash that would escape the ellipsis.
    escaped = echo(text)
    out = clip(escaped, limit)
    if out.endswith("\\" + ELLIPSIS):
        out = out[: -len(ELLIPSIS) - 1] + ELLIPSIS
    return out


def source_markdown(source: Source) -> str:
    line = messages.discord_source(echo(source.title), source.author and echo(source.author),
                                   source.publisher and echo(source.publisher),
                                   source.published and echo(source.published))
    if source.url:
        line += f"\n<{source.url}>"
    return line


@dataclass(slots=True)
class _Budget:
    """Characters left for one embed; parts are added in priority order while they fit."""

    left: int

    def take(self, *texts: str) -> bool:
        cost = sum(len(t) for t in texts)
        if cost > self.left:
            return False
        self.left -= cost
        return True


def _said_lines(said: CheckOutline) -> list[str]:
    """The outline's sentences before the figures, made safe for Discord markdown."""
    claim, *rest = said.lines()
    return [_clip_echo(claim, 720)] + [echo(line) for line in rest]


def check_embed(check: Check, *, budget: int = MESSAGE_TOTAL_LIMIT,
                suggest: bool = True, quote: bool = True) -> discord.Embed:
    """One embed for one checked claim's outline, no larger than `budget` characters in all."""
    said = outline(check, suggest=suggest)
    room = _Budget(budget)
    title = clip(said.heading, TITLE_LIMIT)
    room.take(title)
    embed = discord.Embed(title=title, colour=VERDICT_COLOURS[check.verdict])
    fact = check.fact
    if fact is None:
        embed.description = clip("\n".join(_said_lines(said)),
                                 min(DESCRIPTION_LIMIT, room.left))
        room.take(embed.description)
        return embed
    footer = clip(messages.discord_footer(check.score), FOOTER_LIMIT)
    room.take(footer)
    embed.set_footer(text=footer)
    embed.description = clip("\n".join(_said_lines(said)),
                             min(DESCRIPTION_LIMIT, max(room.left - 800, room.left // 2)))
    room.take(embed.description)
    _add_field(embed, room, messages.discord_source_heading(), source_markdown(fact.source))
    if said.alternatives:
        _add_field(embed, room, messages.discord_did_you_mean_heading(),
                   "\n".join(f"• {echo(claim)}" for claim in said.alternatives))
    for figure in said.figures[:FIGURE_FIELDS]:
        _add_field(embed, room, echo(figure.value), echo(figure.what), inline=True)
    if quote and said.quote:
        _add_field(embed, room, messages.quote_heading(),
                   "> " + clip(echo(said.quote), QUOTE_PREVIEW))
    return embed


def _add_field(embed: discord.Embed, room: _Budget, name: str, value: str, *,
               inline: bool = False) -> None:
    if len(embed.fields) >= FIELD_COUNT_LIMIT:
        return
    name = clip(name, FIELD_NAME_LIMIT)
    value = clip(value, min(FIELD_VALUE_LIMIT, max(room.left - len(name), 0)))
    if value and room.take(name, value):
        embed.add_field(name=name, value=value, inline=inline)


def reply_embeds(reply: Reply, *, suggest: bool = True,
                 quote: bool = True) -> list[discord.Embed]:
    """The embed for a reply: the whole verdict for one claim, a field per claim for several
    (one embed, not a wall of them), within the per-message limits."""
    if len(reply.checks) > 1:
        return [several_claims_embed(reply)]
    checks: Sequence[Check] = reply.checks[:MESSAGE_EMBED_LIMIT]
    per_embed = (MESSAGE_TOTAL_LIMIT - 100) // len(checks)
    return [check_embed(c, budget=per_embed, suggest=suggest, quote=quote) for c in checks]


def several_claims_embed(reply: Reply) -> discord.Embed:
    """One embed for a message with several claims: a field per claim, the first few."""
    title = clip(messages.several_claims(len(reply.checks)), TITLE_LIMIT)
    room = _Budget(MESSAGE_TOTAL_LIMIT - 100 - len(title))
    embed = discord.Embed(title=title, colour=VERDICT_COLOURS[reply.verdict])
    for number, check in enumerate(reply.checks[:SEVERAL_CLAIMS_SHOWN], 1):
        name = messages.discord_claim_field(number, messages.verdict_heading(check.verdict),
                                            _clip_echo(check.claim, CLAIM_IN_FIELD))
        value = echo(check.fact.summary) if check.fact is not None else messages.no_match()
        _add_field(embed, room, name, value)
    more = messages.discord_more_claims(len(reply.checks) - SEVERAL_CLAIMS_SHOWN)
    if more:
        embed.set_footer(text=clip(more, FOOTER_LIMIT))
    return embed


def fact_embed(fact: Fact, *, moderator: bool = False) -> discord.Embed:
    """A fact as recorded, for /facts show (its id, which the member looked it up by) and
    moderator views (its pack too)."""
    check = Check(claim=fact.claim, verdict=fact.verdict, fact=fact, score=1.0)
    embed = check_embed(check, suggest=False)
    embed.set_footer(text=clip(messages.discord_fact_footer(
        fact.id, fact.pack if moderator else None), FOOTER_LIMIT))
    return embed


def quote_embed(fact: Fact) -> discord.Embed:
    """The full quote of a fact, with its source (the "Show quote" button)."""
    text = fact.quote or messages.discord_no_quote()
    embed = discord.Embed(title=clip(messages.quote_heading(), TITLE_LIMIT),
                          description=clip("> " + echo(text), DESCRIPTION_LIMIT - 200),
                          colour=VERDICT_COLOURS[fact.verdict])
    embed.add_field(name=messages.discord_source_heading(),
                    value=clip(source_markdown(fact.source), FIELD_VALUE_LIMIT))
    return embed


def embeds_size(embeds: Sequence[discord.Embed]) -> int:
    """The characters Discord counts towards its 6000-per-message limit."""
    return sum(len(e) for e in embeds)
