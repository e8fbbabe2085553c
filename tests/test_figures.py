"""Which of the source's figures a claimed figure may be given to wrongly."""

from __future__ import annotations

import pytest

from bot.core.figures import (
    _figures_alike,
    figure_conflicts,
    first_kept_narrowed,
    first_only_when_narrowed,
)
from bot.core.models import Fact, Figure, Source, Verdict

SOURCE = Source(title="Test source")


def fact(*figures: tuple[str, str], quote: str | None = None) -> Fact:
    return Fact(id="canal", claim="The canal carries freight", verdict=Verdict.TRUE,
                summary="", source=SOURCE, quote=quote,
                figures=tuple(Figure(value, what) for value, what in figures))


@pytest.mark.parametrize(("one", "alike"), [
    # Two different figures of one kind: a claim may give one of them to the wrong thing.
    (fact(("40 percent", "share of grain"), ("12 percent", "share of coal")), True),
    (fact(("$3 billion", "tolls in 2019"), ("$5 billion", "tolls in 2021")), True),
    # One figure of each kind, or the same figure twice: nothing to mix up.
    (fact(("40 percent", "share of grain"), ("$3 billion", "tolls")), False),
    (fact(("40 percent", "share of grain"), ("40 percent", "share of grain by weight")), False),
    (fact(("40 percent", "share of grain")), False),
    (fact(), False),
    # The quote's figures are the source's too.
    (fact(("40 percent", "share of grain"),
          quote="Grain makes up 40 percent, and coal only 12 percent."), True),
])
def test_figures_of_one_kind_can_be_mixed_up(one: Fact, alike: bool) -> None:
    assert _figures_alike(one) is alike


def test_a_figure_given_to_the_other_thing_contradicts_the_source() -> None:
    both = fact(("40 percent", "share of grain"), ("12 percent", "share of coal"))
    [conflict] = figure_conflicts("coal is 40 percent of what the canal carries", both)
    assert (conflict.claimed, conflict.source_value) == ("40 percent", "12 percent")
    assert figure_conflicts("grain is 40 percent of what the canal carries", both) == ()


@pytest.mark.parametrize("claim", [
    "the port is top 3 for grain",
    "the port is top three for grain",
    "the port ranks in the top 5 for grain",
])
def test_the_words_of_a_place_from_the_top_describe_no_figure(claim: str) -> None:
    # "top 3" is the claimed place itself: it binds to the grain ranking, not to the other
    # ranking whose description says "top ten".
    ranks = fact(("tenth", "the port's rank among grain ports"),
                 ("top ten", "the port is outside the top ten for coal and for oil"))
    [conflict] = figure_conflicts(claim, ranks)
    assert conflict.source_value == "tenth"


def test_a_first_place_against_a_fact_with_no_quote_is_read_without_one() -> None:
    # A pack's facts may carry no quote: a claim of first place against a fact whose figure
    # ranks lower is read on the figures alone, never on a quote it does not have.
    ranked = Fact(id="port", claim="The port is the region's third-largest", verdict=Verdict.TRUE,
                  summary="", source=SOURCE, quote=None,
                  figures=(Figure("third-largest", "rank among the region's ports"),))
    conflicts = figure_conflicts("the port is the region's largest", ranked)
    assert conflicts
    assert first_only_when_narrowed("the port is the region's largest", ranked,
                                    conflicts) is False
    assert first_kept_narrowed("the port is the region's largest single port", ranked) is False
