"""How the checker reads a claim: its figures, whether it denies, where one claim ends."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.chat.base import FactChecker
from bot.core.analysis import actor_of, content_words, endings_as_one, troops_sent
from bot.core.figures import figure_conflicts
from bot.core.models import Fact, Figure, Source, Verdict
from bot.core.normalise import normalise
from bot.core.numbers import conflicting, quantities
from bot.core.polarity import (
    deal_ending_aside,
    degree_denied,
    denied_in_source,
    endings_aside,
    figure_set_aside,
    left_in_place,
    negations,
    opposes,
    opposition_told,
    plan_not_carried_out,
    purpose_set_aside,
    purposes_in_order,
    source_clause,
    subject_told,
)
from bot.core.reading import (
    asserts_hedged,
    ender_swapped,
    foretells,
    foretells_done,
    many_where_few,
    tells_the_plan,
)
from bot.core.roles import Role, mentions
from bot.core.splitting import (
    firm_pieces,
    opens_with_named_thing,
    premise_of,
    soft_atoms,
    told_pieces,
    unbelieved,
    unhedged,
    unlogged,
    unreported,
    untagged,
)

# -- figures --------------------------------------------------------------------------------

# text -> (value, unit, low, high) of its one quantity
ONE_QUANTITY = [
    ("trade hit $100bn", (1e11, "usd", 0.98e11, 1.02e11)),
    ("no more than $24 billion", (24e9, "usd", 0.0, 24.48e9)),
    ("didn't exceed $24 billion", (24e9, "usd", 0.0, 24.48e9)),
    ("never went above $24 billion", (24e9, "usd", 0.0, 24.48e9)),
    ("didn't go beyond $24 billion", (24e9, "usd", 0.0, 24.48e9)),
    ("more than 25 times", (25.0, "times", 24.5, math.inf)),
    ("met more than twenty-five times", (25.0, "times", 24.5, math.inf)),
    ("between 75,000 and 100,000 soldiers", (75_000.0, "troops", 75_000.0, 100_000.0)),
    ("about 90,000 troops", (90_000.0, "troops", 81_000.0, 99_000.0)),
    # A little past a number is near it, not any way past it.
    ("a bit more than 40,000 troops", (40_000.0, "troops", 36_000.0, 44_000.0)),
    ("just under 40,000 troops", (40_000.0, "troops", 36_000.0, 44_000.0)),
    ("slightly over 40 times", (40.0, "times", 36.0, 44.0)),
    ("38 bcm a year", (38e9, "m3", 37.24e9, 38.76e9)),
    ("over three-quarters of exports", (75.0, "percent", 73.5, math.inf)),
    # A ceiling on a number in words counts the part of the set it names.
    ("the state kept at most one of its islands", (1.0, "islands", 0.0, 1.02)),
    ("no more than three of the joint projects", (3.0, "projects", 0.0, 3.06)),
    # A bare "half" after a word of rounding, or "just", is a share too.
    ("its sales are like half machinery", (50.0, "percent", 45.0, 55.0)),
    ("its sales are roughly half machinery", (50.0, "percent", 45.0, 55.0)),
    ("its sales are just half machinery", (50.0, "percent", 49.0, 51.0)),
    ("a 4,250-mile border", (4250.0, "miles", 4165.0, 4335.0)),
    ("seven kuril islands", (7.0, "islands", 6.86, 7.14)),
    ("China's economy is 7x Russia's", (7.0, "times", 6.86, 7.14)),
    ("only twice the size", (2.0, "times", 1.96, 2.04)),
    ("in March 1969", (1969.0, "year", 1969.0, 1969.0)),
    ("over 30 years", (30.0, "years", 29.4, 30.6)),
    # "a year" after a number is the period of a rate, not what it counts.
    ("trade runs at 200 billion a year", (2e11, "", 1.96e11, 2.04e11)),
    # So is "last year" or "this year" after it: a time, not what it counts.
    ("exports passed 60 billion last year", (6e10, "", 5.88e10, 6.12e10)),
    ("imports were over 30 billion this year", (3e10, "", 2.94e10, math.inf)),
    # Loose counts cover a span of counts; a scale after them scales the span.
    ("the fleet has dozens of jets", (24.0, "aircraft", 24.0, 143.0)),
    ("they sent a few thousand troops", (2000.0, "troops", 2000.0, 6000.0)),
    ("several hundred jets", (300.0, "aircraft", 300.0, 900.0)),
    ("the navy bought a couple of S-300s", (2.0, "", 2.0, 3.0)),
    # A number in words counts a named thing after it.
    ("the navy bought two S-300s", (2.0, "", 1.96, 2.04)),
    # A count per one of another side is a ratio: "more than 20 soldiers for every one".
    ("more than 20 soldiers for every enemy one", (20.0, "times", 19.6, math.inf)),
    ("three jets to each British jet", (3.0, "times", 2.94, 3.06)),
    # "most of" is more than half.
    ("most of its sales are consumer goods", (50.5, "percent", 50.5, 100.0)),
    ("the bulk of the projects", (50.5, "percent", 50.5, 100.0)),
    # Fifths and tenths are shares as halves and quarters are.
    ("over a fifth of the harvest", (20.0, "percent", 19.6, math.inf)),
    ("two fifths of its wheat", (40.0, "percent", 39.2, 40.8)),
    ("under a tenth of the fleet", (10.0, "percent", 0.0, 10.2)),
    # A bound before "half" makes it a share, "of" or not.
    ("less than half grain", (50.0, "percent", 0.0, 51.0)),
    ("the mill uses nearly half local wood", (50.0, "percent", 45.0, 55.0)),
    # Casualties are a count of their own.
    ("fewer than 60 casualties", (60.0, "casualties", 0.0, 61.2)),
    ("the flood left hundreds of deaths", (200.0, "casualties", 200.0, 999.0)),
    # A tilde before a figure is "about".
    ("~$40B", (40e9, "usd", 36e9, 44e9)),
    # Figures written the European way.
    ("a 1.900-mile canal", (1900.0, "miles", 1862.0, 1938.0)),
    ("some 40 000 soldiers", (40_000.0, "troops", 36_000.0, 44_000.0)),
    ("a 6,5 percent share", (6.5, "percent", 6.37, 6.63)),
    ("at least 12 milliard dollars", (12e9, "usd", 11.76e9, math.inf)),
    # Years written short, as chat does.
    ("the mill closed 4 yr ago", (4.0, "years", 3.92, 4.08)),
    ("the mill closed like 2 yrs ago", (2.0, "years", 1.8, 2.2)),
]


def test_a_year_named_before_a_number_is_no_span_of_the_number_before() -> None:
    # "40 of 70 by year 3": the forty are counted, not forty years.
    assert [q.unit for q in quantities(normalise("they built 40 of 70 by year 3"))
            if q.text.startswith("70")] == [""]
    assert [q.unit for q in quantities(normalise("the road took 12 months two"))
            if q.value == 12] == ["months"]


def test_a_number_right_after_another_is_a_quantity_of_its_own() -> None:
    # "30 five years on": the second number's unit is not the first's.
    first, second = quantities(normalise("the club had signed 30 five years on"))
    assert (first.value, first.unit) == (30.0, "")
    assert (second.value, second.unit) == (5.0, "years")


def test_most_of_a_pronoun_is_no_share_of_the_claims_thing() -> None:
    # Of "it", the share is of something the claim does not name.
    assert quantities(normalise("the state owns most of it")) == ()
    # Nor is "most of the night" a share: it is a while.
    assert quantities(normalise("the debate lasted most of the night")) == ()


@pytest.mark.parametrize(("text", "expected"), ONE_QUANTITY)
def test_a_quantity_is_an_interval_with_a_unit(text: str,
                                               expected: tuple[float, str, float, float]) -> None:
    (q,) = quantities(normalise(text))
    value, unit, low, high = expected
    assert (q.unit, q.value) == (unit, pytest.approx(value))
    assert q.low == pytest.approx(low)
    assert q.high == pytest.approx(high) if high != math.inf else q.high == math.inf


@pytest.mark.parametrize("text", ["the Su-35 and the S-400", "two countries", "half a century",
                                  # a part counted with no ceiling, or of nothing measured
                                  "one of the islands", "at most one of his friends",
                                  "a third of", "per second", "one fifth", "a few days later",
                                  "several options",
                                  # a label: one of a series, no figure
                                  "see slide 4", "on page 12", "chapter 3"])
def test_names_and_loose_words_are_not_figures(text: str) -> None:
    assert [q for q in quantities(normalise(text)) if q.unit != "percent"] == []


# Ranks and places are figures with the unit "rank": text -> (value, low, high)
RANKS = [
    ("Russia ranks 10th in Chinese exports", (10.0, 10.0, 10.0)),
    ("his sixty-first birthday", (61.0, 61.0, 61.0)),
    ("China is Russia's second-largest trading partner", (2.0, 2.0, 2.0)),
    ("the first joint land exercise", (1.0, 1.0, 1.0)),
    ("Russia is not in China's top ten", (10.0, 1.0, 10.0)),
    ("one of the top 10 markets", (10.0, 1.0, 10.0)),
    ("Putin's #3 term", (3.0, 3.0, 3.0)),
    ("the longest border in the world", (1.0, 1.0, 1.0)),
    ("largest individual partner", (1.0, 1.0, 1.0)),
    # A word stressing the superlative keeps it the first place.
    ("the lake is the single largest in Asia", (1.0, 1.0, 1.0)),
    ("the bridge is the very longest on the river", (1.0, 1.0, 1.0)),
    ("that port has the absolute biggest harbour", (1.0, 1.0, 1.0)),
    # "The world('s) longest": the world the kind it tops, the apostrophe dropped or not.
    ("the strait has the world longest ferry line", (1.0, 1.0, 1.0)),
    ("Chile has the world's longest coastline", (1.0, 1.0, 1.0)),
    # Places told in words: "number two", "No. 2", the runner-up, the one only one beats.
    ("the city is the state's number two port", (2.0, 2.0, 2.0)),
    ("the city is the state's No. 3 port", (3.0, 3.0, 3.0)),
    ("the town came out runner-up in the vote", (2.0, 2.0, 2.0)),
    ("only the capital is bigger", (2.0, 2.0, 2.0)),
    ("Canada is Mexico's top export market", (1.0, 1.0, 1.0)),
]

# Words that look like places but count or rank nothing.
NO_RANKS = ["a number of ports", "one of Mexico's top export markets", "no 2 cities agree",
            "the top of the hill"]


@pytest.mark.parametrize("text", NO_RANKS)
def test_loose_words_are_no_places(text: str) -> None:
    assert [q for q in quantities(normalise(text)) if q.unit == "rank"] == []


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_ranks_are_figures(text: str, expected: tuple[float, float, float]) -> None:
    (q,) = quantities(normalise(text))
    assert (q.unit, q.value, q.low, q.high) == ("rank", *expected)


# claimed, cited, whether the claimed rank is contradicted
RANK_CONFLICTS = [
    ("China's third-largest export market", "Russia ranks tenth in Chinese exports", True),
    ("its 10th biggest export market", "Russia ranks tenth in Chinese exports", False),
    ("his 60th birthday", "his sixty-first birthday", True),
    ("the second joint exercise", "the first joint Russian-Chinese land exercise", True),
    ("in China's top ten", "Russia ranks tenth", False),
    ("Russia is China's 5th partner", "China's top ten", False),
    ("the port is the state's number one", "the state's second-largest port", True),
    ("the port is the runner-up, only the capital's is bigger",
     "the state's second-largest port", False),
]


@pytest.mark.parametrize(("claimed", "cited", "conflict"), RANK_CONFLICTS)
def test_ranks_conflict_like_other_figures(claimed: str, cited: str, conflict: bool) -> None:
    wrong = conflicting(quantities(normalise(claimed)), quantities(normalise(cited)))
    assert bool(wrong) is conflict


# text -> the year it dates by, whatever noun follows the number, or None where it counts
DATES = [
    ("in 1991 foreign troops left the port", 1991.0),
    ("in October of 1956 hungarian men rose up", 1956.0),
    ("since 1947 indian soldiers have patrolled it", 1947.0),
    ("the army sent 1960 soldiers", None),
    ("they flew 1985 planes", None),
]


@pytest.mark.parametrize(("text", "year"), DATES, ids=[t for t, _ in DATES])
def test_a_year_after_in_or_a_month_is_a_date(text: str, year: float | None) -> None:
    found = quantities(normalise(text))
    assert [q.value for q in found if q.unit == "year"] == ([year] if year else [])
    assert len(found) == 1


def test_year_ranges_are_two_years() -> None:
    assert [(q.value, q.unit) for q in quantities(normalise("from 2013 to 2017"))] == [
        (2013.0, "year"), (2017.0, "year")]


# claimed, cited, whether the claim is contradicted
CONFLICTS = [
    ("$150 billion", "a record $100 billion", True),
    ("$100bn", "a record $100 billion", False),
    ("in 2016", "in 2018", True),
    ("met 5 times", "more than 25 times", True),
    ("met 30 times", "more than 25 times", False),
    ("grew 40%", "at least 15 percent", True),
    ("90,000 soldiers", "between 75,000 and 100,000 soldiers", False),
    ("300,000 troops", "between 75,000 and 100,000 soldiers", True),
    ("about a third of exports", "more than three-quarters of exports", True),
    ("$100 billion", "no more than $24 billion", True),
    ("less than $24bn", "no more than $24 billion", False),
    ("10 years", "over the next 30 years", True),
    ("six planes", "3,200 soldiers", False),  # different units never conflict
    ("more than half of the projects", "11 of the 91 projects", True),
    ("about 12 percent of the projects", "only 11 of the 91 projects", False),
    # How long something lasted, in days: a few days or an afternoon is no while of months.
    ("the siege was over in a couple of days", "the siege went on for months", True),
    ("the strike lasted one afternoon", "the strike dragged on for weeks", True),
    ("the talks ended within a week", "the talks lasted for months", True),
    ("the strike went on for 3 weeks", "the strike dragged on for weeks", False),
    ("the siege lasted more than a few days", "the siege went on for months", False),
    ("the siege lasted for months", "the siege went on for months", False),
    # A rate ("a day") or a time ("a day later") is no while.
    ("the pipe carries 38 bcm a day", "the siege went on for months", False),
    ("a day later the talks ended", "the talks lasted for months", False),
    # Shares and counts told loosely, against the source's.
    ("over a fifth of its grain went abroad", "only 12 percent of its grain went abroad", True),
    ("over a fifth of its grain went abroad", "30 percent of its grain went abroad", False),
    ("less than half its exports are metals", "over two-thirds of its exports are metals",
     True),
    ("the quake caused fewer than 40 casualties", "the quake caused dozens of casualties",
     False),
    ("the quake caused fewer than 20 casualties", "the quake caused hundreds of casualties",
     True),
    ("the dam cost over 500 milliard", "the dam cost $400 billion", True),
    # A plain count where all the source measures is of one kind is read as that kind.
    ("the canal runs 900 through the plain", "the canal runs 1,400 miles", True),
    ("the canal runs 1,400 through the plain", "the canal runs 1,400 miles", False),
    ("the army fielded 9,000 in the drill", "the army fielded 40,000 soldiers", True),
    # Not where the source measures things of several kinds.
    ("the canal runs 900 through the plain", "1,400 miles and 30 percent of traffic", False),
    # A floor claimed at or past a ceiling of the source's meets it only at the bound: it
    # tells more than the source allows, though the source give the figure plainly too.
    ("the port earned more than $8 billion", "no more than $8 billion, $8 billion in all", True),
    ("the port earned at least $8 billion", "no more than $8 billion", True),
    ("the port earned over $9 billion", "no more than $8 billion", True),
    ("the port earned more than $5 billion", "no more than $8 billion", False),
    ("the port earned $8 billion", "no more than $8 billion", False),
    ("the port earned no more than $8 billion", "no more than $8 billion", False),
]


@pytest.mark.parametrize(("claimed", "cited", "conflict"), CONFLICTS)
def test_figures_conflict_only_when_no_cited_interval_meets_them(claimed: str, cited: str,
                                                                 conflict: bool) -> None:
    wrong = conflicting(quantities(normalise(claimed)), quantities(normalise(cited)))
    assert bool(wrong) is conflict


_BUYERS = Fact(
    id="tanks", claim="Turkey bought 40 tanks and Iran leased several", verdict=Verdict.TRUE,
    summary="Turkey bought 40 tanks; Iran leased several.", source=Source(title="t"),
    quote="Turkey bought 40 tanks, and Iran leased several more.",
    figures=(Figure("40 tanks", "tanks bought by Turkey"),
             Figure("several", "tanks leased by Iran"), Figure("2019", "year of the deals")))

# claim, whether it moves one of the source's figures to another actor than the source does
GIVEN_TO_ANOTHER = [
    ("Iran bought 40 tanks", True),
    ("it was Iran that got the 40 tanks", True),
    ("Turkey bought 40 tanks", False),
    ("Iran leased several tanks", False),
    ("Turkey bought 40 tanks, not Iran", False),   # the figure's own actor is named
    ("Japan bought 40 tanks", False),           # the source gives Japan no figure
    ("Iran bought 40 tanks in 2019", True),      # a year is never the figure given
]


_SHARES = Fact(
    id="shares", claim="Japan took 40 percent of the rice harvest, Korea 15 percent",
    verdict=Verdict.TRUE, summary="Japan took 40 percent of the harvest, Korea 15 percent.",
    source=Source(title="t"), quote="Japan took 40 percent of the rice harvest, Korea 15.",
    figures=(Figure("40 percent", "share of the harvest taken by Japan"),
             Figure("15 percent", "share of the harvest taken by Korea")))

# claim -> the source's figure its wrong share is set against: the one of the actor it is
# told of, the last named before it
OWN_FIGURE = [
    ("Korea took 25 percent of the rice harvest", "15 percent"),
    ("Japan took 40 percent of the rice harvest and Korea took 25 percent of it", "15 percent"),
    ("Japan took 55 percent of the rice harvest", "40 percent"),
    ("they took 55 percent of the rice harvest", "40 percent"),  # no actor: the first
]


_MEETINGS = Fact(
    id="meetings", claim="The two mayors have met more than 20 times", verdict=Verdict.TRUE,
    summary="The mayors have met more than 20 times.", source=Source(title="t"),
    quote="They have met more than 20 times.",
    figures=(Figure("more than 20 times", "number of the mayors' meetings"),))

# claim, whether the source's count of times contradicts it: a count of another deed (trips
# against meetings) is not the source's figure
TIMES_OF_A_DEED = [
    ("the two mayors have met 3 times", True),
    ("the mayors held three meetings, 3 times in all", True),
    ("the mayor has been to the capital 3 times", False),
    ("the mayor visited the other town 3 times", False),
]


@pytest.mark.parametrize(("claim", "conflict"), TIMES_OF_A_DEED,
                         ids=[c for c, _ in TIMES_OF_A_DEED])
def test_a_count_of_another_deed_is_not_the_sources(claim: str, conflict: bool) -> None:
    assert bool(figure_conflicts(claim, _MEETINGS)) is conflict


@pytest.mark.parametrize(("claim", "cited"), OWN_FIGURE, ids=[c for c, _ in OWN_FIGURE])
def test_a_wrong_figure_is_set_against_its_own_actors(claim: str, cited: str) -> None:
    assert [c.source_value for c in figure_conflicts(claim, _SHARES)][:1] == [cited]


@pytest.mark.parametrize(("claim", "moved"), GIVEN_TO_ANOTHER,
                         ids=[c for c, _ in GIVEN_TO_ANOTHER])
def test_a_figure_given_to_another_actor_conflicts(claim: str, moved: bool) -> None:
    conflicts = figure_conflicts(claim, _BUYERS)
    assert bool(conflicts) is moved
    if moved:
        # The source's figure for the other actor is given (and its own, where it has one).
        assert "40 tanks" in {c.source_value for c in conflicts}


_AIR_SHOW = Fact(
    id="air-show", claim="The capital fielded 900 personnel and 40 jets at the air show",
    verdict=Verdict.TRUE, summary="The capital fielded 900 personnel and 40 jets; the port "
    "town sent 30 personnel and two jets.", source=Source(title="t"),
    quote="The capital fielded 900 personnel and 40 jets; the port town sent just 30 personnel "
          "and two jets.",
    figures=(Figure("900 personnel", "the capital's personnel"),
             Figure("40 jets", "the capital's jets")))

# claim, whether a figure of it is the source's figure for another side. A count listed after
# another ("30 personnel and two jets") belongs to the same side and verb as the first.
LISTED_COUNTS = [
    ("the port town sent fewer than five jets", False),
    ("the port town sent two jets", False),
    ("the port town sent 40 jets", True),
    ("the capital fielded two jets", True),
    ("the port town sent 30 personnel n two jets", False),
]


@pytest.mark.parametrize(("claim", "misbound"), LISTED_COUNTS,
                         ids=[c for c, _ in LISTED_COUNTS])
def test_a_count_listed_after_another_keeps_its_side(claim: str, misbound: bool) -> None:
    assert bool(figure_conflicts(claim, _AIR_SHOW)) is misbound


_HARVEST = Fact(
    id="harvest", claim="30 percent of the valley's harvest is wheat",
    verdict=Verdict.TRUE, summary="The valley's harvest is 30 percent wheat and 55 percent "
    "barley.", source=Source(title="t"),
    quote="The valley's harvest is 30 percent wheat and 55 percent barley and rye.",
    figures=(Figure("30 percent", "share of wheat in the valley's harvest"),))

# claim, whether a figure of it is the source's figure for another thing counted. A share
# listed after another ("and 55 percent barley") shares its head, not its own noun.
LISTED_SHARES = [
    ("the valley's harvest is 30 percent wheat and 55 percent barley", False),
    ("the valley's harvest is 55 percent wheat and 30 percent barley", True),
    ("my notes say the valley's harvest is fifty-five percent wheat", True),
    ("the valley grows between 30 and 55 percent wheat", False),
    # Chat's "n" for "and" parts the shares as "and" does.
    ("valley harvest is 30 percent wheat n 55 percent barley", False),
    ("valley harvest is 55 percent wheat n 30 percent barley", True),
]


@pytest.mark.parametrize(("claim", "misbound"), LISTED_SHARES,
                         ids=[c for c, _ in LISTED_SHARES])
def test_a_share_listed_after_another_counts_its_own_thing(claim: str, misbound: bool) -> None:
    assert bool(figure_conflicts(claim, _HARVEST)) is misbound


_DAM = Fact(
    id="dam", claim="The dam will sell $90 billion of power to the region over 40 years",
    verdict=Verdict.TRUE, summary="The dam sells $90 billion of power over 40 years.",
    source=Source(title="t"),
    quote="The dam will sell $90 billion worth of power to the region over the next 40 years.",
    figures=(Figure("$90 billion", "value of the power sold"),
             Figure("40 years", "period of the sales")))
_MINE = Fact(
    id="mine", claim="The mine yields 12 million tons a year over the next 30 years",
    verdict=Verdict.TRUE, summary="The mine yields 12 million tons a year for 30 years.",
    source=Source(title="t"),
    quote="The mine will yield 12 million tons a year over the next 30 years.",
    figures=(Figure("12 million tons", "yearly output"),))

# claim, fact, whether it gives as a yearly rate what the source gives as a total over years
YEARLY_FOR_TOTAL = [
    ("the dam sells $90 billion of power every year", _DAM, True),
    ("the dam brings in $90bn a year", _DAM, True),
    ("the dam will sell $90 billion of power annually", _DAM, True),
    ("the dam will sell $90 billion of power over 40 years", _DAM, False),
    ("the dam sells $90bn a year for four decades", _DAM, False),  # the claim gives the span
    ("the dam will sell $90 billion of power", _DAM, False),
    ("the mine yields 12 million tons a year", _MINE, False),   # the source's own rate
]


@pytest.mark.parametrize(("claim", "fact", "yearly"), YEARLY_FOR_TOTAL,
                         ids=[c for c, _, _ in YEARLY_FOR_TOTAL])
def test_a_total_over_years_claimed_as_a_yearly_rate_conflicts(claim: str, fact: Fact,
                                                                 yearly: bool) -> None:
    conflicts = figure_conflicts(claim, fact)
    assert bool(conflicts) is yearly
    if yearly:
        assert conflicts[0].source_value == "$90 billion over 40 years"


_PROGRAM = Fact(
    id="program", claim="The regional program included 91 joint investment projects",
    verdict=Verdict.TRUE, summary="The program had 91 joint projects.", source=Source(title="t"),
    quote="The initiative included 91 joint investment projects.",
    figures=(Figure("91", "joint investment projects in the program"),))

# claim, whether the source's count, told three words before its noun, contradicts it
COUNTED_FURTHER_ON = [
    ("the program had 191 joint projects", True),
    ("the program had 19 projects", True),
    ("the program had 91 joint projects", False),
    ("the program had about 90 projects", False),
    ("the program covered 191 islands", False),  # another noun: not the source's count
]


@pytest.mark.parametrize(("claim", "conflict"), COUNTED_FURTHER_ON,
                         ids=[c for c, _ in COUNTED_FURTHER_ON])
def test_a_count_is_read_with_its_noun_three_words_on(claim: str, conflict: bool) -> None:
    conflicts = figure_conflicts(claim, _PROGRAM)
    assert bool(conflicts) is conflict
    if conflict:
        assert "91" in conflicts[0].source_value


_TRADE = Fact(
    id="trade", claim="Trade reached $100 billion in 2018", verdict=Verdict.TRUE,
    summary="Trade reached $100 billion.", source=Source(title="t"),
    quote="Bilateral trade reached $100 billion in 2018.",
    figures=(Figure("$100 billion", "bilateral trade in 2018"),))

# claim, whether a sum told without its currency contradicts the source's sum in dollars
SUMS_WITHOUT_CURRENCY = [
    ("trade hit 300 billion in 2018", True),
    ("2018 trade adds up to 300 billion", True),   # a total reached, not a ceiling
    ("2018 trade was up to 300 billion", False),   # a ceiling the source's sum is under
    ("trade hit 300bn in 2018", True),
    ("trade hit 100 billion in 2018", False),
    ("trade hit over 90 billion in 2018", False),
    ("trade hit 300 in 2018", False),   # a small plain count is no sum of money
]


@pytest.mark.parametrize(("claim", "conflict"), SUMS_WITHOUT_CURRENCY,
                         ids=[c for c, _ in SUMS_WITHOUT_CURRENCY])
def test_a_sum_without_its_currency_is_read_in_the_sources_dollars(claim: str,
                                                                   conflict: bool) -> None:
    conflicts = figure_conflicts(claim, _TRADE)
    assert bool(conflicts) is conflict
    if conflict:
        assert conflicts[0].source_value == "$100 billion"


_GRANTS = Fact(
    id="grants", claim="The fund granted $60 billion to the north", verdict=Verdict.TRUE,
    summary="The fund granted $60 billion to the north.", source=Source(title="t"),
    quote="The fund granted $60 billion to the north, and $25 billion to the coast.",
    figures=(Figure("$60 billion", "grants to the north"),))

# claim, whether it gives the north a sum the source gives the coast, its currency left out
SUMS_GIVEN_TO_ANOTHER = [
    ("the north got 25 billion from the fund", True),
    ("the north got $25 billion from the fund", True),
    ("the north got 60 billion from the fund", False),
    ("the coast got 25 billion from the fund", False),
]


@pytest.mark.parametrize(("claim", "moved"), SUMS_GIVEN_TO_ANOTHER,
                         ids=[c for c, _ in SUMS_GIVEN_TO_ANOTHER])
def test_a_sum_without_its_currency_given_to_another_side_conflicts(claim: str,
                                                                    moved: bool) -> None:
    conflicts = figure_conflicts(claim, _GRANTS)
    assert bool(conflicts) is moved
    if moved:
        assert conflicts[0].source_value == "$60 billion"


@given(st.integers(min_value=1, max_value=10**6))
def test_a_figure_never_conflicts_with_itself(n: int) -> None:
    for text in (f"{n} soldiers", f"${n} billion", f"{n} percent", f"more than {n} times"):
        found = quantities(normalise(text))
        assert conflicting(found, found) == []


# -- denial ---------------------------------------------------------------------------------

# text -> the same, the purpose kept first and the one set aside after "rather than"
IN_ORDER = [
    ("invited less to bolster an alliance than to reassure china",
     "invited to reassure china rather than to bolster an alliance"),
    ("invited not so much to bolster an alliance as to reassure china",
     "invited to reassure china rather than to bolster an alliance"),
    ("invited to reassure china", "invited to reassure china"),
    ("they spent less than 10 billion", "they spent less than 10 billion"),
    # "Gets less out of the port than the town does" compares how much; "out of" opens a reason
    # only when told again after "than".
    ("the city gets less out of the port than the town does",
     "the city gets less out of the port than the town does"),
    ("the city joined less out of hope than out of fear",
     "the city joined out of fear rather than out of hope"),
    # "Not so much ... but ..." sets the first aside as "not so much ... as ..." does.
    ("the coach was hired not so much to win the cup but to rebuild the squad",
     "the coach was hired to rebuild the squad rather than to win the cup"),
]


@pytest.mark.parametrize(("text", "ordered"), IN_ORDER, ids=[t for t, _ in IN_ORDER])
def test_a_purpose_set_aside_with_less_than_is_told_in_order(text: str, ordered: str) -> None:
    assert purposes_in_order(normalise(text)) == normalise(ordered)


# claim, fact text, whether the claim says the opposite
POLARITY = [
    ("China did not abstain on Crimea", "China abstained on Crimea", True),
    ("China abstained on Crimea", "China abstained on Crimea", False),
    ("it's not true that China didn't abstain", "China abstained", False),
    ("isn't it true that China abstained?", "China abstained", False),
    ("didn't China vote against the resolution?", "China voted against the resolution", False),
    ("China abstained on Crimea, didn't it?", "China abstained on Crimea", False),
    # "No daylight between" two sides tells them at one, as "in lockstep" does: no denial.
    ("there's no daylight between the two clubs on ticket prices",
     "the two clubs are at one on ticket prices", False),
    ("there's no daylight between the two clubs on ticket prices",
     "the two clubs are not at one on ticket prices", True),
    # Asking whether someone does not agree that X asks them to grant X: no denial of it.
    ("does the honourable speaker not agree that the club sold its stadium?",
     "the club sold its stadium", False),
    ("would my learned friend not accept that the club sold its stadium?",
     "the club sold its stadium", False),
    ("the speaker does not agree that the club sold its stadium",
     "the club sold its stadium", True),
    # A clause whose subject went to the clause before it goes on with its predicate: it
    # denies, and asks nothing.
    ("isn't top 10 in club revenue", "the club does not make the top ten in revenue", False),
    ("doesn't make the top ten in revenue", "the club makes the top ten in revenue", True),
    ("isn't the club in the top ten in revenue?", "the club makes the top ten in revenue",
     False),
    ("it's a myth that China recognised Abkhazia", "China recognised Abkhazia", True),
    ("China did not recognise Abkhazia", "China refused to recognise Abkhazia", False),
    ("China refusd to recognise Abkhazia", "China refused to recognise Abkhazia", False),
    ("lol the rosneft stake deal fell thru", "the plan to buy a Rosneft stake fell through",
     False),
    ("the rosneft stake deal went ahead", "the plan to buy a Rosneft stake fell thru", True),
    # "Reversed it", "it" the decision just named, ends it as "reversed the decision" does.
    ("the judges questioned the league's decision and managed to overturn it",
     "the judges overturned the league's decision", False),
    ("the judges questioned the league's decision", "the judges overturned the league's "
     "decision", True),
    # A further deed of the same doer ("and managed to ..."), which the claim does not speak
    # of, is no denial of the claim that tells the first.
    ("the judges questioned the league's decision",
     "the judges dared to question the league's decision and managed to overturn it", False),
    # "Not X, it's just Y" claims Y ("its" is "it's" here, not "its only buyer").
    ("the stadium isn't a big deal for the club, it's just a second home",
     "for the club the stadium is no more than a second home", False),
    ("the club isn't its only buyer", "the club is its only buyer", True),
    # Stopping a deal ends it, as killing it does; not being able to stop it lets it be.
    ("the board stopped the stadium deal", "the board killed the stadium deal", False),
    ("the board halted the stadium purchase", "the board blocked the stadium purchase", False),
    ("the board couldn't stop the stadium deal", "the board killed the stadium deal", True),
    ("China recognised Abkhazia", "China refused to recognise Abkhazia", True),
    ("China invested at most $24bn", "China invested no more than $24 billion", False),
    # "didn't exceed" a figure bounds it; without a figure after it, it denies.
    ("China's investment didn't exceed $24bn", "China invested no more than $24 billion",
     False),
    ("trade did not exceed expectations", "trade exceeded expectations", True),
    ("the team's budget never went above $5 million", "the team spent no more than $5 million",
     False),
    ("the team didn't go beyond its budget", "the team went beyond its budget", True),
    ("China voted no on the resolution", "China voted against the resolution", False),
    ("China won't follow Russia", "China is unlikely to follow Russia", False),
    ("China will follow Russia", "China is unlikely to follow Russia", True),
    ("China invested less in Nigeria than in Russia", "China invested more in Nigeria", True),
    ("is it true China invested less than $24bn?", "China invested no more than $24bn", False),
    ("the CEFC deal fell through", "CEFC's plan fell through", False),
    # Declining, vetoing, pulling out of or walking away from something denies doing it.
    ("Beijing declined to recognise Abkhazia", "China refused to recognise Abkhazia", False),
    ("Beijing declined to recognise Abkhazia", "China recognised Abkhazia", True),
    ("Moscow pulled out of the Huawei deal", "Moscow signed the Huawei deal", True),
    ("the Kremlin walked away from the deal", "the Kremlin did not sign the deal", False),
    ("the plan was shelved", "the plan was carried out", True),
    # Whom an ending came from denied, not the ending: "the cancellation didn't come from the
    # board" still tells the deal cancelled; "reversal" and "cancellation" tell it ended.
    ("the stadium deal's cancellation didn't come from the board, the fans forced it",
     "the fans killed the club's stadium deal", False),
    ("the stadium deal's reversal was the fans' doing", "the fans killed the club's stadium deal",
     False),
    ("the stadium deal didn't come off", "the fans killed the club's stadium deal", False),
    # An aborted or derailed deal, or one that fizzled, was not done.
    ("the club was the buyer in the aborted stadium deal", "the club bought the stadium", True),
    ("the stadium sale was derailed", "the stadium sale fell through", False),
    ("the stadium talks fizzled", "the club bought the stadium", True),
    # "No way" before a claim denies it; "true or not?" asks.
    ("no way the club signed the striker", "the club signed the striker", True),
    ("the club signed the striker, no way", "the club signed the striker", False),
    ("**the club signed the striker**, true or not?", "the club signed the striker", False),
    # So does chat's "or nah" closing a question; a "nah" after the claim denies it.
    ("did the club sign the striker or nah", "the club signed the striker", False),
    ("the club signed the striker or nope?", "the club signed the striker", False),
    ("the club signed the striker? nah", "the club signed the striker", True),
    # Being wary of something, or reluctant, is not being eager to.
    ("the club isn't eager to upset its fans", "the club is wary of upsetting its fans", False),
    ("the club is keen to upset its fans", "the club is reluctant to upset its fans", True),
    # "Not the only" denies the exclusive claim; it contrasts nothing as "not X, only Y" does.
    ("the club wasnt the only buyer", "the club was the only buyer", True),
    # Denying one is alone says nothing against a fact that tells of no one alone.
    ("the club won't be the only buyer of the striker", "the club bought the striker", False),
    ("the club signing first isn't exclusivity, two rivals followed",
     "the club was the first to sign the striker", False),
    ("the deal is not exclusive to the club", "the club signed the deal", False),
    ("the deal is not exclusive to the club", "the deal is exclusive to the club", True),
    ("the club didn't sign the striker", "the club signed the striker", True),
    ("the club didn't buy the striker, only the keeper", "the club bought the keeper", False),
    # Told of the deal itself: "the decision was reversed", "the deal died", "got it reversed".
    ("the council's closure decision got reversed", "the council closed the library", True),
    # A word that stresses or orders the ending may come before it.
    ("the council's closure decision actually got reversed", "the council closed the library",
     True),
    ("the stadium deal then got killed", "the club killed the stadium deal", False),
    ("the stadium deal died", "the club killed the stadium deal", False),
    ("then the deal was off", "the club called off the deal", False),
    ("the fans challenged the club's decision to sell the ground and got it reversed",
     "the fans killed the club's deal to sell the ground", False),
    ("the fans challenged the club's plan to sell the ground and won",
     "the fans killed the club's deal to sell the ground", True),
    ("the deal was signed", "the deal was off", True),
    # An ending said only of a deal ("fell through") says nothing of a claim that names no
    # deal and tells no ending: its denial is its own.
    ("the fans didn't challenge the club over the ground", "the club's ground deal fell through",
     True),
    ("the fans never opposed the club", "the club's stadium plan was called off", True),
    ("the club's ground deal never happened", "the club's ground deal fell through", False),
    ("the club never got the ground", "the club's ground deal fell through", False),
    # A denial told again as the source's silence on it is one denial.
    ("no way the club sold its ground, the article doesn't say that at all",
     "the club sold its ground", True),
    ("the club never sold its ground, the author does not even mention it",
     "the club sold its ground", True),
    ("the club sold its ground", "the club sold its ground", False),
    # A pronoun after a sum tells of that sum ("the 5 million it promised"), no new claim.
    ("the city never handed over the 5 million it promised for the stadium",
     "the city handed over 5 million for the stadium", True),
    ("the city didn't hand over the money they promised for the stadium",
     "the city paid for the stadium", True),
    ("the city didn't pay for the stadium it leased it", "the city leased the stadium", False),
    # An ending told of "it", the deed the claim has just told, speaks of that deed's ending;
    # told after an ending of its own, it tells that ending again.
    ("the club was selling its ground to a developer and then the fans got it reversed",
     "the fans killed the club's deal to sell the ground", False),
    ("the fans torpedoed the club's ground sale and in the end got it reversed",
     "the fans killed the club's deal to sell the ground", False),
    ("the fans scuttled the ground sale, then the owners got it cancelled",
     "the fans killed the club's deal to sell the ground", False),
    # An ending told of "it" or "the whole thing" in a clause of its own ends the deed just
    # told, as the same ending told in one clause does.
    ("the club agreed to sell its ground and then it got called off",
     "the club's deal to sell its ground fell through", False),
    ("the club agreed to sell its ground but the whole thing was called off",
     "the club's deal to sell its ground fell through", False),
    ("Russia vetoed the resolution", "Russia did not let the resolution pass", False),
    # What was nearly done, or came close to being done, was not done; a figure nearly reached
    # is a bound.
    ("the club nearly bought the stadium", "the club bought the stadium", True),
    ("the club almost signed the striker", "the club did not sign the striker", False),
    ("the club came close to signing the striker", "the club signed the striker", True),
    ("the merger nearly collapsed", "the merger went ahead", False),
    ("sales nearly doubled", "sales doubled", False),
    ("sales almost climbed 40 percent", "sales climbed 40 percent", False),
    ("the firm is almost as big as its rival", "the firm is as big as its rival", False),
    # "neither ... nor" denies once.
    ("neither Putin nor Xi runs state capitalism", "Putin and Xi run state capitalism", True),
    ("neither Putin nor Xi runs state capitalism", "Putin and Xi don't run state capitalism",
     False),
    # A "nor" after a denial goes on with it: the two deny once.
    ("the council did not vote against the budget, nor for it", "the council voted against "
     "the budget", True),
    ("the council did not vote against the budget, nor for it either",
     "the council did not vote against the budget", False),
    ("the town isn't among the region's ten biggest for tourism, nor for jobs",
     "the town is not in the region's top ten for tourism", False),
    ("nor did the council back the budget", "the council backed the budget", True),
    ("Xi called Putin his best friend & China never fortified the islands",
     "Xi called Putin his best friend", False),
    # A denial in a clause about something else says nothing of this fact.
    ("China abstained on Crimea, and it refused to recognise Abkhazia",
     "China abstained on the UN resolution on Crimea", False),
    ("trade hit $100bn, yet Russia isn't in China's top ten", "trade reached $100 billion",
     False),
    ("China abstained on Crimea but did not recognise Abkhazia", "China recognised Abkhazia",
     True),
    ("China didn't abstain, and that was on Crimea", "China abstained on Crimea", True),
    # An ending of a deal or pledge the fact does not speak of is about something else.
    ("the sponsor's pledge for the stadium fell through, and the stadium cost the club 5 "
     "million", "the stadium cost the club 5 million", False),
    ("the sponsor's pledge for the stadium fell through, and the stadium cost the club 5 "
     "million", "the sponsor's pledge for the stadium was kept", True),
    ("the stadium deal was killed and the stadium never cost the club 5 million",
     "the stadium cost the club 5 million", True),
    # Figures are no topic: a clause about other figures is about something else.
    ("trade hit $100bn, and China didn't invest $148bn in Russia", "trade hit $100bn", False),
    # Killing, dropping or axing a deal or plan ends it; killing soldiers denies nothing.
    ("the Kremlin dropped the Huawei deal", "security services killed the Kremlin's Huawei deal",
     False),
    ("the Kremlin went ahead with the Huawei deal",
     "security services killed the Kremlin's Huawei deal", True),
    ("Chinese troops killed Soviet border guards", "Chinese troops ambushed Soviet guards", False),
    ("the security services reversed the Kremlin's decision",
     "the security services blocked the Kremlin's deal", False),
    ("Kosygin pulled back from Zhou's embrace", "Kosygin refused Zhou's hug", False),
    ("trade dropped 5 percent", "trade fell 5 percent", False),
    # "declined" with no verb after it is a fall, read by the comparison, not as a denial.
    ("trade declined in 2015", "trade declined in 2015", False),
    ("not sure if China abstained", "China abstained", False),
    # A purpose set aside after the one claimed denies nothing of it.
    ("Moscow sent troops to reassure Beijing, not to threaten it",
     "Moscow sent troops to reassure Beijing", False),
    ("Moscow sent troops to reassure Beijing", "Moscow sent troops to reassure Beijing rather "
     "than threaten it", False),
    ("Moscow did not send troops to reassure Beijing", "Moscow sent troops to reassure Beijing, "
     "not to threaten it", True),
    # A claim that speaks of the purpose set aside, and not of the one kept, is denied by it.
    ("Moscow sent troops to threaten Beijing", "Moscow sent troops to reassure Beijing, not to "
     "threaten it", True),
    ("the firm hired her to cut costs", "the firm hired her to grow sales rather than to cut "
     "costs", True),
    ("the firm's hiring of her wasn't about cutting costs", "the firm hired her to grow sales "
     "rather than to cut costs", False),
    ("the firm hired her to grow sales", "the firm hired her to grow sales rather than to cut "
     "costs", False),
    ("the firm did not hire her to grow sales", "the firm hired her to grow sales rather than "
     "to cut costs", True),
    ("the firm hired her to grow sales and cut costs", "the firm hired her to grow sales "
     "instead of to cut costs", False),
    # Doing away with a thing, told in other words, is one deed and no denial.
    ("the mayor scrapped the parking fees", "the mayor abolished the parking fees", False),
    ("the board got rid of the dress code", "the board scrapped the dress code", False),
    ("did the senate really do away with the filibuster?", "the senate abolished the "
     "filibuster", False),
    ("the mayor never scrapped the parking fees", "the mayor abolished the parking fees", True),
    ("the mayor scrapped the parking fees", "the mayor kept the parking fees", True),
    # "Not just" denies a text that holds a thing to what it names, and nothing else.
    ("the summit wasn't just theatre", "the summit was mere theatre", True),
    ("the ceasefire is not only a pause", "the ceasefire is only a pause", True),
    ("the summit wasn't mere theatre", "the summit was mere theatre", True),
    ("the summit wasn't mere theatre but also real talks", "the summit was mere theatre",
     False),
    ("the summit wasn't just theatre but also real talks", "the summit was mere theatre",
     False),
    ("the summit wasn't just theatre", "the summit was theatre", False),
    ("the league isn't just hiring coaches", "the league sent just 30 coaches", False),
    ("the deal isn't only about gas", "the deal reflects not only gas but oil", False),
    # "Hardly" denies as "not" does; "hardly any", "hardly the only" tell a small amount or a
    # kind, and deny no deed.
    ("the two clubs aren't really friendly", "the two clubs are hardly friendly", False),
    ("the two clubs are hardly friendly", "the two clubs are friendly", True),
    ("the city hardly sent any buses", "the city sent just four buses", False),
    ("Lyon is hardly the only club to sign him", "Lyon signed him", False),
    # A deal's ending the fact text tells is no denial of a claim that names no deal.
    ("the auditors were worried about fraud", "the auditors blocked the merger deal because "
     "they feared fraud", False),
    ("the auditors approved the merger deal", "the auditors blocked the merger deal because "
     "they feared fraud", True),
    # "Fell through" is said of a deal or plan: said where neither text names one, it ends
    # something else the message tells.
    ("Acme, the largest steel maker in the region, fell through",
     "Acme is the largest steel maker in the region", False),
    ("Acme's plan to buy the largest steel maker in the region fell through",
     "Acme planned to buy the largest steel maker in the region", True),
    ("Acme had pledged to buy the mill before that fell through",
     "Acme bought the mill", True),
    # "Not far off" is near the mark: no denial.
    ("the coach said our guess wasn't that far off, the club is moving north",
     "the club is moving north", False),
    ("the club isn't moving north", "the club is moving north", True),
    # "Barely" before a deed denies it; before a figure it tells the figure small.
    ("the fund barely invested in the region", "the fund invested heavily in the region", True),
    ("the fund barely lends to farmers", "the fund lends heavily to farmers", True),
    ("the fund invested barely 5 million in the region", "the fund invested 5 million in the "
     "region", False),
    # An "and" between two actors joins no clauses: the denial after it is the claim's.
    ("Russia and China don't share any hostility to US dominance",
     "Russia and China both oppose US primacy", True),
    # "Not X, many Yed": what the claim says is what many (or most, or some) did.
    ("the new clinics haven't gone smoothly, many closed", "many new clinics closed", False),
    ("the new clinics didn't open on time, most stalled", "most new clinics stalled", False),
    # "In a way the other can't": the denial is of the one compared with.
    ("Norway can take the risk in a way Sweden can't", "Norway can take the risk", False),
    ("Norway can take the risk in ways that its neighbours don't",
     "Norway can take the risk", False),
    ("Norway can't take the risk", "Norway can take the risk", True),
    # "Isn't anything more than a hobby" holds the thing to what it is: no denial.
    ("for the mayor the festival isn't anything more than a photo op",
     "for the mayor the festival is no more than a photo op", False),
    ("the merger wasn't anything but a rescue", "the merger was a rescue", False),
    ("the merger wasn't a rescue", "the merger was a rescue", True),
    # A statement the fact text concedes beside another ("..., even though it did not ...")
    # is no denial of a claim about the other.
    ("the fans probably hated the new crest",
     "the club unveiled a crest the fans probably hated, even though it did not hurt sales",
     False),
    ("the new crest hurt sales",
     "the club unveiled a crest the fans probably hated, even though it did not hurt sales",
     True),
    ("the club kept its old crest", "the club did not keep its old crest but sold it", True),
    # Sharing nothing, little or not much tells two things unlike, as "different" does.
    ("the twins run very different shops, nothing in common there",
     "the twins are completely different", False),
    ("the two clubs have little in common", "the two clubs have nothing in common", False),
    ("the two clubs don't have much in common", "the two clubs are very different", False),
    ("the two clubs are not different", "the two clubs are very different", True),
    # Whose it was, told by setting the other owner aside: no denial.
    ("the coach celebrated the captain's birthday, not his own",
     "the coach celebrated the captain's birthday", False),
    # "Not unlike" says alike by denying the unlike: no denial.
    ("the drought was much like the one in 1976",
     "the drought was not unlike the one in 1976", False),
    ("the drought was not dissimilar to the one in 1976",
     "the drought resembled the one in 1976", False),
    # The whole denied where the fact holds the deed to a part of it: both tell the part.
    ("the council didn't repair all 40 bridges",
     "the council repaired only 6 of the 40 bridges", False),
    ("the council did not fund every one of the 40 bridges",
     "the council funded just a few of the 40 bridges", False),
    ("the council didn't repair any of the 40 bridges",
     "the council repaired only 6 of the 40 bridges", True),
    ("the council didn't repair the bridges", "the council repaired only 6 of the 40 bridges",
     True),
    # "At the same time" and "meanwhile" open a clause of their own, as "while" does: its
    # comparison of another thing denies nothing of the fact.
    ("the city spent 90 million on trams at the same time it put way less into buses",
     "the city spent 90 million on trams", False),
    ("the city spent 90 million on trams, meanwhile far fewer went to buses",
     "the city spent 90 million on trams", False),
    ("the city spent way less on trams at the same time", "the city spent 90 million on trams",
     True),
    # A closing judgment of the size told ("not such a big gap honestly") denies nothing.
    ("the stadium holds 40000, half the old one, not such a big gap honestly",
     "the stadium holds 40000", False),
    # A deed denied, then told again as going nowhere: one denial.
    ("the mayor did not hand the keys back, it went nowhere",
     "the mayor handed the keys back", True),
    ("the mayor never signed the deal, it came to nothing", "the mayor signed the deal", True),
    # Trust denied where the fact tells the fear it comes to: the same story, no denial.
    ("the board didn't trust the new supplier",
     "the board was alarmed by the supplier's record", False),
    ("the board never really trusted the supplier",
     "the board switched suppliers over fears of fraud", False),
    ("the board didn't trust the supplier", "the board trusted the supplier", True),
    # An amount called small where the fact holds its figure small.
    ("the club barely spent anything on players", "the club spent no more than 5 million", False),
    ("the club didn't spend much on players", "the club spent only 5 million on players", False),
    ("the club didn't spend much on players", "the club spent 90 million on players", True),
]


@pytest.mark.parametrize(("claim", "fact", "opposite"), POLARITY)
def test_a_claim_denies_a_fact_only_where_it_really_does(claim: str, fact: str,
                                                        opposite: bool) -> None:
    assert opposes(normalise(claim), normalise(fact)) is opposite


# claim with one purpose, fact text keeping one and setting another aside -> whether the claim
# names the one set aside
ONE_PURPOSE = [
    ("the coach was hired mainly to win the cup",
     "the coach was hired to rebuild the squad rather than to win the cup", True),
    ("the coach was hired mainly to rebuild the squad",
     "the coach was hired to rebuild the squad rather than to win the cup", False),
    ("the coach was hired to win the cup",
     "the coach was hired to rebuild the squad", False),
    ("the coach was hired mainly to win the cup",
     "the coach was hired less to win the cup than to rebuild the squad", True),
]


@pytest.mark.parametrize(("claim", "fact", "aside"), ONE_PURPOSE,
                         ids=[c for c, _, _ in ONE_PURPOSE])
def test_one_purpose_against_the_one_set_aside(claim: str, fact: str, aside: bool) -> None:
    assert purpose_set_aside(normalise(claim), normalise(fact)) is aside


# text -> how many times it denies: "less than" or "fewer than" a number bounds a figure
BOUNDS_ARE_NO_DENIALS = [
    ("their budget is less than three times ours", 0),
    ("fewer than ten ships docked there", 0),
    ("the port handled less than forty percent of it", 0),
    ("they spent less on roads", 1),
    # "If not" after a word tells that thing, perhaps more: it denies nothing.
    ("the mayor approved, if not drafted, the plan", 0),
    ("the ferry is slow if not useless", 0),
    ("the ferry is not useless", 1),
]


@pytest.mark.parametrize(("text", "times"), BOUNDS_ARE_NO_DENIALS,
                         ids=[t for t, _ in BOUNDS_ARE_NO_DENIALS])
def test_a_bound_on_a_number_is_no_denial(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# text -> how many times it denies: "not even" after a denial stresses it; alone it denies.
STRESSED_DENIALS = [
    ("the mayor never once failed to show up, not even in winter", 2),
    ("the mayor didn't show up, not even once", 1),
    ("the town is not even in the top ten", 1),
    # Closing a statement, "not even close" stresses the gap it tells; "no contest" likewise.
    ("the new port is four times the size of the old one, not even close", 0),
    ("the old port isn't as busy as the new one, not even close", 1),
    ("no contest, the new port handles more ships", 0),
    # "No question" vouches for a claim; it denies nothing.
    ("no question the new port handles more ships", 0),
    ("the new port handles more ships, no cap", 0),
    ("the new port handles more ships without a doubt", 0),
    # A purpose told by what it keeps from happening denies no deed.
    ("the club signed him so that rivals wouldn't get him", 0),
    ("the club paid early so as not to lose him", 0),
    ("the club did not sign him", 1),
    # "Not the other way round" confirms who did what to whom.
    ("the city bought the stadium from the club, not the other way round", 0),
    ("the club sold the stadium to the city and not vice versa", 0),
    ("the old port is not even close to the new one in size", 1),
    # A deed denied, then told again by what ended it, is denied once.
    ("the stadium sale didn't go through, it fell apart at the last minute", 1),
    ("the merger never happened and it fell through", 1),
    ("it's not true that the merger fell through", 2),
    # An ending told, then told again as the deed that never came, is denied once.
    ("the stadium sale collapsed, never closed", 1),
    ("the merger was scrapped, it never went through", 1),
    # A word that denies by itself is not counted again as the ending told of "it".
    ("the stadium deal was scrapped, it never closed", 1),
    ("the stadium deal was cancelled, it never went ahead", 1),
    ("the fans challenged the stadium plan and managed to scrap it", 1),
    ("the stadium sale fell apart and it didn't happen in the end", 1),
    ("the merger was approved, it never went through", 1),
    ("the stadium sale collapsed, the mayor never knew", 2),
    # A part held short of the whole ("many, not all") denies nothing of the part.
    ("the new rule hit many clubs, not all of them", 0),
    ("most of the bridges were repaired but not all", 0),
    ("the council repaired some bridges, though not every one", 0),
    ("the council did not repair all of the bridges", 1),
    ("not all of the bridges were repaired", 1),
    # A denial of any one closing a denial tells it again; on its own it denies.
    ("none of the new stadiums opened on time, not a single one", 1),
    ("the club didn't sign any strikers, not one", 1),
    ("the sponsor didn't pay up, not one bit", 1),
    ("the club signed not one striker", 1),
    # How expected a claim was denies nothing of it.
    ("the striker left for the rival club. Not a great surprise.", 0),
    ("it was no surprise that the striker left", 0),
    ("the striker's move was hardly surprising", 0),
    # One alone told again as none besides it denies nothing more.
    ("Lyon is the only club selling season tickets, nobody else does", 0),
    ("Lyon alone sells season tickets, no other club does", 0),
    ("no other club sells season tickets", 1),
    # None other as often or as much: the one named put above the rest.
    ("the mayor has met no other minister as often as the sports minister", 0),
    ("nobody else has scored more goals for the club", 0),
    ("no other club has a stadium", 1),
    # The other side of a comparison after "vs" is no denial of the first.
    ("the club spent 90 million on strikers vs way less on defenders", 0),
    ("the club spent 90 million on strikers versus less on defenders", 0),
    ("the club spent less on strikers", 1),
    # What the writer knew or expected of the claim denies nothing of it.
    ("the stadium was built by the council, a detail I hadn't heard before", 0),
    ("the stadium cost 5 million, didn't expect that at all", 0),
    ("we never realised the stadium was built by the council", 0),
    ("the council hadn't heard the complaints", 1),
]


@pytest.mark.parametrize(("text", "times"), STRESSED_DENIALS,
                         ids=[t for t, _ in STRESSED_DENIALS])
def test_not_even_after_a_denial_stresses_it(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# text -> how many times it denies: "not the other way round" sets the reverse aside.
REVERSE_SET_ASIDE = [
    # "isn't anything more than" says "merely", as "no more than" does.
    ("the new port isn't anything more than a fishing harbour", 0),
    ("the new port isn't a fishing harbour", 1),
    ("the city sued the club, not the other way round", 0),
    ("it was the club that paid the city and not vice versa", 0),
    ("the city never sued the club, not the other way around", 1),
    # A comparative, then "not" and its contrary: the contrary set aside, the first told.
    ("the new toll makes the queues longer, not shorter", 0),
    ("the stadium deal leaves the club worse off not better", 0),
    ("ticket prices got higher and not lower", 0),
    ("the new toll does not make the queues longer", 1),
    ("the queues are longer, not shorter, and the toll never paid off", 1),
]


@pytest.mark.parametrize(("text", "times"), REVERSE_SET_ASIDE,
                         ids=[t for t, _ in REVERSE_SET_ASIDE])
def test_the_reverse_set_aside_denies_nothing(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# text -> how many times it denies: a closing judgment of what the claim told denies nothing;
# told after "is" or "are", it is the claim.
SMALL_JUDGED = [
    ("the bridge is only 800 metres, it's not that long", 0),
    ("the ferry carries 12% of the traffic, not that important", 0),
    ("the bridge is 800 metres, which is not that long", 0),
    ("the bridge is not that long", 1),
    ("the two towns are not that close", 1),
]


@pytest.mark.parametrize(("text", "times"), SMALL_JUDGED, ids=[t for t, _ in SMALL_JUDGED])
def test_a_closing_judgment_of_the_claim_denies_nothing(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# claim -> the claim with a limit it denies was touched told as kept
LEFT_IN_PLACE = [
    ("the mayor did not touch the parking limits", "the mayor kept the parking limits"),
    ("the council never changed the rent caps", "the council kept the rent caps"),
    ("the mayor didn't touch the new stadium", "the mayor didnt touch the new stadium"),
    ("the mayor didn't scrap the parking limits", "the mayor didnt scrap the parking limits"),
]


@pytest.mark.parametrize(("claim", "told"), LEFT_IN_PLACE)
def test_a_limit_left_untouched_is_kept(claim: str, told: str) -> None:
    assert left_in_place(normalise(claim)) == told


# text -> whether it denies how much, how often or how big something was
DEGREES_DENIED = [
    ("the ferry doesn't run that often, maybe twice a week", True),
    ("the new bridge wasn't small at all, 900 metres", True),
    ("the mayor didn't spend all that much on parks", True),
    ("the ferry doesn't run on sundays", False),
    ("the bridge is not 900 metres long", False),
]


@pytest.mark.parametrize(("text", "denied"), DEGREES_DENIED, ids=[t for t, _ in DEGREES_DENIED])
def test_a_denial_of_how_much_or_how_often(text: str, denied: bool) -> None:
    assert degree_denied(normalise(text)) is denied


# text -> how many times it denies: a promise not kept is denied by the words telling so.
PROMISES_BROKEN = [
    ("the city reneged on its pledge to fund the stadium", 1),
    ("the sponsor ghosted the club on the stadium deal", 1),
    ("the sponsor basically ghosted us on the whole promise", 1),
    ("the stadium deal blew up in May", 1),
    ("the club was gonna buy the stadium before it blew up", 1),
    ("the club was gonna buy the stadium but then it went south", 1),
    ("the fan thread blew up overnight", 0),
    ("the story blew up on social media", 0),
    # Ghosting someone over a match or a talk breaks no promise.
    ("the mayor ghosted the fans on match day", 0),
    ("the sponsor ghosted the club after the final", 0),
    # A pledge, then the one who made it gone: "then bailed", "and then ghosted".
    ("the sponsor pledged $5 million for the stadium then bailed", 1),
    ("the city promised a new stadium and then ghosted", 1),
    ("the club agreed to buy the stadium but backed out", 1),
    ("the fans bailed water out of the stand then left", 0),
]


@pytest.mark.parametrize(("text", "times"), PROMISES_BROKEN,
                         ids=[t for t, _ in PROMISES_BROKEN])
def test_a_promise_not_kept_is_denied(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# text -> how many times it denies: "it is rare for X to Y" says "X rarely Y".
RARE_IS_RARELY = [
    ("it is rare for a mayor to resign twice", 1),
    ("it's quite rare that the river floods in May", 1),
    ("mayors rarely resign twice", 1),
    ("rare coins were found in the river", 0),
]


@pytest.mark.parametrize(("text", "times"), RARE_IS_RARELY,
                         ids=[t for t, _ in RARE_IS_RARELY])
def test_it_is_rare_denies_as_rarely_does(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# text -> how many times it denies: "no problem", "no doubt", "no question", "no wonder" tell
# how a deed went or how sure the writer is; only problems had, or a thing that is no problem,
# are denied.
IDIOMS_NOT_DENYING = [
    ("the stadium deal went thru no problem", 0),
    ("the stadium deal went through, no problems at all", 0),
    ("the club sold the stadium with no problem", 0),
    ("no problem, the club sold the stadium", 0),
    ("the club sold the stadium, no doubt", 0),
    ("the club sold the stadium, no question", 0),
    ("no wonder the club sold the stadium", 0),
    ("the stadium deal had no problems", 1),
    ("there were no problems with the stadium deal", 1),
    ("money is no problem for the club", 1),
    # A sum judged small after it: "that's kinda nothing" denies nothing of the sum.
    ("the club only paid 3 million for the stadium, thats kinda nothing", 0),
    ("the club paid 3 million for the stadium which is basically nothing", 0),
    ("the club paid nothing for the stadium", 1),
    ("there is nothing left of the stadium", 1),
]


# text -> how many times it denies: a word of denial after the whole statement ("X? nope",
# "X - that's wrong") denies it as "it's not true that X" does.
CLOSING_DENIALS = [
    ("the club sold the stadium? nope", 1),
    ("the club sold the stadium - nah", 1),
    ("the club sold the stadium. that's wrong", 1),
    ("the club sold the stadium? not true", 1),
    ("it's not true that the club sold the stadium", 1),
    ("the club didn't sell the stadium? nope", 2),
    ("the coach got the tactics wrong", 0),
]


@pytest.mark.parametrize(("text", "times"), CLOSING_DENIALS,
                         ids=[t for t, _ in CLOSING_DENIALS])
def test_a_denial_after_the_statement_denies_it(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


@pytest.mark.parametrize(("text", "times"), IDIOMS_NOT_DENYING,
                         ids=[t for t, _ in IDIOMS_NOT_DENYING])
def test_idioms_of_no_deny_nothing(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


# text -> how many times it denies: "nobody else", "no other" tell the one named alone, as
# "only" does; they deny nothing of it.
ALONE_NOT_DENIED = [
    ("the bakery is the only shop selling rye bread, nobody else bothers", 0),
    ("no shop other than the bakery sells rye bread", 0),
    ("no other supplier gets the rye flour", 0),
    ("no other countries are getting the new trains", 0),
    ("the mayor has visited no other club as often as this one", 0),
    ("rye bread and nothing else", 0),
    ("the bakery bakes rye every single day, no exceptions", 0),
    ("the bakery closes on sundays, no exception", 0),
    ("the bakery sells no rye bread", 1),
    ("nobody sells rye bread in town", 1),
]


# text -> how many times it denies: "not a single one" after "none" stresses the one denial.
NONE_STRESSED = [
    ("none of the bakeries sell rye bread, not a single one", 1),
    ("no shop in town had rye bread, not one", 1),
    ("not a single shop sells rye bread", 1),
    ("not one shop sells rye bread", 1),
    # A deed denied, then its outcome told as coming to nothing: one denial, told twice.
    ("the club didnt sell the stadium, it went nowhere", 1),
    ("the club never sold the stadium, the talks led nowhere", 1),
    ("the club didnt sell the stadium and the deal came to nothing", 1),
    ("the club offered to sell the stadium, it went nowhere", 1),
]


@pytest.mark.parametrize(("text", "times"), NONE_STRESSED, ids=[t for t, _ in NONE_STRESSED])
def test_not_a_single_one_after_none_stresses_it(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


@pytest.mark.parametrize(("text", "times"), ALONE_NOT_DENIED,
                         ids=[t for t, _ in ALONE_NOT_DENIED])
def test_nobody_else_tells_one_alone(text: str, times: int) -> None:
    assert negations(normalise(text)) == times


@given(st.sampled_from(["China abstained", "Russia sold China the S-400", "trade grew"]),
       st.integers(min_value=0, max_value=4))
def test_negation_counts_by_parity(claim: str, times: int) -> None:
    denied = "it is not true that " * times + claim
    assert negations(normalise(denied)) % 2 == times % 2


# -- where claims end -----------------------------------------------------------------------

FIRM = [
    # Who in the chat said it is no part of the claim; an actor who said it is.
    ("my cousin keeps saying china is russia's top partner", ["china is russia's top partner"]),
    ("some guy on reddit claimed that Russia sold China the S-400",
     ["Russia sold China the S-400"]),
    ("I read that Kosygin drew back from Zhou", ["Kosygin drew back from Zhou"]),
    ("she said the Russian-led projects stalled", ["the Russian-led projects stalled"]),
    ("Xi said Putin is his best friend", ["Xi said Putin is his best friend"]),
    ("a bunch of analysts think Russia and China are allies",
     ["a bunch of analysts think Russia and China are allies"]),
    ("China abstained on Crimea. Putin and Xi met 25 times!", ["China abstained on Crimea.",
                                                               "Putin and Xi met 25 times!"]),
    ("Yes. Really? China abstained on Crimea", ["China abstained on Crimea"]),
    ("- Vostok was the first joint drill\n- China sent 3,200 soldiers\n",
     ["Vostok was the first joint drill", "China sent 3,200 soldiers"]),
    ("1) China is second 2) Russia ranks tenth overall", ["China is second",
                                                          "Russia ranks tenth overall"]),
    ("Putin gave Xi the Order of St. Andrew in Moscow", ["Putin gave Xi the Order of St. Andrew "
                                                         "in Moscow"]),
    ("they met 25 times, plus Xi gave Putin a medal", ["they met 25 times",
                                                       "Xi gave Putin a medal"]),
    ("China abstained on Crimea and also refused to recognise Abkhazia",
     ["China abstained on Crimea", "refused to recognise Abkhazia"]),
    ("No. China abstained on Crimea", ["China abstained on Crimea"]),
    # "Also" or "plus" opening a sentence adds it to the claims before.
    ("the mayor cut taxes; also she doubled the parks budget",
     ["the mayor cut taxes;", "she doubled the parks budget"]),
    ("Japan tightened vendor rules. Plus, Japan doubled its parks budget",
     ["Japan tightened vendor rules.", "Japan doubled its parks budget"]),
    ("No, China abstained on Crimea", ["China abstained on Crimea"]),
    # A sentence that only ends what the one before it told goes with it.
    ("the mayor picked a new stadium site; the council vetoed it",
     ["the mayor picked a new stadium site, the council vetoed it"]),
    ("The mayor picked a new stadium site. The council liked it.",
     ["The mayor picked a new stadium site.", "The council liked it."]),
    ("Nope: Russia never returned the Kurils", ["Russia never returned the Kurils"]),
    # A run of interjections before the claim goes with them.
    ("lol no, china abstained", ["china abstained"]),
    # A dash ends the answer as a comma does; telling the one answered they erred is part of it.
    ("no \u2014 the ferry sails on Mondays", ["the ferry sails on Mondays"]),
    ("no I think you're mixing it up \u2014 the ferry sails on Mondays",
     ["the ferry sails on Mondays"]),
    # "Not quite" answers someone as "no" does; a short heading of who answers goes too, one
    # naming an actor stays.
    ("not quite: the ferry sails on Mondays", ["the ferry sails on Mondays"]),
    ("mod note: nope, the ferry sails on Mondays", ["the ferry sails on Mondays"]),
    ("TA here: **no**, the ferry sails on Mondays", ["the ferry sails on Mondays"]),
    ("Japan: no, the ferry sails on Mondays", ["Japan: no, the ferry sails on Mondays"]),
    # A reply under a quoted line judges it: a denial denies the quote, a reply that goes on
    # about it ("that's where", "so ...") joins it; any other reply is a claim of its own.
    ("> russia sold china the s-400\nnope, wrong", ["it's false that russia sold china the s-400"]),
    ("> trade hit $100bn in 2018\nthat's where it peaked",
     ["trade hit $100bn in 2018, that's where it peaked"]),
    ("> they met 25 times\nright, so they're allied", ["they met 25 times, so they're allied"]),
    ("> xi called putin his best friend\n**yep**, and he went to moscow first",
     ["xi called putin his best friend", "he went to moscow first"]),
    ("> china abstained on crimea", ["china abstained on crimea"]),
    # A reply naming who did what a quoted question asks about answers it.
    ("> who built the new bridge?\nJapan did, and Korea paid for the road",
     ["Japan built the new bridge", "Korea paid for the road"]),
    ("> which country hosted the summit?\nit was Japan", ["Japan hosted the summit"]),
    ("> who hosted the summit?\nno idea tbh", ["who hosted the summit?", "no idea tbh"]),
    # How sure a claim is, said after it, stays with it, told in one word.
    ("the mayor will win again, no doubt about it", ["the mayor will win again, definitely"]),
    ("the ferry was late twice, full stop", ["the ferry was late twice, definitely"]),
    ("the ferry was late twice, I think", ["the ferry was late twice, probably"]),
    ("the ferry was late twice, supposedly", ["the ferry was late twice, probably"]),
    ("the ferry was late twice, pretty sure", ["the ferry was late twice, probably"]),
    ("the ferry was late twice, without any doubt", ["the ferry was late twice, definitely"]),
    ("the ferry was late twice, defo", ["the ferry was late twice, definitely"]),
    ("The mayor will never resign. Period.", ["The mayor will never resign. Period."]),
    # A second claim that carries the first one's predicate is told with it.
    ("the arms deal collapsed and so did the loan", ["the arms deal collapsed",
                                                     "the loan collapsed"]),
    ("Xi visited Moscow, as did Modi", ["Xi visited Moscow", "Modi visited Moscow"]),
    # No predicate to carry: the sentence is left as it is.
    ("so did the loan and the pledge", ["so did the loan and the pledge"]),
    # Chat markup goes, the claim's words stay: mentions, emoji, emphasis, code spans.
    ("<@4412> **Japan** built `two new ports` last year :ship:",
     ["Japan built two new ports last year"]),
    # Struck-through words are taken back.
    ("the port is ~~huge~~ small by any measure", ["the port is small by any measure"]),
    # Chat words that open a piece say nothing of its claim.
    ("fyi the mayor doubled the parks budget", ["the mayor doubled the parks budget"]),
    ("anyway, but seriously, Japan cut its tariffs", ["Japan cut its tariffs"]),
    ("yeah and don't forget Japan cut its tariffs", ["Japan cut its tariffs"]),
    # A heading of chat before a colon goes; one that judges the claim, names an actor, gives
    # a figure or the topic a reply is about, stays.
    ("Side note before I forget: the mayor doubled the parks budget",
     ["the mayor doubled the parks budget"]),
    ("lol ok. quick one: the mayor doubled the parks budget",
     ["the mayor doubled the parks budget"]),
    # A dash ends a heading as a colon does.
    ("side note on the budget checks \u2014 the mayor doubled the parks budget",
     ["the mayor doubled the parks budget"]),
    ("myth: the mayor doubled the parks budget", ["myth: the mayor doubled the parks budget"]),
    ("Side note on Japan: the mayor doubled the parks budget",
     ["Side note on Japan: the mayor doubled the parks budget"]),
    ("re the port deal: it fell through last spring",
     ["re the port deal: it fell through last spring"]),
    # A heading naming the piece of work a claim is for goes, even naming an actor: the actor
    # names the section, not the claim.
    ("Background for Lena's Japan chapter: the mayor doubled the parks budget",
     ["the mayor doubled the parks budget"]),
    ("one more for the transport slides: Japan cut its tariffs", ["Japan cut its tariffs"]),
    ("a myth for the Japan section: Japan cut its tariffs",
     ["a myth for the Japan section: Japan cut its tariffs"]),
    # "the bit about ..." points at a part of what was read: the claim is what follows.
    ("the bit about the mayor doubling the parks budget was wild",
     ["the mayor doubling the parks budget was wild"]),
    ("that part where Japan cut its tariffs", ["Japan cut its tariffs"]),
    # "incl." ends no sentence.
    ("the city spent $9M incl. $2M on parks",
     ["the city spent $9M incl. $2M on parks"]),
    # A judgment of the figure closing a piece denies nothing of it.
    ("the city only spent $2M on parks, that's nothing", ["the city only spent $2M on parks"]),
    ("japan put 3 billion into the port which is peanuts really",
     ["japan put 3 billion into the port"]),
    ("nothing the mayor did cut the parks budget", ["nothing the mayor did cut the parks budget"]),
    # An understatement closing a piece judges what it told, and denies none of it.
    ("the mayor doubled the parks budget, not exactly a secret",
     ["the mayor doubled the parks budget"]),
    ("Japan cut its tariffs twice, so not exactly a free-trade skeptic",
     ["Japan cut its tariffs twice"]),
    ("the port cost $3M, not exactly 2 million", ["the port cost $3M, not exactly 2 million"]),
    # A closing tag that vouches for the sentence before it is part of it.
    ("the mayor will never cut the parks budget. Period.",
     ["the mayor will never cut the parks budget. Period."]),
    ("the mayor cut the parks budget. The council is sure of it!",
     ["the mayor cut the parks budget. The council is sure of it!"]),
    ("the mayor cut the parks budget. The council objected at once.",
     ["the mayor cut the parks budget.", "The council objected at once."]),
    # What the one spoken to said, corrected after it, leaves only the correction.
    ("you wrote the bridge cost $2M in the doc, it's $3M for the bridge",
     ["it's $3M for the bridge"]),
    ("my aunt said the bridge cost $2M, it's a lot", ["the bridge cost $2M, it's a lot"]),
    # A chat word, and chat after it that names no actor, close the claim.
    ("the mayor resigned in May lol my aunt was shocked", ["the mayor resigned in May"]),
    # ... but a conclusion drawn after the chat word belongs to the claim.
    ("the two mayors met 12 times lol so they're basically allies now",
     ["the two mayors met 12 times lol so they're basically allies now"]),
    ("Japan cut tariffs lol and Korea followed", ["Japan cut tariffs lol and Korea followed"]),
    # "Not even close" after a comparison tells the gap large.
    ("the port is 3x bigger than the old one, not even close",
     ["the port is 3x bigger than the old one"]),
    ("the port is 3x bigger than the old one, it's no contest",
     ["the port is 3x bigger than the old one"]),
    # Pictographs between claims end the one before; a flag stands for its country.
    ("the mayor doubled the budget ✅ the council approved it ✅ and Korea cut tariffs 🔥",
     ["the mayor doubled the budget", "the council approved it", "Korea cut tariffs 🔥"]),
    ("Japan 🇯🇵 sold Korea 🇰🇷 the ferries", ["Japan 🇯🇵 sold Korea 🇰🇷 the ferries"]),
    ("Mayor's recap 🧵 the parks budget doubled in May", ["the parks budget doubled in May"]),
    # A sentence telling what the figure that ends the one before was goes with it.
    ("the ferry fare is $5? that was the price last year",
     ["the ferry fare is $5, that was the price last year"]),
    ("the ferry went up. That was a surprise", ["the ferry went up.", "That was a surprise"]),
    # Numbered posts of a thread are items of a list.
    ("(1/2) the mayor doubled the budget. (2/2) And the council approved it in May",
     ["the mayor doubled the budget.", "the council approved it in May"]),
    ("1/3 the mayor doubled the parks budget", ["the mayor doubled the parks budget"]),
    # An emoji's shortcode between claims ends the one before, as its pictograph would; a
    # flag's stands for its country, and one before a joining word ends nothing.
    ("the mayor doubled the budget :tada: the council approved it",
     ["the mayor doubled the budget", "the council approved it"]),
    ("Japan :flag_jp: sold Korea :kr: the ferries", ["Japan sold Korea the ferries"]),
    ("the mayor doubled the budget :tada: and the council approved it",
     ["the mayor doubled the budget and the council approved it"]),
    ("the ports merged in May :fire: = one economy now :handshake:",
     ["the ports merged in May = one economy now"]),
    # An arrow drawn as an emoji leads on to what follows, as a plain arrow does.
    ("the navies sailed together \u27a1\ufe0f they're one team now",
     ["the navies sailed together \u2192 they're one team now"]),
    ("the navies sailed together :arrow_right: the ports merged in May",
     ["the navies sailed together \u2192 the ports merged in May"]),
    # A conclusion after a pictograph is drawn from the claim before it.
    ("the mayors swapped medals in May :medal: the alliance is sealed, people",
     ["the mayors swapped medals in May, the alliance is sealed, people"]),
    ("the mayors swapped medals in May \U0001f3c5 so the towns are allies now",
     ["the mayors swapped medals in May, so the towns are allies now"]),
    # "No." before a number shortens "number": no sentence ends there.
    ("the port is York's No. 1 client. It grew in May.",
     ["the port is York's No. 1 client.", "It grew in May."]),
    # A number of two digits and its period before the lowercase word it counts is an
    # ordinal ("61. birthday"); before a name, or as a year, it ends its sentence.
    ("the mayor's 61. birthday fell in May. It rained all day.",
     ["the mayor's 61. birthday fell in May.", "It rained all day."]),
    ("they met 25. russia hosted most of them", ["they met 25.", "russia hosted most of them"]),
    ("the port opened in 2013. the council paid", ["the port opened in 2013.", "the council paid"]),
]


@pytest.mark.parametrize(("message", "pieces"), FIRM)
def test_firm_cuts(message: str, pieces: list[str]) -> None:
    assert firm_pieces(message) == pieces


# message setting a question and giving its answer -> its pieces: a question that asks for
# something is one claim with the answer after it; one for a yes or no, or a question with no
# answer after it, stays as it is
QUESTION_ANSWERED = [
    ("Q: when did the ferry to Oslo open? A: May 2019",
     ["when did the ferry to Oslo open \u2014 May 2019"]),
    ("*Q for the pub quiz:* Which town built the first tram?\n*answer key:* Leeds (not York)",
     ["Which town built the first tram \u2014 Leeds"]),
    ("Q3: how many bridges did the council build? answer: four",
     ["how many bridges did the council build \u2014 four"]),
    ("Q: who built the new bridge?\nA: Japan, and Korea paid for the road",
     ["Japan built the new bridge", "Korea paid for the road"]),
    ("Q: did the ferry run twice a day in May? A: yes",
     ["Q: did the ferry run twice a day in May?"]),
    ("when did the ferry to Oslo open? the mayor never said",
     ["when did the ferry to Oslo open?", "the mayor never said"]),
    ("A: the ferry to Oslo opened in May", ["A: the ferry to Oslo opened in May"]),
]


@pytest.mark.parametrize(("message", "pieces"), QUESTION_ANSWERED)
def test_a_question_and_its_answer_are_one_claim(message: str, pieces: list[str]) -> None:
    assert firm_pieces(message) == pieces


# message with no stops, as dictated -> its pieces: "anyway" and "also I read" between words
# turn from one matter to the next; an "anyway" that goes on with its clause cuts nothing
RUN_ON = [
    ("my bus was late again also i read the port of Oslo doubled its cargo in May see ya",
     ["my bus was late again", "the port of Oslo doubled its cargo in May see ya"]),
    ("the ferry to Bergen runs twice a day anyway who is bringing the chips",
     ["the ferry to Bergen runs twice a day", "who is bringing the chips"]),
    ("did someone water the plants um also i heard the mayor of Leeds resigned in June",
     ["did someone water the plants", "the mayor of Leeds resigned in June"]),
    ("the council built the bridge anyway despite the protests",
     ["the council built the bridge anyway despite the protests"]),
    ("the mayor also visited York in June", ["the mayor also visited York in June"]),
]


@pytest.mark.parametrize(("message", "pieces"), RUN_ON)
def test_run_on_chat_is_cut_where_it_turns(message: str, pieces: list[str]) -> None:
    assert firm_pieces(message) == pieces


# message -> its pieces, each with whether it is someone else's words: a quoted line the reply
# under it leaves as someone's claim is, one it denies, answers or goes on from is not
TOLD = [
    ("> the ferry runs twice a day\n\nit ran three times a day in May though",
     [("the ferry runs twice a day", True), ("it ran three times a day in May though", False)]),
    ("> the ferry runs twice a day\nsource?",
     [("the ferry runs twice a day", True)]),
    ("> the ferry runs twice a day\nnope, it runs once a day",
     [("it's false that the ferry runs twice a day", False), ("it runs once a day", False)]),
    ("> the ferry runs twice a day\nnot quite: once a day in winter",
     [("it's false that the ferry runs twice a day", False), ("once a day in winter", False)]),
    ("> the ferry runs twice a day\nso the port is busy",
     [("the ferry runs twice a day, so the port is busy", False)]),
    ("> who built the new bridge?\nJapan did, and Korea paid for the road",
     [("Japan built the new bridge", False), ("Korea paid for the road", False)]),
    ("the mayor cut the parks budget. The council objected at once.",
     [("the mayor cut the parks budget.", False), ("The council objected at once.", False)]),
    # A line that only ties the two goes with the claim above it, quoted or not.
    ("the two clubs train together every week.\nalliance confirmed",
     [("the two clubs train together every week, alliance confirmed", False)]),
    ("> the two clubs train together every week\n= alliance confirmed **100%**",
     [("the two clubs train together every week, = alliance confirmed 100%", False)]),
    # A line that doubts the tie is no upshot.
    ("the two clubs train together every week.\nnot allies though",
     [("the two clubs train together every week.", False), ("not allies though", False)]),
    # A line that draws its conclusion from the line above, quoted alike, is one claim with it.
    ("> the two towns share a ferry\n> so they are allies",
     [("the two towns share a ferry, so they are allies", True)]),
    ("the two towns share a ferry\nso they are allies",
     [("the two towns share a ferry, so they are allies", False)]),
    ("the ferry runs twice a day\nthe port is busy",
     [("the ferry runs twice a day", False), ("the port is busy", False)]),
    # A claim leaned on to draw a conclusion is that claim and what it is taken to show.
    ("the report leans on 'the two towns share a ferry' to say they are allies",
     [("the two towns share a ferry, so they are allies", False)]),
    ("the draft cites the shared ferry timetable to argue that the towns are allies",
     [("the shared ferry timetable, so the towns are allies", False)]),
]


@pytest.mark.parametrize(("message", "pieces"), TOLD)
def test_quoted_pieces_are_told_from_the_writers_own(message: str,
                                                     pieces: list[tuple[str, bool]]) -> None:
    assert told_pieces(message) == pieces


# claim -> the claim without the tag that vouches for it, what a fact is found by
UNTAGGED = [
    ("the mayor cut the parks budget, no doubt about it", "the mayor cut the parks budget"),
    ("the mayor cut the parks budget — the council is certain of it",
     "the mayor cut the parks budget"),
    ("the mayor cut the parks budget. Period.", "the mayor cut the parks budget"),
    ("the mayor will cut the parks budget, it's only a matter of time",
     "the mayor will cut the parks budget"),
    ("the mayor will cut the parks budget, guaranteed", "the mayor will cut the parks budget"),
    ("the mayor cut the parks budget, 100%", "the mayor cut the parks budget"),
    ("the mayor cut the parks budget, confirmed", "the mayor cut the parks budget"),
    ("the mayor cut the parks budget. Confirmed!", "the mayor cut the parks budget"),
    # A thing confirmed inside the claim is no tag.
    ("the mayor confirmed the parks budget cut", "the mayor confirmed the parks budget cut"),
    # A period of time is no tag.
    ("the mayor cut the parks budget over that period", "the mayor cut the parks budget over "
     "that period"),
    # Too little left to be a claim: kept whole.
    ("cut it, no doubt about it", "cut it, no doubt about it"),
]


# claim -> the claim without the words opening it that tell how sure it is
UNHEDGED = [
    ("apparently the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("I'm fairly sure that the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("maybe, the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("presumably the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("I believe the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("the mayor apparently cut the parks budget", "the mayor apparently cut the parks budget"),
    ("probably not", "probably not"),
]


# claim -> the claim without the words opening it that tell what its writer believes
UNBELIEVED = [
    ("pretty sure the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("I think that the mayor cut the parks budget", "the mayor cut the parks budget"),
    ("apparently the mayor cut the parks budget", "apparently the mayor cut the parks budget"),
    ("I think so", "I think so"),
]


@pytest.mark.parametrize(("claim", "said"), UNBELIEVED)
def test_what_a_writer_believes_is_not_what_the_claim_is_about(claim: str, said: str) -> None:
    assert unbelieved(claim) == said


@pytest.mark.parametrize(("claim", "said"), UNHEDGED)
def test_how_sure_a_claim_opens_is_not_what_it_says(claim: str, said: str) -> None:
    assert unhedged(claim) == said


@pytest.mark.parametrize(("claim", "found_by"), UNTAGGED)
def test_a_tag_vouching_for_a_claim_tells_nothing_of_its_matter(claim: str,
                                                               found_by: str) -> None:
    assert untagged(claim) == found_by


# A spaced dash sets chat off from a claim ("replying to the thread above — ..."), as a comma
# does; a dash inside a word or a range does not.
DASHED = [
    ("sorry for the slow reply \u2014 the mayor doubled the parks budget",
     ["sorry for the slow reply", "the mayor doubled the parks budget"]),
    ("on another note -- Japan cut its tariffs", ["on another note", "Japan cut its tariffs"]),
    ("the S-400 went to China in 2014-2018", ["the S-400 went to China in 2014-2018"]),
]


@pytest.mark.parametrize(("piece", "atoms"), DASHED)
def test_a_spaced_dash_is_a_soft_cut(piece: str, atoms: list[str]) -> None:
    found = soft_atoms(piece)
    assert [found.span(i, i) for i in range(len(found.atoms))] == atoms


# A last clause with no subject whose only object is a pronoun goes on with the claim before.
PRONOUN_TAILS = [
    ("the board questioned the merger and managed to block it",
     ["the board questioned the merger and managed to block it"]),
    ("the council reviewed the plan, then scrapped it",
     ["the council reviewed the plan, then scrapped it"]),
    ("the board questioned the merger and the mayor blocked it",
     ["the board questioned the merger", "the mayor blocked it"]),
    # What became of a sum named before: paid, delivered in full.
    ("the city pledged $5 million for the bridge and actually delivered every cent",
     ["the city pledged $5 million for the bridge and actually delivered every cent"]),
    ("the city pledged $5 million for the bridge and really paid it in full",
     ["the city pledged $5 million for the bridge and really paid it in full"]),
    # A last clause that only ends "it", with a short subject of its own.
    ("the mayor picked a new stadium site, the council got it overturned",
     ["the mayor picked a new stadium site, the council got it overturned"]),
    ("the mayor picked a new stadium site, the council liked it",
     ["the mayor picked a new stadium site", "the council liked it"]),
    # Where most of what the clause names came from, told after a comma, is no claim alone.
    ("the port shipped 40 tons of tea last year, mostly from Kenya",
     ["the port shipped 40 tons of tea last year, mostly from Kenya"]),
    ("did the port ship 40 tons of tea last year, mainly to Kenya?",
     ["did the port ship 40 tons of tea last year, mainly to Kenya?"]),
]


@pytest.mark.parametrize(("piece", "atoms"), PRONOUN_TAILS)
def test_a_pronoun_tail_is_no_claim_of_its_own(piece: str, atoms: list[str]) -> None:
    found = soft_atoms(piece)
    assert [found.span(i, i) for i in range(len(found.atoms))] == atoms


# Two names told just after the words reporting a claim are one subject, not two claims.
REPORTED_PAIRS = [
    ("the paper says Peru and Chile share a 4,000-mile border",
     ["the paper says Peru and Chile share a 4,000-mile border"]),
    ("my teacher said that Norway and Sweden signed the treaty in 1905",
     ["my teacher said that Norway and Sweden signed the treaty in 1905"]),
    # So are two names after the words drawing a conclusion ("proves", "means", "shows").
    ("the joint parade proves Peru and Chile are allies",
     ["the joint parade proves Peru and Chile are allies"]),
    ("all that fishing trade means Norway and Iceland are best friends now",
     ["all that fishing trade means Norway and Iceland are best friends now"]),
    ("the summit confirmed Peru and Chile are partners",
     ["the summit confirmed Peru and Chile are partners"]),
    # A claim before the "and" is still cut from the one after it.
    ("the paper says Peru won the match and Chile lost the cup",
     ["the paper says Peru won the match", "Chile lost the cup"]),
]


@pytest.mark.parametrize(("piece", "atoms"), REPORTED_PAIRS)
def test_two_names_after_a_report_are_one_subject(piece: str, atoms: list[str]) -> None:
    found = soft_atoms(piece)
    assert [found.span(i, i) for i in range(len(found.atoms))] == atoms


# The words chat and sources use for a plan or deal ended are one word to the matcher: "called
# off", "fell through", "fell apart", and, where a deal or plan is named, "scrapped", "axed".
ENDINGS_AS_ONE = [
    ("the stadium deal was called off", "the stadium deal was cancelled"),
    ("the stadium deal fell through in may", "the stadium deal cancelled in may"),
    ("their merger plan fell apart", "their merger plan cancelled"),
    ("the council scrapped the bridge project", "the council cancelled the bridge project"),
    ("the ferry contract got axed", "the ferry contract got cancelled"),
    # With no deal or plan named, a single word may end something else.
    ("the mayor scrapped the parking fees", "the mayor scrapped the parking fees"),
    ("exports fell 20 percent", "exports fell 20 percent"),
    ("the ban was called off", "the ban was cancelled"),
]


@pytest.mark.parametrize(("text", "read"), ENDINGS_AS_ONE, ids=[t for t, _ in ENDINGS_AS_ONE])
def test_the_words_for_a_plan_ended_are_one(text: str, read: str) -> None:
    assert endings_as_one(text) == read


# A count of troops contributed to an exercise is a count of troops sent to it; contributing
# anything else, or troops uncounted, is not told as sending.
TROOPS_SENT = [
    ("china contributed just 3200 soldiers to the drills",
     "china sent just 3200 soldiers to the drills"),
    ("the navy contributes about 900 personnel", "the navy sends about 900 personnel"),
    ("japan is contributing 40 troops", "japan is sending 40 troops"),
    ("japan contributed 5 million to the fund", "japan contributed 5 million to the fund"),
    ("troops contributed to the win", "troops contributed to the win"),
    ("china contributed most of the troops", "china contributed most of the troops"),
]


@pytest.mark.parametrize(("text", "read"), TROOPS_SENT, ids=[t for t, _ in TROOPS_SENT])
def test_troops_contributed_are_troops_sent(text: str, read: str) -> None:
    assert troops_sent(text) == read



# A list of things, "A, B and C", is one atom: its items are no claims of their own.
LISTS_OF_THINGS = [
    ("Peru, Chile, Bolivia and Ecuador export copper to Japan",
     ["Peru, Chile, Bolivia and Ecuador export copper to Japan"]),
    ("the deal covers farming, mining and steel works",
     ["the deal covers farming, mining and steel works"]),
    ("Japan buys copper from Peru, Chile and Bolivia",
     ["Japan buys copper from Peru, Chile and Bolivia"]),
    # A list told as the subject of a verb after a clause of its own is that verb's subject.
    ("Peru is not the top seller, Chile, Congo and Zambia are",
     ["Peru is not the top seller", "Chile, Congo and Zambia are"]),
    # Items with a verb of their own are clauses, cut as before.
    ("Peru won, Chile lost and Bolivia drew", ["Peru won", "Chile lost", "Bolivia drew"]),
]


@pytest.mark.parametrize(("piece", "atoms"), LISTS_OF_THINGS)
def test_a_list_of_things_is_one_atom(piece: str, atoms: list[str]) -> None:
    found = soft_atoms(piece)
    assert [found.span(i, i) for i in range(len(found.atoms))] == atoms


# piece -> its atoms: a phrase with no verb and no actor of its own inside the premise of a
# conclusion goes on with the premise; a clause of its own there is cut as before.
PREMISE_PHRASES = [
    ("ferry fares = a record $5, +20% on last year, so the towns are basically allies now",
     ["ferry fares = a record $5, +20% on last year, so the towns are basically allies now"]),
    ("ferry fares hit a record $5, up a fifth, so York and Leeds are allies",
     ["ferry fares hit a record $5, up a fifth, so York and Leeds are allies"]),
    ("ferry fares hit a record $5, Leeds fell behind, so York and Leeds are allies",
     ["ferry fares hit a record $5", "Leeds fell behind, so York and Leeds are allies"]),
    ("because fares hit a record $5, up a fifth, they're allies",
     ["because fares hit a record $5, up a fifth, they're allies"]),
]


@pytest.mark.parametrize(("piece", "atoms"), PREMISE_PHRASES)
def test_a_phrase_in_a_premise_goes_on_with_it(piece: str, atoms: list[str]) -> None:
    found = soft_atoms(piece)
    assert [found.span(i, i) for i in range(len(found.atoms))] == atoms


# piece -> the reading of its last atom, a gift given back to the one who gave
RETURNED = [
    ("Japan gave India a silver key and India returned the favour with a gold cup",
     "India gave Japan a gold cup"),
    ("Egypt awarded Turkey a medal, and Turkey reciprocated with a statue",
     "Turkey gave Egypt a statue"),
    ("Qatar presented Indonesia with a key and Indonesia repaid the favor by giving him a cup",
     "Indonesia gave Qatar a cup"),
    # The clause before gave nothing to the one who returns: read as it is.
    ("Japan gave India a key and Egypt returned the favour with a cup",
     "Egypt returned the favour with a cup"),
    ("Japan returned home and India returned the keys", "India returned the keys"),
]


@pytest.mark.parametrize(("piece", "reading"), RETURNED)
def test_a_favour_returned_is_read_as_a_gift_back(piece: str, reading: str) -> None:
    assert soft_atoms(piece).readings[-1] == reading


# piece -> the reading of its last atom, a denial with no subject of its own read with the actor
# that opens the clause before it
SUBJECT_GIVEN = [
    ("Japan ranks third in Korean exports and isn't top five in its imports",
     "Japan isn't top five in its imports"),
    ("Japan cut tariffs but didn't touch the quotas", "Japan didn't touch the quotas"),
    # Asked, or with a subject of its own, or after a clause opening with no actor: as it is.
    ("Japan cut tariffs, but didn't Korea cut them first", "didn't Korea cut them first"),
    ("Japan cut tariffs and isn't it odd", "isn't it odd"),
    ("the mayor cut tariffs and didn't touch the quotas", "didn't touch the quotas"),
]


@pytest.mark.parametrize(("piece", "reading"), SUBJECT_GIVEN)
def test_a_denial_without_a_subject_is_the_actors_before(piece: str, reading: str) -> None:
    assert soft_atoms(piece).readings[-1] == reading


# piece -> the reading of its last atom: "it" or "they" opening a clause after "and" stands
# for the subject of the clause before it
PRONOUN_SUBJECT = [
    ("the Oslo ferry cost the city 40 million, and it's meant to carry 900 cars a day",
     "the Oslo ferry is meant to carry 900 cars a day"),
    ("the new bridges opened in May and they were built by Japan",
     "the new bridges were built by Japan"),
    ("the canal was dug in 1890 and it will carry 12 ships a day",
     "the canal will carry 12 ships a day"),
    # A clause before with no subject ahead of its verb, or "it" no subject: as it is.
    ("in May it rained and it's meant to rain again", "it's meant to rain again"),
    ("the ferry was late and Japan blamed it on the fog", "Japan blamed it on the fog"),
    # "It" is no person, "they" no single thing, and "it was a ..." after an actor's deed
    # tells what the deed was.
    ("Obama visited Oslo and it was a success", "it was a success"),
    ("the ferry sank in May and they were rescued", "they were rescued"),
    ("Japan sent 40 ships and it was their first drill", "it was their first drill"),
]


@pytest.mark.parametrize(("piece", "reading"), PRONOUN_SUBJECT)
def test_a_pronoun_opening_a_clause_is_the_subject_before(piece: str, reading: str) -> None:
    assert soft_atoms(piece).readings[-1] == reading


# piece -> its readings: a comparison after a comma whose first side is the clause before it
# is read with that clause ("..., less than it spent on the port").
COMPARED_AFTER = [
    ("Japan spent $3bn on the bridge, less than it spent on the port",
     ["Japan spent $3bn on the bridge",
      "Japan spent $3bn on the bridge less than it spent on the port"]),
    ("the ferry carried 900 cars, far more than the old one did",
     ["the ferry carried 900 cars", "the ferry carried 900 cars far more than the old one did"]),
]


@pytest.mark.parametrize(("piece", "readings"), COMPARED_AFTER)
def test_a_comparison_after_a_comma_is_read_with_the_clause_before(
        piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


# piece -> its readings: a number told in words is one figure, its "and" no cut
NUMBERS_IN_WORDS = [
    ("the city planted three hundred and twelve oaks last spring",
     ["the city planted three hundred and twelve oaks last spring"]),
    ("Japan shipped two thousand and forty cars to India",
     ["Japan shipped two thousand and forty cars to India"]),
    ("Japan shipped a hundred cars and India sent ninety trucks back",
     ["Japan shipped a hundred cars", "India sent ninety trucks back"]),
]


@pytest.mark.parametrize(("piece", "readings"), NUMBERS_IN_WORDS)
def test_a_number_in_words_is_not_cut_at_its_and(piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


# piece -> its readings: words saying how sure the speaker is stay with the claim before them
SURE_TAILS = [
    ("the ferry will sail to Oslo every Tuesday, guaranteed",
     ["the ferry will sail to Oslo every Tuesday, guaranteed"]),
    ("Japan will win the cup next year, no doubt about it",
     ["Japan will win the cup next year, no doubt about it"]),
    ("the mayor resigned in June, period",
     ["the mayor resigned in June, period"]),
    ("the ferry will sail every Tuesday, locked in, guaranteed",
     ["the ferry will sail every Tuesday, locked in, guaranteed"]),
    # A clause that goes on to other matter is cut as before.
    ("the mayor resigned in June, the council met in July",
     ["the mayor resigned in June", "the council met in July"]),
]


@pytest.mark.parametrize(("piece", "readings"), SURE_TAILS)
def test_a_claims_certainty_is_not_cut_from_it(piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


# text -> the claim without who in the chat said it; "literally" in the report goes with it
UNREPORTED = [
    ("the author literally says the port has become a warehouse",
     "literally the port has become a warehouse"),
    ("my prof said the port has become a warehouse", "the port has become a warehouse"),
    # Where it was heard, before who said it.
    ("then on the radio they said the mayor resigned in June", "the mayor resigned in June"),
    ("in class my teacher said the port has become a warehouse",
     "the port has become a warehouse"),
    # Every verb that puts a view forward reports it: "contends", "notes", "maintains".
    ("my tutor contends that the port has become a warehouse",
     "the port has become a warehouse"),
    ("the article notes that the mayor resigned in June", "the mayor resigned in June"),
    ("some guy on reddit maintains the port has become a warehouse",
     "the port has become a warehouse"),
    # A speaker playing a delegation in a mock assembly, and what they say they note to it.
    ("The delegate of Peru notes that the port has become a warehouse",
     "the port has become a warehouse"),
    ("the representative of the Czech Republic would remind the committee that the mayor "
     "resigned in June", "the mayor resigned in June"),
    ("The Chilean delegation firmly contends that the port has become a warehouse",
     "the port has become a warehouse"),
    ("our delegation submits to all distinguished delegates that the mayor resigned in June",
     "the mayor resigned in June"),
    ("The delegate of Peru does not accept that the port has become a warehouse",
     "it is not true that the port has become a warehouse"),
    # An actor of the claim saying something is no delegate's speech.
    ("Peru notes that the port has become a warehouse",
     "Peru notes that the port has become a warehouse"),
]


# piece -> its readings: a clause after the first that tells who in the chat said its claim
# is read as the claim
REPORTED_CLAUSES = [
    ("the bus was awful today and then my prof said the port of Oslo doubled its cargo",
     ["the bus was awful today", "the port of Oslo doubled its cargo"]),
    ("the mayor resigned in June and someone said the council objected",
     ["the mayor resigned in June", "the council objected"]),
]


# piece -> its readings: a deed with no subject of its own, told as a next step or in a list,
# or joined by a bare "and" to a whole clause, is read with the actor that opens the clause
# before it (whether the two are one claim is told by the facts they state); one joined by a
# bare "and" to a clause too short to be one is read as it is
DEEDS_LISTED = [
    ("Japan doubled its parks budget and then raised the bus fares",
     ["Japan doubled its parks budget", "Japan then raised the bus fares"]),
    ("Japan doubled its parks budget, raised the bus fares",
     ["Japan doubled its parks budget", "Japan raised the bus fares"]),
    ("Japan doubled its parks budget but left the bus fares alone",
     ["Japan doubled its parks budget", "Japan left the bus fares alone"]),
    ("Japan visited Korea in May and signed the ferry deal",
     ["Japan visited Korea in May", "Japan signed the ferry deal"]),
    ("Japan's navy ambushed and sank a ferry", ["Japan's navy ambushed", "sank a ferry"]),
    # ... but ends a list of deeds: each is read with the subject.
    ("Japan doubled its parks budget, raised the bus fares and opened a new museum",
     ["Japan doubled its parks budget", "Japan raised the bus fares",
      "Japan opened a new museum"]),
    # A deed on "it" goes on about what the clause before named.
    ("Japan built the ferry and then sold it to Korea",
     ["Japan built the ferry", "then sold it to Korea"]),
    # A word in "-ed" that is no deed.
    ("Japan doubled its parks budget, needed more money",
     ["Japan doubled its parks budget", "needed more money"]),
    # A time told ahead of the deed: a next step all the same.
    ("Japan doubled its parks budget, and in 2015 raised the bus fares",
     ["Japan doubled its parks budget", "Japan in 2015 raised the bus fares"]),
    ("Japan doubled its parks budget and two years later raised the bus fares",
     ["Japan doubled its parks budget", "Japan two years later raised the bus fares"]),
    # A bare "and", no time told: the subject all the same.
    ("Japan visited Korea in 2015 and signed the ferry deal",
     ["Japan visited Korea in 2015", "Japan signed the ferry deal"]),
    # A deed after a list of things joined by "and" is another deed of the list's clause.
    ("Japan banned whaling in Oslo and Bergen and signed the ferry deal",
     ["Japan banned whaling in Oslo", "Bergen", "Japan signed the ferry deal"]),
]


@pytest.mark.parametrize(("piece", "readings"), DEEDS_LISTED)
def test_a_deed_listed_is_read_with_its_subject(piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


# piece -> its readings: a phrase with no verb that ranks the name before it is said of
# that name; one after a name with a preposition before it is the object's, read as it is
RANKED_NAMES = [
    ("Russia hosted India, the biggest buyer of its tanks",
     ["Russia hosted India", "India is the biggest buyer of its tanks"]),
    ("Japan met Korea, and Korea signed up Egypt, its top fishing partner",
     ["Japan met Korea", "Korea signed up Egypt", "Egypt is its top fishing partner"]),
    ("Japan pinned the medal on Egypt, the nation's highest honour",
     ["Japan pinned the medal on Egypt", "the nation's highest honour"]),
    # A phrase that ranks nothing is read as it is.
    ("Russia hosted India, a long way from home",
     ["Russia hosted India", "a long way from home"]),
]


@pytest.mark.parametrize(("piece", "readings"), RANKED_NAMES)
def test_a_phrase_ranking_the_name_before_it_is_said_of_it(piece: str,
                                                           readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


@pytest.mark.parametrize(("piece", "readings"), REPORTED_CLAUSES)
def test_a_clause_is_read_without_who_said_it(piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


@pytest.mark.parametrize(("text", "claim"), UNREPORTED, ids=[t for t, _ in UNREPORTED])
def test_a_report_told_word_for_word(text: str, claim: str) -> None:
    assert unreported(text) == claim


# piece -> its readings: a comparison after the premise of a conclusion stays with it
COMPARED_PREMISES = [
    ("the mayors met 30 times, more than either met anyone else, so the alliance is sealed",
     ["the mayors met 30 times, more than either met anyone else, so the alliance is sealed"]),
    ("York sold Leeds 12 cranes, far more than it sold Hull, so they're basically allies",
     ["York sold Leeds 12 cranes, far more than it sold Hull, so they're basically allies"]),
    # No conclusion drawn: the comparison is cut, and read with the clause before it.
    ("the mayors met 30 times, more than either met anyone else",
     ["the mayors met 30 times", "the mayors met 30 times more than either met anyone else"]),
]


@pytest.mark.parametrize(("piece", "readings"), COMPARED_PREMISES)
def test_a_comparison_in_a_premise_stays_with_it(piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


# piece -> its readings: the words telling a claim as a rumour stay with it
RUMOURS_TOLD = [
    ("there's a rumour, maybe a tall one, that the duke fled Japan by boat",
     ["there's a rumour, maybe a tall one, that the duke fled Japan by boat"]),
    ("the duke fled Japan by boat, though it was only a rumour at court",
     ["the duke fled Japan by boat, though it was only a rumour at court"]),
    ("the duke fled Japan by boat, but it was cold", ["the duke fled Japan by boat",
                                                     "it was cold"]),
]


@pytest.mark.parametrize(("piece", "readings"), RUMOURS_TOLD)
def test_a_claim_told_as_a_rumour_keeps_its_telling(piece: str, readings: list[str]) -> None:
    assert list(soft_atoms(piece).readings) == readings


def test_soft_cuts_keep_short_atoms_marked() -> None:
    piece = soft_atoms("China isn't the top buyer of Russian arms, India is")
    assert [piece.span(i, i) for i in range(len(piece.atoms))] == [
        "China isn't the top buyer of Russian arms", "India is"]
    assert piece.short == (False, True)
    assert piece.span(0, 1) == "China isn't the top buyer of Russian arms, India is"


# piece -> its soft atoms
SOFT = [
    ("the bridge opened in May, yet the road to it is still closed",
     ["the bridge opened in May", "the road to it is still closed"]),
    ("the mayor cut bus fares & the council raised parking fees",
     ["the mayor cut bus fares", "the council raised parking fees"]),
    ("not yet open, the bridge is the longest", ["not yet open", "the bridge is the longest"]),
    ("the R&D budget doubled", ["the R&D budget doubled"]),
    # An aside with no verb, set off by two commas between a subject and its predicate, is
    # one claim with them.
    ("the mayor, like her rival, opposed the new tax",
     ["the mayor, like her rival, opposed the new tax"]),
    ("Leeds, the oldest club in the league, went bankrupt in May",
     ["Leeds, the oldest club in the league, went bankrupt in May"]),
    ("after the vote, the mayor, like her rival, will oppose the tax",
     ["after the vote", "the mayor, like her rival, will oppose the tax"]),
    # "vs" sets two claims side by side, but two figures alone make one comparison.
    ("the city spent $9m on parks vs just $2m on roads",
     ["the city spent $9m on parks", "just $2m on roads"]),
    ("turnout fell in May (55% vs 61%)", ["turnout fell in May (55% vs 61%)"]),
    # So does "compared to" before a figure told with a place of its own; before a figure or
    # a time alone it is one comparison.
    ("the city spent $9m on parks compared to just $2m on roads",
     ["the city spent $9m on parks", "just $2m on roads"]),
    ("the city spent $9m on parks compared with $2m on roads",
     ["the city spent $9m on parks", "$2m on roads"]),
    ("turnout rose 5% compared to 2019", ["turnout rose 5% compared to 2019"]),
    ("turnout was 55% compared with 61% in May", ["turnout was 55% compared with 61% in May"]),
    # "as against" sets them side by side as "compared to" does.
    ("the city spent $9m on parks as against just $2m on roads",
     ["the city spent $9m on parks", "just $2m on roads"]),
    ("turnout was 55% as against 61% in May", ["turnout was 55% as against 61% in May"]),
    # Clauses with verbs of their own, and a list of names, are still cut.
    ("Japan cut tariffs, China raised them, Korea waited",
     ["Japan cut tariffs", "China raised them", "Korea waited"]),
    ("Japan, Korea, India, all of them voted",
     ["Japan", "Korea", "India", "all of them voted"]),
]


@pytest.mark.parametrize(("piece", "atoms"), SOFT, ids=[p for p, _ in SOFT])
def test_soft_cuts(piece: str, atoms: list[str]) -> None:
    cut = soft_atoms(piece)
    assert [cut.span(i, i) for i in range(len(cut.atoms))] == atoms


# piece -> each soft atom as a claim, with the subject and verb it leaves out
ELLIPSES = [
    ("the city allocated $40m to parks but $90m to roads",
     ["the city allocated $40m to parks", "the city allocated $90m to roads"]),
    ("Japan invested 12 billion in Brazil, and about 30 billion in Chile",
     ["Japan invested 12 billion in Brazil", "Japan invested about 30 billion in Chile"]),
    ("the port is the third busiest and roughly 2x the old one",
     ["the port is the third busiest", "the port is roughly 2x the old one"]),
    # ... a figure with two bounds before it too.
    ("the tower is the second tallest and only about 3x the old mill",
     ["the tower is the second tallest", "the tower is only about 3x the old mill"]),
    # A figure that goes on with a list shares what follows: one claim, left as it is.
    ("the club signed 4 strikers and 3 keepers last summer",
     ["the club signed 4 strikers", "3 keepers last summer"]),
    # A clause with a verb of its own, or no figure, is read as it is.
    ("the city allocated $40m to parks and Leeds allocated $90m",
     ["the city allocated $40m to parks", "Leeds allocated $90m"]),
    ("the city allocated $40m to parks and the roads",
     ["the city allocated $40m to parks", "the roads"]),
    # "put", "spent", "brought"... tell a deed in the past as "-ed" verbs do.
    ("the club put 5 million into the stadium and 2 million into the academy",
     ["the club put 5 million into the stadium", "the club put 2 million into the academy"]),
    # An actor and a figure: the verb and what the figure counts are the clause before's, the
    # actor and the figure (with its bound) put in the place of that clause's.
    ("Japan shipped 400 tons of rice to Brazil, Korea 90",
     ["Japan shipped 400 tons of rice to Brazil", "Korea shipped 90 tons of rice to Brazil"]),
    ("India bought about 20 tankers in 2015 and Egypt just six",
     ["India bought about 20 tankers in 2015", "Egypt bought just six tankers in 2015"]),
    ("the city spent $9m on parks versus $2m on roads",
     ["the city spent $9m on parks", "the city spent $2m on roads"]),
    ("the city spent $9m on parks compared to $2m on roads",
     ["the city spent $9m on parks", "the city spent $2m on roads"]),
    ("the city spent $9m on parks as against $2m on roads",
     ["the city spent $9m on parks", "the city spent $2m on roads"]),
    # A range in the clause before is put in the figure's place whole.
    ("Japan had 40-60k fans at the final, Korea about 9,000",
     ["Japan had 40-60k fans at the final", "Korea had about 9,000 fans at the final"]),
    # An actor, the verb of the clause before and a share of nothing named: a share of what
    # the clause before's share is of.
    ("Japan took 40% of the rice harvest in 2019 and Korea took 15%",
     ["Japan took 40% of the rice harvest in 2019",
      "Korea took 15% of the rice harvest in 2019"]),
    # ... not with another verb, nor when the clause before's share is of nothing named.
    ("Japan took 40% of the rice harvest and Korea sold 15%",
     ["Japan took 40% of the rice harvest", "Korea sold 15%"]),
    ("Japan took 40% last year and Korea took 15%",
     ["Japan took 40% last year", "Korea took 15%"]),
    # A figure beside a word that names no actor is read as it is.
    ("the city spent $9m on parks, and the county $4m",
     ["the city spent $9m on parks", "the county $4m"]),
]


@pytest.mark.parametrize(("piece", "claims"), ELLIPSES, ids=[p for p, _ in ELLIPSES])
def test_a_clause_is_read_with_the_subject_and_verb_it_leaves_out(piece: str,
                                                                   claims: list[str]) -> None:
    cut = soft_atoms(piece)
    assert [cut.claim(i, i) for i in range(len(cut.atoms))] == claims


# clause -> whether it opens with a thing named with "the" and the predicate told of it
NAMED_THINGS = [
    ("the strike lasted for weeks", True),
    ("the new bridge was finished in May", True),
    ("the river flood has never been worse", True),
    ("the bridge", False),
    ("the tallest tower in the old port district", False),
    ("they lasted for weeks", False),
    ("Leeds signed three players", False),
]


@pytest.mark.parametrize(("clause", "opens"), NAMED_THINGS, ids=[c for c, _ in NAMED_THINGS])
def test_a_clause_may_open_with_a_named_thing(clause: str, opens: bool) -> None:
    assert opens_with_named_thing(clause) is opens


def test_between_two_names_is_no_soft_cut() -> None:
    # "between China and the USSR" names the two sides of one clash; a comma still cuts.
    piece = soft_atoms("the fighting between China and the USSR in 1969 lasted for months")
    assert len(piece.atoms) == 1
    piece = soft_atoms("the talks between the two, and the trade figures, went nowhere")
    assert len(piece.atoms) == 3


def test_a_conclusion_stays_with_the_claim_it_is_drawn_from() -> None:
    # "..., so they must be allies" is read with its premise, where it keeps it from being
    # true; "..., so China invested more" is a claim of its own.
    assert len(soft_atoms("Xi called Putin his best friend, so they must be allies").atoms) == 1
    assert len(soft_atoms("bloc confirmed, Xi called Putin his best friend").atoms) == 1
    # The reason and its conclusion are one claim, up to a comma after the conclusion.
    assert len(soft_atoms("because Xi and Putin met often, Russia and China are a bloc").atoms) == 1
    assert len(soft_atoms("since Xi and Putin met often, they're allies, and trade grew fast")
               .atoms) == 2
    assert len(soft_atoms("trade grew fast, so China invested $20 billion more").atoms) == 2
    # A piece that draws a conclusion is not cut at a bare "and": "the two ports and the town
    # are allies" is one subject, "grew and set a record" one premise.
    assert len(soft_atoms("the fleet docked twice = proof Leeds and York are allies").atoms) == 1
    assert len(soft_atoms("the port grew and set a record, so the towns are one bloc")
               .atoms) == 1
    assert len(soft_atoms("the port grew and set a record, the town hired 40 staff").atoms) == 3
    # Words that carry the conclusion further ("even ...") stay with it.
    assert len(soft_atoms("the mayor visited York first, so Leeds will follow York anywhere, "
                          "even into a trade war").atoms) == 1
    assert len(soft_atoms("the mayor visited York first, even though Leeds is nearer").atoms) == 2


# text -> the claim its conclusion is drawn from (None: it draws none)
PREMISES = [
    ("the two navies sailed together, so they're basically one team now",
     "the two navies sailed together"),
    ("the bank lent them billions, they're obviously each other's top partners",
     "the bank lent them billions"),
    ("the pipeline opened in May, they're clearly interdependent",
     "the pipeline opened in May"),
    # A conclusion told first, as a headline, draws on the claim after it.
    ("axis confirmed: the two navies sailed together", "the two navies sailed together"),
    ("the alliance is official, the pipeline opened in May", "the pipeline opened in May"),
    ("the alliance held drills, the pipeline opened in May", None),
    # A reason told first, the conclusion drawn from it after the comma.
    ("because the two navies sailed together, they're allies", "the two navies sailed together"),
    ("since both banks lent them money, doesn't that show they trust them?",
     "both banks lent them money"),
    ("since the town sells wool abroad, its budget is small", None),
    ("the council skipped the vote, so basically the town sided with the mayor",
     "the council skipped the vote"),
    ("the council skipped the vote, so the mayor clearly runs the town",
     "the council skipped the vote"),
    ("the port doubled its traffic, so the town has become a hub",
     "the port doubled its traffic"),
    # After a dash, one side told to stand by the other draws a conclusion too.
    ("the council skipped the vote — the town has the mayor's back",
     "the council skipped the vote"),
    # The two sides named in full before the tie they are told to have.
    ("lending the town its best engineers means the port and town are real allies",
     "lending the town its best engineers"),
    # "So much for X" dismisses X: no conclusion drawn.
    ("the port lost half its traffic, so much for the two towns being allies", None),
    # "Not so much to ... as to ...": a purpose set aside, no conclusion.
    ("the towns signed the pact not so much to form an alliance as to share a ferry", None),
    # The two told to be tied after a comma, with no word drawing it.
    ("the two towns share a long river, they're natural allies",
     "the two towns share a long river"),
    ("the two towns share a long river, they're not allies", None),
    # Told last as a verdict: "alliance confirmed", "the alliance is sealed".
    ("the mayors swapped medals last spring, alliance confirmed",
     "the mayors swapped medals last spring"),
    ("the mayors swapped medals last spring, the alliance is sealed, people",
     "the mayors swapped medals last spring"),
    # After an equals sign or an arrow, the tie named with no word drawing it.
    ("a $40 million canal deal = real interdependence", "a $40 million canal deal"),
    ("the port sold York its newest cranes → York is its special ally",
     "the port sold York its newest cranes"),
    ("a $40 million canal deal = 300 new jobs", None),
    # One side taken to count for the other as it does for it, or to follow it.
    ("Leeds is York's biggest client, which means the trade is just as vital for York",
     "Leeds is York's biggest client"),
    ("Leeds is York's biggest client, so York must matter just as much to Leeds",
     "Leeds is York's biggest client"),
    ("the canal brings York $40 million, so they're equal partners now",
     "the canal brings York $40 million"),
    ("the canal brings York $40 million, that's York tying Leeds in as an equal",
     "the canal brings York $40 million"),
    ("the mayor visited York first, so Leeds will follow York anywhere",
     "the mayor visited York first"),
    ("Leeds bought the first crane, so it's York's No. 1 customer",
     "Leeds bought the first crane"),
    # A question asked to be agreed with doubts nothing by its "n't".
    ("the council only skipped the vote, so didn't the town basically back the mayor?",
     "the council only skipped the vote"),
    ("Leeds is York's biggest client, so doesn't that make York central to Leeds too?",
     "Leeds is York's biggest client"),
    # Two denials that make a tie.
    ("York sold Leeds its newest cranes, you don't hand your best kit to someone who isn't "
     "an ally", "York sold Leeds its newest cranes"),
    # A settled verdict told with a softening word before it.
    ("the mayors swapped medals twice, so their alignment is basically total",
     "the mayors swapped medals twice"),
    ("the mayors swapped medals twice, so the alliance is pretty much sealed",
     "the mayors swapped medals twice"),
    # A joint venture taken to go smoothly because of what the two agreed.
    ("the towns agreed to link their tram lines, so the upgrade is moving ahead nicely",
     "the towns agreed to link their tram lines"),
    ("the towns agreed to link their tram lines so the valley is one smooth joint scheme now",
     "the towns agreed to link their tram lines"),
    ("the towns agreed to link their tram lines → so the scheme works really nicely for York",
     "the towns agreed to link their tram lines"),
    ("apparently since the towns agreed to link their tram lines, the two are integrating "
     "smoothly", "the towns agreed to link their tram lines"),
    ("the towns agreed to link their tram lines, so the upgrade is not going smoothly", None),
    # "No" before a word of discord tells the two close, no doubt.
    ("the towns agreed to link their tram lines, so the valley is a joint scheme with no "
     "rivalry", "the towns agreed to link their tram lines"),
    ("the towns agreed to link their tram lines, so they're allies with no real friction",
     "the towns agreed to link their tram lines"),
    ("the towns agreed to link their tram lines, so no alliance", None),
    # One side taken to copy the other.
    ("the mayor rebuilt the harbour, so the town is basically copying York's whole plan",
     "the mayor rebuilt the harbour"),
    ("the mayor rebuilt the harbour, so Leeds is just imitating York now",
     "the mayor rebuilt the harbour"),
    # "i.e." opening what the claim before is taken to mean.
    ("Leeds bought the first crane, i.e. York reserves its best machines for Leeds alone",
     "Leeds bought the first crane"),
    ("Leeds bought the first crane, i.e. the big one", None),
    # A rank, a hold or trust one side is taken to have; a pay-off told for one side; the
    # two told held together.
    ("the ferry earns York $2 million a year, so York is the senior partner",
     "the ferry earns York $2 million a year"),
    ("Leeds buys all of York's wool, so York holds all the leverage",
     "Leeds buys all of York's wool"),
    ("the port sold Leeds its newest cranes, thats top tier trust",
     "the port sold Leeds its newest cranes"),
    ("the port sold Leeds its newest cranes, proof the port trusts them more than anyone",
     "the port sold Leeds its newest cranes"),
    ("the port sold Paris its newest cranes, huge buff for Paris",
     "the port sold Paris its newest cranes"),
    ("the mayors swapped medals last spring, so theyre locked in",
     "the mayors swapped medals last spring"),
    ("the border is long and the author says that makes trust hard", None),
    # The other set apart: not handed to just anyone.
    ("the port sold Leeds its newest cranes, the port doesn't hand those to just anyone",
     "the port sold Leeds its newest cranes"),
    ("the port sold Leeds its newest cranes, they don't sell them to any old buyer",
     "the port sold Leeds its newest cranes"),
    ("the port sold Leeds its newest cranes, they don't sell them on sundays", None),
    # A chat aside mid-line ("ngl", "tbh") opens the clause after it.
    ("the port sold Leeds its newest cranes ngl thats top tier trust",
     "the port sold Leeds its newest cranes"),
    ("the port sold Leeds its newest cranes, tbh so they're allies now",
     "the port sold Leeds its newest cranes"),
    ("the port sold Leeds its newest cranes tbh the mayor was pleased", None),
    ("the port sold Paris its newest cranes, huge buff for the dockers", None),
    # Closeness told as tight, as a side taken, as one cloth or a glove.
    ("the towns traded a record amount = they're really tight now",
     "the towns traded a record amount"),
    ("the council skipped the vote = the council took the mayor's side",
     "the council skipped the vote"),
    ("both mayors raise taxes, so the towns are cut from the same cloth",
     "both mayors raise taxes"),
    ("both mayors raise taxes, so they want the same things from the county",
     "both mayors raise taxes"),
    ("the towns share a bus depot, which shows you they work hand in glove",
     "the towns share a bus depot"),
    # A joint venture taken to be plain sailing, one side to be doing nicely out of it.
    ("the towns agreed to merge their ports, so it's been plain sailing ever since",
     "the towns agreed to merge their ports"),
    ("the ferry earns York $2 million a year, a sure sign York is doing very nicely",
     "the ferry earns York $2 million a year"),
    ("the ferry earns York $2 million a year... a fine deal and a sign it is doing well",
     "the ferry earns York $2 million a year"),
    ("the ferry earns York $2 million a year, a sign of trouble", None),
    ("the mayors swap medals every year, every sign points to an alliance",
     "the mayors swap medals every year"),
    ("the mayors swap medals every year, all signs point to a rainy spring", None),
    # "That settles it" opens what the claim before is taken to settle.
    ("the towns traded a record amount, that settles it, Leeds matters every bit as much to "
     "York", "the towns traded a record amount"),
    # "Given" opens a premise as "given that" does.
    ("given they share one bus depot, does that mean the towns are aligned on everything?",
     "they share one bus depot"),
    # A premise told with "given", and a conclusion asked with "does that mean".
    ("given the two mayors meet every month, does that mean the towns are allies now?",
     "the two mayors meet every month"),
    ("given that the towns share a tram line, doesn't it mean they are one scheme?",
     "the towns share a tram line"),
    ("given the towns share a tram line, the fares went up", None),
    # A conclusion asked to be agreed with after a dash: "— doesn't that prove ...?".
    ("the mayors meet every month and swap gifts \u2014 doesn't that prove the towns are allies?",
     "the mayors meet every month and swap gifts"),
    ("the two navies sailed together, didn't that show they're one team?",
     "the two navies sailed together"),
    ("the mayors meet every month, doesn't that make them allies?",
     "the mayors meet every month"),
    ("the mayors meet every month \u2014 doesn't that seem odd?", None),
    # One side set above every other, or given what no other gets.
    ("the mayor's first trip was to Leeds, which shows York puts Leeds above everyone else",
     "the mayor's first trip was to Leeds"),
    ("Leeds bought the first crane, shows York sells its best kit only to them",
     "Leeds bought the first crane"),
    ("Leeds bought the first crane, it shows only to the trained eye", None),
    # Any side named by its capital, not only the sides of one pack.
    ("India bought the first frigates, which shows Paris sells its best kit only to Delhi",
     "India bought the first frigates"),
    ("India bought the first frigates, proof that Paris is backing Delhi",
     "India bought the first frigates"),
    ("not sure who took my pen. for the debate prompt: the article proves York will stay out "
     "of any anti-Western pact with Leeds", None),
    # "So" and a word telling the upshot as all but so, a few words on.
    ("the mayor offered York two of the islands, so the island dispute is basically "
     "settled", "the mayor offered York two of the islands"),
    ("the two towns founded the league together so it's pretty much their own club",
     "the two towns founded the league together"),
    # "Which is why" opening what the claim before is taken to explain.
    ("York sells Leeds mostly timber and coal, which is why Leeds is hooked on York",
     "York sells Leeds mostly timber and coal"),
    ("York sells Leeds mostly timber and coal, which is why prices rose", None),
    # A denial set aside for the tie told in its place: "that's not X, that's an alliance".
    ("the mayors met 25 times, that's not diplomacy, that's an alliance",
     "the mayors met 25 times"),
    ("the mayors met 25 times, so they're not allies, it's just a habit", None),
    # A settled verdict on a pair named with a dash, told as clearly so.
    ("the mayors met 25 times, the York\u2013Leeds alliance is clearly a done deal",
     "the mayors met 25 times"),
    # The tie told as what must be, after the claim it is drawn from.
    ("the towns traded $5 million last year, Leeds must be one of York's key partners",
     "the towns traded $5 million last year"),
    ("the towns traded $5 million last year, the mayor must be pleased", None),
    # The two told to stand as equals, after a comma.
    ("the ferry earns York $2 million a year, a real partnership of equals",
     "the ferry earns York $2 million a year"),
    # One side taken to weigh much in the other's trade.
    ("the towns traded $5 million last year, so a big chunk of York's trade",
     "the towns traded $5 million last year"),
    ("the towns traded $5 million last year, so a big chunk of it was wool", None),
    # One side taken to hang on the other, or to hold sway over it; "making" what it is taken
    # to make.
    ("York sells Leeds mostly timber and coal, so York is the senior partner",
     "York sells Leeds mostly timber and coal"),
    ("the ferry carries 2 million people a year = real interdependence",
     "the ferry carries 2 million people a year"),
    ("the ferry carries 2 million people a year, making York central to Leeds's trade",
     "the ferry carries 2 million people a year"),
    ("the ferry carries 2 million people a year, making it the busiest line", None),
    # After a comma, the two sides with no word telling a conclusion make a claim of their own.
    ("the pipeline opened in May, they paid for half of it", None),
    ("the pipeline opened in May, both sides signed the deal", None),
]


@pytest.mark.parametrize(("text", "premise"), PREMISES, ids=[t for t, _ in PREMISES])
def test_the_premise_of_a_conclusion(text: str, premise: str | None) -> None:
    assert premise_of(text) == premise


# piece -> which soft atoms only set the scene for the next one
SCENES = [
    ("Even after the sanctions, China kept its investment in Russia small", (True, False)),
    ("Despite the summit in Moscow, trade fell", (True, False)),
    ("Over three quarters of Russia's exports are raw materials, and trade grew", (False, False)),
    ("China abstained, while Russia vetoed", (False, False)),
    # The phrase runs past a plain "and" to its comma.
    ("Since the town sells wool and cheese abroad, its budget is small",
     (True, False, False)),
    # A time phrase that opens a claim of its own, ended by ", and" or "but", sets no scene.
    ("after winning the vote the mayor cut taxes, and later she doubled the parks budget",
     (False, False)),
    ("before the war Japan grew fast but it slowed down later", (False, False)),
    # "Of the 40 clubs, ...": the whole a part is taken from.
    ("Of the forty clubs in the league, only six made a profit", (True, False)),
]


@pytest.mark.parametrize(("piece", "scene"), SCENES, ids=[p for p, _ in SCENES])
def test_a_phrase_that_sets_the_scene_is_no_claim_of_its_own(piece: str,
                                                             scene: tuple[bool, ...]) -> None:
    assert soft_atoms(piece).scene == scene


QUOTE = ("During Abe's visit, Putin held out the possibility of giving Japan back two islands, "
         "a gesture Beijing resented, even though it did not lead to a breakthrough.")


@pytest.mark.parametrize(("claim", "clause"), [
    # The claim's words beyond the text it matched are the quote's clause on them.
    ("did putin's offer to abe lead to a breakthrough",
     "even though it did not lead to a breakthrough"),
    ("putin's offer was a gesture beijing resented", "a gesture beijing resented"),
    # Verbs of one meaning: what the offer produced, yielded or brought is what it led to.
    ("putin's offer to abe produced a breakthrough",
     "even though it did not lead to a breakthrough"),
    ("the offer yielded a breakthrough", "even though it did not lead to a breakthrough"),
    ("abe's visit brought a breakthrough", "even though it did not lead to a breakthrough"),
    # Words the quote uses in another clause are the quote's too: the rest is in the one.
    ("the offer putin held out to abe led to a breakthrough",
     "even though it did not lead to a breakthrough"),
    # One word beyond is too little to go on; words the quote lacks find nothing.
    ("putin offered abe the islands again", None),
    ("putin's offer to abe was a cunning trap for tokyo", None),
])
def test_what_a_claim_says_beyond_its_text_is_found_in_the_quote(claim: str,
                                                                 clause: str | None) -> None:
    stated = normalise("Putin offered to give Japan back two islands during Abe's visit")
    assert source_clause(normalise(claim), stated, QUOTE) == clause


TRADE_QUOTE = ("Kazakhstan ranks fifth among buyers of Uzbek goods and does not make the top "
               "five in its imports.")


@pytest.mark.parametrize(("claim", "clause"), [
    # The clause on the claim's side of trade, and none on the other side alone.
    ("kazakhstan does not make the top five of uzbek imports",
     "does not make the top five in its imports"),
    ("kazakhstan does not make the top five of uzbek exports", None),
    ("kazakhstan is not in the top five for what uzbekistan exports", None),
])
def test_a_clause_on_the_other_side_of_trade_is_not_what_a_claim_says(
        claim: str, clause: str | None) -> None:
    stated = normalise("Kazakhstan ranks fifth among buyers of Uzbek goods")
    assert source_clause(normalise(claim), stated, TRADE_QUOTE) == clause


@pytest.mark.parametrize(("claim", "verdict"), [
    ("so did putin's kuril offer to abe actually lead to a breakthrough?", Verdict.FALSE),
    ("Putin's island offer during Abe's visit did not lead to any breakthrough", Verdict.TRUE),
    ("Putin's offer of islands to Abe never yielded a breakthrough", Verdict.TRUE),
])
def test_the_claims_further_words_are_read_against_the_quote(claim: str, verdict: Verdict,
                                                             checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert (check.fact and check.fact.id, check.verdict) == ("kuril-islands-offer", verdict)


@pytest.mark.parametrize(("word", "actor"), [
    ("egyptian", "egypt"), ("indonesians", "indonesia"), ("nigerias", "nigeria"),
    ("african", "africa"), ("qatari", "qatar"), ("georgian", "georgia"), ("kremlin", "russia"),
    ("uzbek", "uzbekistan"), ("tajik", "tajikistan"), ("turkmen", "turkmenistan"),
    # Analysts' shorthand for the two states: the Russian Federation, the People's Republic.
    ("rf", "russia"), ("rfs", "russia"), ("prc", "china"),
    ("cairo", None), ("carol", None),
    ("investment", None)])
def test_the_countries_the_source_names_are_actors(word: str, actor: str | None) -> None:
    # A claim that gives Egypt's order to Indonesia swaps two actors, as one about China and
    # Russia does; one about Uzbekistan is not about a fact on Kazakhstan.
    assert actor_of(word) == actor


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), [
    ("the RF economy is larger than the Chinese one", "china-economy-seven-times",
     Verdict.FALSE),
    ("China's economy is many times bigger than the RF's", "china-economy-seven-times",
     Verdict.TRUE),
    ("Beijing put about $70bn into the RF over 2014-18", "china-fdi-24-billion", Verdict.FALSE),
])
def test_the_russian_federation_abbreviated_is_russia(claim: str, fact_id: str, verdict: Verdict,
                                                       checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert (check.fact and check.fact.id, check.verdict) == (fact_id, verdict)


# Everyday wordings of a fact the pack's phrasings must reach: "overblown" talk of an alliance,
# economies "becoming interdependent", a frontier "forced on" a neighbour, a "first trip", a
# deal that "went through".
EVERYDAY_WORDINGS = [
    ("honestly the alliance story is overblown, their cooperation is underwhelming on closer "
     "inspection", "alliance-exaggerated", Verdict.TRUE),
    ("so Power of Siberia means both economies are becoming interdependent",
     "pipeline-interdependence", Verdict.MISLEADING),
    ("a good part of the frontier was forced on a weaker China by imperial Russia back then",
     "border-imposed-by-russia", Verdict.TRUE),
    ("xi's first trip as president was to london", "xi-first-visit-moscow", Verdict.FALSE),
    ("so the kuril islands deal with tokyo went through in the end", "kuril-islands-returned",
     Verdict.FALSE),
    # A rise told as "up on" the year before, the figure wrong or right.
    ("bilateral trade was up like 40 percent on 2017", "trade-growth-15-percent", Verdict.FALSE),
    ("trade was up roughly 15% on 2017 levels", "trade-growth-15-percent", Verdict.TRUE),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), EVERYDAY_WORDINGS)
def test_a_claim_in_everyday_words_reaches_its_fact(claim: str, fact_id: str, verdict: Verdict,
                                                    checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert (check.fact and check.fact.id, check.verdict) == (fact_id, verdict)


# claim, source sentence, whether the claim states plainly what the source only hedges
HEDGED = [
    ("the fans resented the new kit", "a design that the fans likely resented", True),
    ("the fans probably resented the new kit", "a design that the fans likely resented", False),
    ("the fans may have resented the new kit", "a design that the fans likely resented", False),
    ("the club considered buying 12 players",
     "the club has reportedly considered buying 12 players", True),
    ("the club reportedly considered buying 12 players",
     "the club has reportedly considered buying 12 players", False),
    # What the source does not hedge, the claim may state.
    ("the club bought 12 players", "the club has reportedly considered buying 12 players",
     False),
    ("the mayor opened the bridge", "the mayor opened the bridge in May", False),
    # "likely to" hedges nothing the claim could name.
    ("the club will sign him", "the club is not likely to sign him", False),
    # Another word of the hedged word's family states it as plainly.
    ("the fans were furious about the new kit", "a design that the fans likely resented", True),
    ("the fans were annoyed by the new kit", "a design that the fans likely resented", True),
    ("did the fans get mad about the new kit", "a design that the fans likely resented", True),
    ("the fans were pissed off by the new kit", "a design that the fans likely resented", True),
    # A deed the source calls likely: stated by its verb, not by the source's own noun, and
    # kept hedged by a fear of it.
    ("the deal died because the supplier was spying",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", True),
    ("the supplier got caught spying",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", True),
    ("the board cancelled the deal over espionage",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", False),
    ("fearing espionage the board cancelled the deal",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", False),
    ("the board thought the supplier would spy",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", False),
    # "Inspired, if not engineered": the stronger word is hedged; the believers keep it so.
    ("the league rigged the draw",
     "the fans see the draw as league-influenced, if not league-rigged", True),
    ("the fans think the league rigged the draw",
     "the fans see the draw as league-influenced, if not league-rigged", False),
    ("the league influenced the draw",
     "the fans see the draw as league-influenced, if not league-rigged", False),
    # A fright or a way of seeing it keeps the source's hedge: "freaked out about spying",
    # "see the draw as league-rigged".
    ("the board freaked out about the supplier spying and cancelled the deal",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", False),
    ("the board panicked over spying by the supplier",
     "the board was alarmed by the likelihood of espionage and cancelled the deal", False),
    ("the fans see the draw as basically league-rigged",
     "the fans see the draw as league-influenced, if not league-rigged", False),
    ("the fans view the whole draw as rigged by the league",
     "the fans see the draw as league-influenced, if not league-rigged", False),
    # Told as heard ("apparently", "I heard", "someone said"), a claim keeps a source's
    # "reportedly"; not a source's "likely", nor one that calls something likely besides.
    ("apparently the club has considered buying 12 players",
     "the club has reportedly considered buying 12 players", False),
    ("i heard the club considered buying 12 players",
     "the club has reportedly considered buying 12 players", False),
    ("someone said the club considered buying 12 players",
     "the club has reportedly considered buying 12 players", False),
    ("the club considered buying 12 players",
     "the club has reportedly considered buying 12 players", True),
    ("apparently the fans resented the new kit", "a design that the fans likely resented",
     True),
    ("apparently the coach's admiration for the owner comes from the debts he paid",
     "the coach's alleged admiration for the owner likely stems from the debts he paid", True),
    # Another word of the same feeling states it as plainly, and so does its denial.
    ("the fans were irked by the new kit", "a design that the fans likely resented", True),
    ("the fans weren't bothered by the new kit", "a design that the fans likely resented",
     True),
    ("the fans were probably upset by the new kit", "a design that the fans likely resented",
     False),
    ("the fans were delighted by the new kit", "a design that the fans likely resented", False),
]


@pytest.mark.parametrize(("claim", "source", "hedged"), HEDGED, ids=[c for c, _, _ in HEDGED])
def test_a_claim_that_drops_the_sources_hedge(claim: str, source: str, hedged: bool) -> None:
    assert asserts_hedged(normalise(claim), normalise(source)) is hedged


# A claim that foretells what a fact tells as done: the source cannot settle what is to come.
# Told as done, or against a fact that itself foretells or tells a plan, it is no forecast.
_DONE = ("the council sold the old library to a developer",
         "did the council sell the library off")
FORETOLD = [
    ("the council will sell the old library to a developer", _DONE, True),
    ("the council is going to sell the library off next spring", _DONE, True),
    ("the council's about to sell the old library", _DONE, True),
    ("they'll sell the library to a developer any day now", _DONE, True),
    ("the council sold the old library to a developer", _DONE, False),
    ("the council will sell the old library", ("the council will sell the old library",),
     False),
    ("the council will sell the old library",
     ("the council planned to sell the old library",), False),
]


FORETELLING = [
    ("the club will sign the striker", True),
    ("the club's going to sign the striker", True),
    ("the club is set to sign the striker", True),
    ("they'll sign him any day now", True),
    ("the club signed the striker", False),
    ("the club was willing to sign the striker", False),
    # A plan as it stood then foretells nothing.
    ("the club was gonna sign the striker", False),
    ("the clubs were going to sign the striker", False),
    ("the club is gonna sign the striker", True),
]


@pytest.mark.parametrize(("claim", "foretelling"), FORETELLING, ids=[c for c, _ in FORETELLING])
def test_a_claim_that_foretells(claim: str, foretelling: bool) -> None:
    assert foretells(normalise(claim)) is foretelling


@pytest.mark.parametrize(("claim", "texts", "foretold"), FORETOLD,
                         ids=[c for c, _, _ in FORETOLD])
def test_a_forecast_of_what_a_fact_tells_as_done(claim: str, texts: tuple[str, ...],
                                                 foretold: bool) -> None:
    assert foretells_done(normalise(claim), tuple(normalise(t) for t in texts)) is foretold


# A false fact's deed told as done, the source telling it as meant: a claim telling it as
# meant, by the fact's doer, states the source's correction.
_DONE = "india bought the tanks"
_MEANT_QUOTE = "india decided to buy tanks from the firm then suddenly the deal was off"
TELLS_THE_PLAN = [
    ("india decided to buy the tanks", _DONE, _MEANT_QUOTE, True),
    ("india was trying to buy tanks from the firm", _DONE, _MEANT_QUOTE, True),
    ("new delhi originally planned to buy the tanks", _DONE, _MEANT_QUOTE, True),
    # An offer is meant, not done, and so is the possibility the source holds out.
    ("india floated buying the tanks", _DONE,
     "india held out the possibility of buying tanks but nothing came of it", True),
    # "Held out" an offer is one too; "held out against" resists.
    ("india held out buying the tanks", _DONE,
     "india held out the possibility of buying tanks but nothing came of it", True),
    ("india held out against buying the tanks", _DONE,
     "india held out the possibility of buying tanks but nothing came of it", False),
    # The deed told as done is the fact's false claim itself.
    ("india bought the tanks from the firm", _DONE, _MEANT_QUOTE, False),
    # Another doer meant it: the deed is turned around.
    ("the firm was trying to buy tanks from india", _DONE, _MEANT_QUOTE, False),
    # A report is no plan.
    ("india reportedly bought the tanks", _DONE, _MEANT_QUOTE, False),
    # A source that tells no plan corrects nothing a plan says.
    ("india decided to buy the tanks", _DONE, "india never bought tanks", False),
    # A fact whose own claim is a plan is read as any other.
    ("india decided to buy the tanks", "india planned to buy the tanks", _MEANT_QUOTE, False),
    # A source that names the plan by its noun ("a pledge") tells it as meant too.
    ("india pledged to buy the tanks", _DONE, "so did a pledge by india to buy tanks", True),
    # The plan's word said of the sum, its doer far before it: the deed is told as done.
    ("india did hand over all of the money it pledged", _DONE,
     "so did a pledge by india to buy tanks", False),
    # A further clause that insists the deed was done.
    ("india pledged to buy the tanks and actually bought them", _DONE,
     "so did a pledge by india to buy tanks", False),
    # So does one that tells the pledge kept in full; one that says it was not still tells
    # the plan.
    ("india pledged money for the tanks and paid every cent", _DONE,
     "so did a pledge by india to buy tanks", False),
    ("india pledged money for the tanks and came through", _DONE,
     "so did a pledge by india to buy tanks", False),
    ("india pledged money for the tanks but never came through", _DONE,
     "so did a pledge by india to buy tanks", True),
    ("india pledged the money for the tanks and paid every cent", _DONE,
     "so did a pledge by india to buy tanks", False),
    ("india pledged the money for the tanks and delivered it in full", _DONE,
     "so did a pledge by india to buy tanks", False),
    # The doer named as the source names it, beside its country ("the Tata India group").
    ("tata wanted to buy the tanks", "an indian firm bought the tanks",
     "a plan for the tata india group to buy tanks fell through", True),
    # A name the source gives to someone else, far from the doer's country.
    ("acme wanted to buy the tanks", "an indian firm bought the tanks",
     "a plan for an indian firm to buy tanks from the maker acme fell through", False),
    # One who would be the buyer meant to buy: a plan, as "wanted to" tells it.
    ("tata india was the would-be buyer in the failed tank deal", "an indian firm bought the tanks",
     "a plan for the tata india group to buy tanks fell through", True),
    ("india was the would-be purchaser of the tanks", _DONE, _MEANT_QUOTE, True),
    # "Would be" before anything but one side of a deal tells no plan.
    ("india would be the buyer of the tanks", _DONE, _MEANT_QUOTE, False),
    # The doer told as the owner of the plan ("tata's bid") is the one who meant it.
    ("tata's bid was to take the tanks", "an indian firm bought the tanks",
     "a plan for the tata india group to buy tanks fell through", True),
    ("tata's bid was for the tanks", "an indian firm bought the tanks",
     "a plan for the tata india group to buy tanks fell through", True),
    # "Was going to" tells the plan, as "wanted to" does.
    ("an indian firm was going to buy the tanks", "an indian firm bought the tanks",
     "a plan for the tata india group to buy tanks fell through", True),
    ("india was gonna buy the tanks", _DONE, _MEANT_QUOTE, True),
    # "Was set to buy" tells a deal all but made; "was going for a stake" one sought.
    ("india was set to buy the tanks", _DONE, _MEANT_QUOTE, True),
    ("tata was going for a 14% stake in the tank maker", "an indian firm bought the tanks",
     "a plan for the tata india group to buy a stake in the tank maker fell through", True),
    ("tata was after a stake in the tank maker", "an indian firm bought the tanks",
     "a plan for the tata india group to buy a stake in the tank maker fell through", True),
    # "Was after" anything but a stake or a deal tells no plan.
    ("tata was after the tanks", "an indian firm bought the tanks",
     "a plan for the tata india group to buy tanks fell through", False),
]


@pytest.mark.parametrize(("claim", "fact_claim", "quote", "told"), TELLS_THE_PLAN,
                         ids=[c for c, _, _, _ in TELLS_THE_PLAN])
def test_a_claim_that_tells_a_false_deed_as_the_plan_the_source_tells(
        claim: str, fact_claim: str, quote: str, told: bool) -> None:
    assert tells_the_plan(normalise(claim), normalise(fact_claim), normalise(quote)) is told


# claim, source -> whether the claim tells the stand against a deal the source tells before
# the deal's ending, in the source's own word
_STOOD_AGAINST = "the fans dared to challenge the club's decision and managed to reverse it"
OPPOSITION_TOLD = [
    ("the fans challenged the club's decision", _STOOD_AGAINST, True),
    ("the fans challenged the stadium plan", _STOOD_AGAINST, True),
    ("the fans never challenged the club's decision", _STOOD_AGAINST, True),
    # Resisting, opposing or fighting a decision is standing against it, as challenging is.
    ("the fans resisted the club's purchase", _STOOD_AGAINST, True),
    ("the fans didn't resist the club's stadium purchase", _STOOD_AGAINST, True),
    ("the fans opposed the stadium plan", _STOOD_AGAINST, True),
    ("the fans didn't dare challenge the club on the stadium decision", _STOOD_AGAINST, True),
    # A word that doubts, not stands against, or the ending told too: read as they are.
    ("the fans questioned the club's decision", _STOOD_AGAINST, False),
    ("the fans challenged the club's decision and got it reversed", _STOOD_AGAINST, False),
    ("the fans challenged the referee", _STOOD_AGAINST, False),
]


@pytest.mark.parametrize(("claim", "source", "told"), OPPOSITION_TOLD)
def test_a_stand_against_a_deal_told_as_the_source_tells_it(claim: str, source: str,
                                                            told: bool) -> None:
    assert opposition_told(normalise(claim), normalise(source)) is told


def test_endings_of_a_deal_are_set_aside() -> None:
    assert endings_aside(normalise("the fans managed to overturn the club's decision")) \
        == "the fans managed to"
    assert endings_aside(normalise("the fans killed time")) == "the fans killed time"


# raw claim, fact text -> the claim without its clauses that end a deal the fact does not name
_BRIDGE_COST = "the bridge cost the city 80 million"
DEAL_ENDINGS_ASIDE = [
    ("the bridge cost the city $80m, the $20m state pledge fell through",
     _BRIDGE_COST, "the bridge cost the city 80 million usd"),
    ("the state's $20m pledge fell through; the bridge cost the city $80m",
     _BRIDGE_COST, "the bridge cost the city 80 million usd"),
    # A fact that speaks of a deal, a claim of one clause, or nothing left of the fact's matter.
    ("the bridge cost the city $80m, the $20m state pledge fell through",
     "the state pledged 20 million for the bridge", None),
    ("the bridge deal fell through", _BRIDGE_COST, None),
    ("the ferry is new, the state pledge fell through", _BRIDGE_COST, None),
    ("re the bridge: the state pledged $20m for the bridge and that fell through",
     _BRIDGE_COST, None),
]


@pytest.mark.parametrize(("raw", "fact", "kept"), DEAL_ENDINGS_ASIDE)
def test_a_deal_ended_in_a_clause_of_its_own(raw: str, fact: str, kept: str | None) -> None:
    assert deal_ending_aside(raw, normalise(fact)) == kept


# claim -> the claim without a figure it sets aside after one of the same kind it gives
FIGURES_SET_ASIDE = [
    ("the bridge is 800 metres long, not 1,200", "the bridge is 800 metres long"),
    ("the ferry took 40% of the traffic and not 60%", "the ferry took 40 percent of the traffic"),
    ("the strike lasted weeks, not just two days like I thought", "the strike lasted weeks"),
    # No figure of that kind before it, or none set aside: read whole.
    ("the mayor sold the ferry, not 3 buses", "the mayor sold the ferry not 3 buses"),
    ("the bridge opened in 2019, not two", "the bridge opened in 2019 not two"),
    ("the bridge is not 1,200 metres long", "the bridge is not 1200 metres long"),
]


@pytest.mark.parametrize(("claim", "kept"), FIGURES_SET_ASIDE)
def test_a_figure_set_aside_after_the_claimed_one(claim: str, kept: str) -> None:
    assert figure_set_aside(normalise(claim)) == kept


# raw claim -> the claim with the subject of a denial after a comma told, where it has none
SUBJECTS_TOLD = [
    ("the club stayed up, didn't go down", "the club stayed up, it didn't go down"),
    ("the mayor resigned, never ran again", "the mayor resigned, it never ran again"),
    ("the mayor resigned, she never ran again", "the mayor resigned, she never ran again"),
    ("the mayor resigned and didn't run again", "the mayor resigned and didn't run again"),
    # A denial in brackets after the claim glosses it as one after a comma does.
    ("the club stayed up (did NOT go down)", "the club stayed up, it did NOT go down)"),
    ("the club stayed up (the mayor never asked)", "the club stayed up (the mayor never asked)"),
]


@pytest.mark.parametrize(("raw", "told"), SUBJECTS_TOLD)
def test_a_denial_after_a_comma_is_told_of_the_subject_before(raw: str, told: str) -> None:
    assert subject_told(raw) == told


PLANS_NOT_CARRIED_OUT = [
    ("the city pledged 5 million then didnt follow through", "the city pledged 5 million then"),
    ("the city promised the money but never actually paid", "the city promised the money but"),
    ("the city never pledged the money", "the city never pledged the money"),
    ("the city did not deliver the money it promised", "the city the money it promised"),
]


@pytest.mark.parametrize(("claim", "read"), PLANS_NOT_CARRIED_OUT)
def test_a_plan_not_carried_out_is_told_without_that_denial(claim: str, read: str) -> None:
    assert plan_not_carried_out(claim) == read


SOURCE_DENIALS = [
    # The claim's denial is the quote's: the clause denying it is given.
    ("the mayor floated a new stadium, no agreement", "the mayor floated a new stadium",
     "The mayor floated a new stadium, though it did not lead to an agreement.",
     "though it did not lead to an agreement"),
    # The text matched denies already, or the claim denies something else: none.
    ("the mayor did not float a stadium, no agreement", "the mayor did not float a stadium",
     "The mayor floated a new stadium, though it did not lead to an agreement.", None),
    ("the mayor never floated a new stadium", "the mayor floated a new stadium",
     "The mayor floated a new stadium, though it did not lead to an agreement.", None),
    ("the mayor floated a new stadium, no agreement", "the mayor floated a new stadium", "", None),
]


@pytest.mark.parametrize(("claim", "stated", "source", "clause"), SOURCE_DENIALS)
def test_the_sources_clause_denying_what_the_claim_denies(claim: str, stated: str, source: str,
                                                          clause: str | None) -> None:
    assert denied_in_source(normalise(claim), normalise(stated), source) == clause


# message -> the message without the headers of pasted chat-log lines
LOG_HEADERS = [
    ("[19:02] ferry_fan: the ferry sails to Oslo every Tuesday",
     "the ferry sails to Oslo every Tuesday"),
    ("[7:41 PM] Dana: the mayor resigned in June", "the mayor resigned in June"),
    ("[07:41:09] the mayor resigned in June", "the mayor resigned in June"),
    ("mayor_watch99: the mayor resigned in June", "the mayor resigned in June"),
    ("> [19:02] ferry_fan: the ferry sails on Tuesdays\nnope, Mondays",
     "> the ferry sails on Tuesdays\nnope, Mondays"),
    # A word before a colon is a heading or a speaker the claim may name, not a handle.
    ("Mayor: the budget is balanced", "Mayor: the budget is balanced"),
    ("the meeting ran late [19:02]: minutes to follow",
     "the meeting ran late [19:02]: minutes to follow"),
    # A name signed at the end of a message is its sender, not part of the claim.
    ("the library shuts at five on Saturdays now. - Marjorie",
     "the library shuts at five on Saturdays now."),
    ("the bridge reopened in May \u2014 Tom", "the bridge reopened in May"),
    # ... but a dash before an actor's name, or before more words, signs nothing.
    ("the trade deal was signed - Japan", "the trade deal was signed - Japan"),
    ("the vote passed - Council agreed", "the vote passed - Council agreed"),
    # A message that opens by addressing the bot is the claim after the address.
    ("factbot: the ferry sails to Oslo every Tuesday", "the ferry sails to Oslo every Tuesday"),
    ("factbot, the mayor resigned in June", "the mayor resigned in June"),
    ("@factbot the mayor resigned in June", "the mayor resigned in June"),
    ("@FactBot: is it true the mayor resigned in June?", "is it true the mayor resigned in June?"),
    ("hey bot, the mayor resigned in June", "the mayor resigned in June"),
    ("hey factbot the mayor resigned in June", "the mayor resigned in June"),
    ("ok bot: the mayor resigned in June", "the mayor resigned in June"),
    ("bot, the mayor resigned in June", "the mayor resigned in June"),
    ("Bot - the mayor resigned in June", "the mayor resigned in June"),
    # ... but a bot the claim is about is no address.
    ("bot accounts spread the story that the mayor resigned",
     "bot accounts spread the story that the mayor resigned"),
    ("hey bots are everywhere these days", "hey bots are everywhere these days"),
]


@pytest.mark.parametrize(("text", "plain"), LOG_HEADERS, ids=[t for t, _ in LOG_HEADERS])
def test_pasted_log_headers_are_cut(text: str, plain: str) -> None:
    assert unlogged(text) == plain


# message -> its firm pieces: a thing put first as the topic ("what about the ferry, ...")
# is what a pronoun of the claim after it stands for.
TOPICS_PUT_FIRST = [
    ("ok but what about the ferry, didn't the town sell it to the island?",
     ["didn't the town sell the ferry to the island?"]),
    ("what about the ferry? the town sold it to the island",
     ["the town sold the ferry to the island"]),
    ("as for the old bridges, the council repaired them in May",
     ["the council repaired the old bridges in May"]),
    # A thing put first without a lead-in, then a question on it, is its topic too.
    ("the ferry, didn't the town sell it to the island?",
     ["didn't the town sell the ferry to the island?"]),
    ("The old bridges, didn't the council repair them in May?",
     ["didn't the council repair The old bridges in May?"]),
    # A claim with no pronoun for the topic is read as it stands.
    ("what about the ferry, the town runs three boats",
     ["what about the ferry, the town runs three boats"]),
    # Without a lead-in, only a question after the comma takes the thing as its topic.
    ("the ferry, the town sold it to the island", ["the ferry, the town sold it to the island"]),
]


@pytest.mark.parametrize(("text", "pieces"), TOPICS_PUT_FIRST,
                         ids=[t for t, _ in TOPICS_PUT_FIRST])
def test_a_topic_put_first_is_what_its_pronoun_stands_for(text: str, pieces: list[str]) -> None:
    assert firm_pieces(text) == pieces


# message -> the words of matter in it: chat's reactions to a claim ("wild", "classic",
# "yikes") say nothing of what it claims.
REACTIONS = [
    ("the mayor resigned in june, wild", ["mayor", "resigned", "june"]),
    ("yikes the ferry sails on tuesdays now. classic", ["ferry", "sails", "tuesdays", "now"]),
    ("whoa the museum reopened, brutal queue tho", ["museum", "reopened", "queue"]),
]


@pytest.mark.parametrize(("text", "words"), REACTIONS, ids=[t for t, _ in REACTIONS])
def test_reactions_to_a_claim_are_not_its_matter(text: str, words: list[str]) -> None:
    assert content_words(normalise(text)) == words


# message -> the words of matter in it: "no longer" and "anymore" tell a denial holds from
# some time on, as "not" denies; "longer" elsewhere ("lasted longer") is matter.
DENIALS_SINCE = [
    ("the ferry no longer sails on tuesdays", ["ferry", "sails", "tuesdays"]),
    ("the museum isn't free anymore", ["museum", "free"]),
    ("the strike lasted longer than planned", ["strike", "lasted", "longer", "planned"]),
]


@pytest.mark.parametrize(("text", "words"), DENIALS_SINCE, ids=[t for t, _ in DENIALS_SINCE])
def test_a_denial_since_some_time_is_no_matter(text: str, words: list[str]) -> None:
    assert content_words(normalise(text)) == words


# text -> the role its nationality adjective gives the actor: on what a verb of buying or selling
# exchanges it names the owner, as "Russia's" does; elsewhere word order gives the role.
NATIONALITY_ROLES = [
    ("china buys russian electronics", "russia", Role.OWNER),
    ("china buys russias electronics", "russia", Role.OWNER),
    ("so china is buying up russian electronics now", "russia", Role.OWNER),
    ("india imports lots of cheap russian oil", "russia", Role.OWNER),
    ("pakistan got chinese jets", "china", Role.OWNER),
    # No exchange, or the adjective names who acts: word order tells.
    ("chinese troops ambushed a soviet patrol", "russia", Role.OBJECT),
    ("russian troops crossed into china", "russia", Role.SUBJECT),
    ("chinese investment in russia", "russia", Role.OBJECT),
    ("chinese investment in russia", "china", Role.SUBJECT),
]


@pytest.mark.parametrize(("text", "actor", "role"), NATIONALITY_ROLES,
                         ids=[f"{t}-{a}" for t, a, _ in NATIONALITY_ROLES])
def test_a_nationality_adjective_on_what_is_exchanged_names_its_owner(text: str, actor: str,
                                                                      role: Role) -> None:
    told = mentions(text)
    assert told is not None
    assert next(m.role for m in told if m.actor == actor) is role


# "China buys Russian electronics" turns who sells to whom as "China buys Russia's
# electronics" does; the adjective on another thing says nothing of the exchange.
NATIONALITY_EXCHANGES = [
    ("China buys Russian electronics", "china-sales-electronics", Verdict.FALSE),
    ("China buys Russia's electronics", "china-sales-electronics", Verdict.FALSE),
    ("China imports loads of Russian electronics and machinery", "china-sales-electronics",
     Verdict.FALSE),
    ("Russia buys Chinese machinery and electronics", "china-sales-electronics", Verdict.TRUE),
    ("Pakistan buys Chinese weapons", "pakistan-top-chinese-arms-customer", Verdict.TRUE),
    ("Chinese troops ambushed a Soviet patrol", "border-clash-1969", Verdict.TRUE),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), NATIONALITY_EXCHANGES,
                         ids=[c for c, _, _ in NATIONALITY_EXCHANGES])
def test_a_nationality_adjective_reads_as_a_possessive(claim: str, fact_id: str,
                                                      verdict: Verdict,
                                                      checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert (check.fact and check.fact.id, check.verdict) == (fact_id, verdict)


# A figure in words reads as the same figure in digits: a wrong stake is stated, not denied.
FIGURES_IN_WORDS = [
    ("the cefc deal was for a thirty percent stake in rosneft", False),
    ("the cefc deal was for a 30 percent stake in rosneft", False),
    ("the rosneft deal with cefc was for a twenty five percent stake", False),
    ("CEFC was going to take a forty percent stake in Rosneft", False),
]


@pytest.mark.parametrize(("claim", "negated"), FIGURES_IN_WORDS,
                         ids=[c for c, _ in FIGURES_IN_WORDS])
def test_a_figure_in_words_is_stated_as_in_digits(claim: str, negated: bool,
                                                 checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert (check.fact and check.fact.id, check.verdict, check.negated) == (
        "cefc-rosneft-fell-through", Verdict.FALSE, negated)


# claim, fact -> whether the claim has the deal ended by one the fact names only as a party
_ENDED = "the club's board killed a deal to buy acme kits"
ENDER_SWAPPED: list[tuple[str, str, bool]] = [
    ("acme pulled out of the deal with the club", _ENDED, True),
    ("it was acme that backed out of the kit deal", _ENDED, True),
    ("the board killed the acme deal", _ENDED, False),
    # The deal itself is what is ended, not who ended it.
    ("fans got the acme deal killed", _ENDED, False),
    # An ender the fact also names in the claim tells them apart.
    ("the board wanted acme kits and acme pulled out", _ENDED, False),
]


@pytest.mark.parametrize(("claim", "fact", "swapped"), ENDER_SWAPPED,
                         ids=[c for c, _, _ in ENDER_SWAPPED])
def test_a_deal_ended_by_another_party(claim: str, fact: str, swapped: bool) -> None:
    assert ender_swapped(normalise(claim), normalise(fact)) is swapped


# claim, fact text -> whether the claim tells many of what the text holds to a small count
MANY_WHERE_FEW: list[tuple[str, str, bool]] = [
    ("the club sent many players to the cup", "the club sent just 12 players to the cup", True),
    ("the club sent a huge number of fans", "the club sent only 300 fans", True),
    ("the club fielded lots of young soldiers", "the club fielded just 3,200 troops", True),
    # "How many" asks; a count the text does not hold small tells nothing.
    ("how many soldiers did the club send", "the club sent just 3,200 troops", False),
    ("the club sent many soldiers", "the club sent 3,200 troops", False),
]


@pytest.mark.parametrize(("claim", "text", "told"), MANY_WHERE_FEW,
                         ids=[c for c, _, _ in MANY_WHERE_FEW])
def test_many_where_the_source_counts_few(claim: str, text: str, told: bool) -> None:
    assert many_where_few(normalise(claim), (normalise(text),)) is told


_HARBOURS = Fact(
    id="harbours", claim="The bank lent $70 billion to the ports of the south",
    verdict=Verdict.TRUE,
    summary="While it lent no more than $9 billion to the north, the bank lent $70 billion to "
            "the ports of the south.",
    source=Source(title="t"),
    quote="The bank lent $70 billion to the ports of the south.",
    figures=(Figure("$70 billion", "loans to the ports of the south"),))

# claim, whether a second sum contradicts the source: one the summary gives set beside the
# fact's own is a comparison, not a wrong figure
SUMS_SET_BESIDE = [
    ("the southern ports got $70bn vs $9bn for the north", False),
    ("the bank lent $70 billion to the south, compared with 9 billion to the north", False),
    ("the southern ports got $9bn from the bank", True),       # the fact's own figure left out
    # a second sum the summary does not give
    ("the bank lent $70 billion to the south and $5 billion to the north", True),
    ("the southern ports got $70bn vs $12bn for the north", True),
]


@pytest.mark.parametrize(("claim", "conflict"), SUMS_SET_BESIDE,
                         ids=[c for c, _ in SUMS_SET_BESIDE])
def test_a_sum_the_summary_gives_set_beside_the_facts_own_contradicts_nothing(
        claim: str, conflict: bool) -> None:
    assert bool(figure_conflicts(claim, _HARBOURS)) is conflict
