"""Comparisons read by two figures of the pack: table tests of our own phrasings."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED

from bot.chat.base import FactChecker
from bot.core.models import Verdict
from bot.core.normalise import normalise
from bot.core.sides import compare_sides

T, F = Verdict.TRUE, Verdict.FALSE

# Claim -> (verdict, the two figures compared, first side first). Our own phrasings.
SETTLED: list[tuple[str, Verdict, tuple[str, str]]] = [
    ("Beijing sank more money into Brazil than into Russia in 2014-2018", T,
     ("$34 billion", "$24 billion")),
    ("Russia drew more Chinese investment than Brazil did from 2014 to 2018", F,
     ("$24 billion", "$34 billion")),
    ("sub-Saharan Africa got less Chinese investment than Russia over 2014-2018", F,
     ("$148 billion", "$24 billion")),
    ("China flew more aircraft at Vostok-2018 than Russia did", F,
     ("six planes", "1,000 aircraft")),
    ("Russia put fewer aircraft into Vostok-2018 than China", F,
     ("1,000 aircraft", "six planes")),
    ("Russia didn't field more aircraft at Vostok-2018 than China", F,
     ("1,000 aircraft", "six planes")),
    ("Kazakhstan's border with Russia is longer than the China-Russia border", T,
     ("4,250 miles", "2,600-mile")),
    # Ratios: 35% against 12% is about 3 times; 75,000-100,000 troops against 3,200 is 23 to 31.
    ("India's share of Russian arms exports was about 3x China's", T,
     ("35 percent", "12 percent")),
    ("India got ten times China's share of Russian arms exports", F,
     ("35 percent", "12 percent")),
    ("Russia's troops at Vostok-2018 were more than 20 times China's", T,
     ("75,000 and 100,000 soldiers", "3,200 soldiers")),
    ("Russia sent five times as many troops to Vostok-2018 as China", F,
     ("75,000 and 100,000 soldiers", "3,200 soldiers")),
    # A verb that compares, as "bigger than" or "smaller than" does.
    ("China's aircraft at Vostok-2018 outnumbered Russia's", F,
     ("six planes", "1,000 aircraft")),
    ("Chinese investment in Russia over 2014-2018 trailed what Brazil got", T,
     ("$24 billion", "$34 billion")),
    ("what Beijing sank into Brazil over 2014-2018 beat its investment in Russia", T,
     ("$34 billion", "$24 billion")),
    ("China's 2014-2018 investment in Russia outpaced what went to sub-Saharan Africa", F,
     ("$24 billion", "$148 billion")),
    # A ratio told by a bound after a linking verb: "is more than twice", "was less than half of".
    ("Chinese gas imports in 2017 were more than twice the projected annual Power of Siberia "
     "delivery", T, ("over 90 billion cubic meters", "38 billion cubic meters")),
    ("the projected annual delivery of Power of Siberia is more than half of China's 2017 gas "
     "imports", F, ("38 billion cubic meters", "over 90 billion cubic meters")),
    # What both figures measure told by the claim's unit: "38 bcm" against what China imported.
    ("the 38 bcm Power of Siberia is projected to deliver is less than half of what China "
     "imported in 2017", T, ("38 billion cubic meters", "over 90 billion cubic meters")),
    # Two shares of one whole, which one quote gives together, named by what each counts.
    ("China sells Russia more consumer goods than electronics and machinery", T,
     ("45 percent", "38 percent")),
    ("Beijing ships Moscow fewer consumer goods than electronics and machinery", F,
     ("45 percent", "38 percent")),
    # What both sums measure named by the claim of the one fact giving both: the pipeline.
    ("China's pledge was bigger than the pipeline's cost", F, ("$25 billion", "$55 billion")),
    ("the pipeline cost Moscow more than Beijing had pledged for it", T,
     ("$55 billion", "$25 billion")),
    # Each side told by the pack's own figure, whatever words name it.
    ("in 2017 China bought over 90 bcm of gas abroad, far more than the 38 bcm PoS will carry "
     "each year", T, ("over 90 billion cubic meters", "38 billion cubic meters")),
    ("the 38 bcm the new line carries is bigger than the over 90 bcm of imports", F,
     ("38 billion cubic meters", "over 90 billion cubic meters")),
    # Money "put into" a place is invested there.
    ("Beijing put more into South America than into sub-Saharan Africa over 2014-2018", F,
     ("$88 billion", "$148 billion")),
    ("$31bn went into Nigeria, more than China put into Russia", T,
     ("$31 billion", "$24 billion")),
]

# Comparisons the figures cannot settle, or that are bounds on one figure.
UNSETTLED = [
    "China invested more than $24 billion in Russia",
    "China's economy is bigger than Russia's",
    "China buys more oil from Saudi Arabia than from Russia",
    "Apple made more money than Google last year",
    "Nigeria got more Chinese money than Russia",
    "Russia and China trade more than ever",
    # A ratio the figures cannot settle, and a rank, which is no amount.
    "China's economy is three times Russia's",
    "China's economy is the second largest, seven times the size of Russia's",
    # A verb of comparing before a figure bounds that figure.
    "Chinese investment in Russia exceeded $24 billion",
    # "Beat" a rival, not an amount.
    "India beat Pakistan at the 2023 cricket world cup, China invested $24 billion in Russia",
    # Two sums, no word of the claim naming what both measure: nothing settles it.
    "China's pledge was bigger than Russia's cost",
    # A part of a whole, not a ratio of two sides.
    "China financed more than half of the 91 projects",
    # A unit alone, the other side named by an actor only, names no figure of it.
    "the 38 bcm of Power of Siberia is bigger than China's whole economy",
]


@pytest.mark.parametrize(("claim", "verdict", "figures"), SETTLED)
def test_two_figures_of_the_pack_settle_a_comparison(
        claim: str, verdict: Verdict, figures: tuple[str, str]) -> None:
    found = compare_sides(normalise(claim), BUNDLED.facts)
    assert found is not None
    assert found.verdict is verdict
    assert (found.first.value, found.second.value) == figures
    # The fact answering gives both figures, in its figures or its quote.
    quoted = normalise(found.fact.quote or "")
    assert all(f in {g.value for g in found.fact.figures}
               or normalise(f).split()[0] in quoted for f in figures)


@pytest.mark.parametrize("claim", UNSETTLED)
def test_comparisons_the_figures_cannot_settle_are_left_to_the_wording(claim: str) -> None:
    assert compare_sides(normalise(claim), BUNDLED.facts) is None


def test_the_best_matched_fact_that_gives_both_figures_answers() -> None:
    claim = normalise("Russia sold a bigger share of its arms to India than to China in 2013-17")
    found = compare_sides(claim, BUNDLED.facts)
    assert found is not None
    both = [f for f in BUNDLED.facts
            if {found.first.value, found.second.value} <= {g.value for g in f.figures}]
    assert len(both) > 1
    chosen = compare_sides(claim, BUNDLED.facts, {both[-1].id: 0.9})
    assert chosen is not None and chosen.fact.id == both[-1].id


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Beijing sank more money into Brazil than into Russia in 2014-2018", T),
    ("China flew more aircraft at Vostok-2018 than Russia did", F),
])
def test_the_checker_answers_with_the_figures_verdict(claim: str, verdict: Verdict,
                                                     checker: FactChecker) -> None:
    reply = checker.check(claim)
    [check] = reply.checks
    assert check.verdict is verdict and check.fact is not None
    assert check.reading == ("comparison" if verdict is F else None)
