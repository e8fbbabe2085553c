"""The plain-text, Discord and Slack renderers state the same verdict, figures and notes."""

from __future__ import annotations

import json

import pytest

from adapters.discord.embeds import reply_embeds, unecho
from adapters.slack.blocks import reply_blocks
from bot import messages
from bot.chat.base import FactChecker
from bot.chat.outline import outline
from bot.chat.render import render_reply
from bot.core.models import Reply

CLAIMS = [
    "China invested $100 billion in Russia after Crimea",            # a wrong amount
    "Russia-China trade reached a record $150 billion in 2018",      # a wrong amount
    "China sold Russia the S-400",                                   # swapped roles
    "Power of Siberia does not make China dependent on Russian gas",  # context
]


@pytest.mark.parametrize("claim", CLAIMS)
def test_every_renderer_says_the_same(claim: str, checker: FactChecker) -> None:
    reply = checker.check(claim)
    check = reply.primary
    assert check.fact is not None
    plain = render_reply(reply)
    discord = json.dumps([e.to_dict() for e in reply_embeds(reply)], ensure_ascii=False)
    slack = json.dumps(reply_blocks(reply), ensure_ascii=False).replace("&amp;", "&")
    said = [messages.verdict_heading(check.verdict)]
    said += [messages.figure_conflict(c.claimed, c.source_value, c.what) for c in check.conflicts]
    note = messages.wording_note(check)
    if note is not None:
        said.append(note)
    for sentence in said:
        for rendered in (plain, discord, slack):
            assert sentence in rendered
    # Amounts as people write them, everywhere: "$150 billion", never "150 billion usd".
    assert all(" usd" not in rendered for rendered in (plain, discord, slack))


def _discord_text(reply: Reply) -> str:
    """Every string of the embeds, as the member reads it (markdown escapes undone)."""
    parts: list[str] = []
    for embed in reply_embeds(reply):
        data = embed.to_dict()
        parts += [str(data.get("title", "")), str(data.get("description", ""))]
        parts += [f"{f['name']}\n{f['value']}" for f in data.get("fields", [])]
        parts.append(str(data.get("footer", {}).get("text", "")))
    return unecho("\n".join(parts))


def _slack_text(reply: Reply) -> str:
    """Every text of the blocks, as the member reads it (Slack's escapes undone)."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(reply_blocks(reply))
    text = "\n".join(found)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


OUTLINED = [*CLAIMS,
            "Russia and China are allies",                          # the claim is the fact's
            "Russia is China's second-largest trading partner",     # roles
            "my cat likes fish soup a lot"]                         # no fact


@pytest.mark.parametrize("claim", OUTLINED)
def test_every_renderer_lays_out_one_outline(claim: str, checker: FactChecker) -> None:
    """What a reply says is decided once (bot.chat.outline); each renderer shows all of it:
    the heading, every sentence, the figures, the source's title and how close the match is."""
    reply = checker.check(claim)
    said = outline(reply.primary)
    rendered = {"plain": render_reply(reply), "discord": _discord_text(reply),
                "slack": _slack_text(reply)}
    expected = list(said.lines())
    if said.matched_anything:
        expected.append(said.heading)
        expected += [f.value for f in said.figures[:3]] + [f.what for f in said.figures[:3]]
        assert said.source is not None and said.confidence is not None
        expected += [said.source.title, said.confidence]
    for name, text in rendered.items():
        missing = [line for line in expected if line not in text]
        assert not missing, (name, missing)


# The figure a member typed is echoed as they typed it, on every platform.
TYPED = [
    ("China invested $40bn in Russia after Crimea", "$40bn"),
    ("China invested 100 billion dollars in Russia after Crimea", "100 billion dollars"),
    ("Russia-China trade reached a record $150B in 2018", "$150B"),
    ("China invested $100 billion in Russia after Crimea", "$100 billion"),
]


@pytest.mark.parametrize(("claim", "typed"), TYPED)
def test_the_claimed_figure_is_echoed_as_typed(claim: str, typed: str,
                                               checker: FactChecker) -> None:
    reply = checker.check(claim)
    [conflict] = reply.primary.conflicts
    assert conflict.claimed == typed
    said = messages.figure_conflict(conflict.claimed, conflict.source_value, conflict.what)
    for rendered in (render_reply(reply), _discord_text(reply), _slack_text(reply)):
        assert said in rendered
