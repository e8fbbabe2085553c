"""Verdict embeds always fit Discord's limits, whatever the claim and the fact hold."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord.embeds import (
    DESCRIPTION_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    MESSAGE_TOTAL_LIMIT,
    TITLE_LIMIT,
    clip,
    echo,
    embeds_size,
    fact_embed,
    quote_embed,
    reply_embeds,
)
from bot.chat.base import FactChecker
from bot.core.models import Check, Fact, Figure, Match, Reply, Source, Verdict

texts = st.text(min_size=1, max_size=5000)
VERDICTS = st.sampled_from([Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING, Verdict.UNPROVEN])


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    return Fact(
        id=draw(st.from_regex(r"[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,3}", fullmatch=True)),
        claim=draw(texts), verdict=draw(VERDICTS), summary=draw(texts),
        source=Source(title=draw(texts), author=draw(st.none() | texts),
                      publisher=draw(st.none() | texts), published=draw(st.none() | texts),
                      url=draw(st.none() | st.just("https://example.org/" + "a" * 3000))),
        quote=draw(st.none() | texts),
        figures=tuple(Figure(draw(texts), draw(texts))
                      for _ in range(draw(st.integers(0, 30)))))


@st.composite
def replies(draw: st.DrawFn) -> Reply:
    checks = []
    for _ in range(draw(st.integers(1, 5))):
        fact = draw(st.none() | facts())
        if fact is None:
            checks.append(Check(claim=draw(texts), verdict=Verdict.NO_MATCH))
            continue
        alternatives = tuple(Match(draw(facts()), 0.7, "x")
                             for _ in range(draw(st.integers(0, 3))))
        checks.append(Check(claim=draw(texts), verdict=fact.verdict, fact=fact, score=0.9,
                            alternatives=alternatives))
    return Reply(input="", checks=tuple(checks))


def assert_fits(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= TITLE_LIMIT
    assert len(data.get("description", "")) <= DESCRIPTION_LIMIT
    assert len(data.get("footer", {}).get("text", "")) <= FOOTER_LIMIT
    fields = data.get("fields", [])
    assert len(fields) <= FIELD_COUNT_LIMIT
    for field in fields:
        assert 0 < len(field["name"]) <= FIELD_NAME_LIMIT
        assert 0 < len(field["value"]) <= FIELD_VALUE_LIMIT


@settings(max_examples=60, deadline=None)
@given(replies())
def test_any_reply_fits_in_one_message(reply: Reply) -> None:
    embeds = reply_embeds(reply)
    assert len(embeds) == 1
    for embed in embeds:
        assert_fits(embed)
    assert embeds_size(embeds) <= MESSAGE_TOTAL_LIMIT


@settings(max_examples=40, deadline=None)
@given(facts())
def test_any_fact_and_quote_fit(fact: Fact) -> None:
    for embed in (fact_embed(fact), quote_embed(fact)):
        assert_fits(embed)
        assert len(embed) <= MESSAGE_TOTAL_LIMIT


@given(st.text(max_size=300), st.integers(2, 300))
def test_clip_is_bounded_and_keeps_short_text(text: str, limit: int) -> None:
    out = clip(text, limit)
    assert len(out) <= limit
    assert out == text if len(text) <= limit else out.endswith("…")


def test_clip_cuts_at_a_word_boundary() -> None:
    cut = clip("Russia and China already have a formal alliance", 30)
    assert cut == "Russia and China already…"


@given(st.text(max_size=200))
def test_echo_defuses_every_mass_mention(text: str) -> None:
    out = echo(f"{text} @everyone @here <@&123456789012345678> <@123456789012345678>")
    assert "@everyone" not in out and "@here" not in out
    assert "<@&123456789012345678>" not in out and "<@123456789012345678>" not in out


def test_bundled_facts_render_with_colour_fields_and_source(checker: FactChecker) -> None:
    for fact in checker.fact_base.facts:
        embed = fact_embed(fact).to_dict()
        assert_fits(fact_embed(fact))
        names = [f["name"] for f in embed["fields"]]
        assert "Source" in names
        assert ("Quote" in names) == bool(fact.quote)
        assert set(names) >= {f.value for f in fact.figures[:6]}
