"""The plain-text, Discord and Slack renderers state the same verdict, figures and notes."""

from __future__ import annotations

import json

import pytest

from adapters.discord.embeds import reply_embeds
from adapters.slack.blocks import reply_blocks
from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply

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
