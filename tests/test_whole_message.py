"""A message is checked whole as well as in pieces: its best fact, its claims, its candidates.

A post that makes one claim over several sentences is answered from the whole message when the
whole matches clearly better than any piece; a message with several claims still gets one check
per claim; the candidates (`--top K`) are the whole message's, as the matcher ranks them.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from checker_support import BUNDLED
from claim_table import load_offtopic
from click.testing import CliRunner
from pack_files import pack_text

from bot.chat.base import FactChecker
from bot.cli.main import main
from bot.core.checker import (
    DEFAULT_THRESHOLD,
    WHOLE_MARGIN,
    _answer,
    _beside,
    _best_per_fact,
    _Choice,
    _figure_opening,
    _figure_tail,
    _measure_told,
    _names_thing_before,
    _nearly,
    _opens_clause,
    _other_opening,
    _refers_back,
    _related_beside,
    _segment,
    _shared_subject,
    _told_apart,
    check_claim,
    check_message,
)
from bot.core.models import Check, FigureConflict, Match, Reply, Verdict
from bot.core.normalise import clean_text
from bot.core.splitting import Piece, soft_atoms

ZOO = """\
- id: pandas-bamboo
  claim: "Giant pandas eat bamboo almost all day long"
  verdict: true
  summary: "Pandas spend most of the day eating bamboo."
- id: pandas-endangered
  claim: "Giant pandas are no longer endangered"
  verdict: true
  summary: "Pandas were moved from endangered to vulnerable in 2016."
- id: koalas-sleep
  claim: "Koalas sleep around twenty hours every single day"
  verdict: true
  summary: "Koalas sleep most of the day."
- id: koalas-eucalyptus
  claim: "Koalas eat only eucalyptus leaves"
  verdict: misleading
  summary: "Koalas eat mostly eucalyptus, and some other leaves."
- id: sloths-slow
  claim: "Sloths move so slowly that algae grow on their fur"
  verdict: true
  summary: "Algae grow in sloth fur."
- id: sloths-slowest
  claim: "Sloths are the slowest animals on the planet"
  verdict: unproven
  summary: "Sloths are among the slowest mammals."
"""

WHOLE = "whole"  # the check's claim is the whole message


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("zoo") / "zoo.yaml"
    path.write_text(pack_text(ZOO, pack="zoo"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def zoo_checker(zoo: Path) -> FactChecker:
    return FactChecker.from_paths([zoo], matcher="lexical")


def _facts(reply: Reply) -> list[str | None]:
    return [c.fact.id if c.fact else None for c in reply.checks]


def _piece_scores(reply: Reply) -> list[float]:
    return [c.score for c in reply.checks if c.claim != clean_text(reply.input)]


# Post -> the facts of the reply's checks in order, and what the first check's claim is
# (WHOLE: the whole message; otherwise the piece it names).
CASES: list[tuple[str, list[str], str]] = [
    # One claim over several sentences. No piece names the fact (the first is about another,
    # the rest are too short); the whole does, clearly better, and answers first.
    ("sloths are slow animals. they move. so slowly. algae grow. on their fur",
     ["sloths-slow", "sloths-slowest"], WHOLE),
    # Every piece finds the fact, partly; the whole matches it clearly better and answers.
    ("Sloths, you know. They move so slowly that stuff grows. Algae on their fur.",
     ["sloths-slow"], WHOLE),
    ("Koalas are cute. They sleep. Around twenty hours every single day, seriously.",
     ["koalas-sleep"], WHOLE),
    ("Giant pandas are amazing. They eat bamboo. Almost all day long, every day!",
     ["pandas-bamboo"], WHOLE),
    # The first piece found another fact; the whole sides with the later one, clearly.
    ("sloths are slow animals lol. they move so slowly, stuff grows on them. green algae, "
     "on the fur", ["sloths-slow", "sloths-slowest"], WHOLE),
    # Two distinct claims: one check each, in the order they come; the whole does not answer.
    ("Koalas eat only eucalyptus leaves. Sloths move so slowly that algae grow on their fur.",
     ["koalas-eucalyptus", "sloths-slow"], "Koalas eat only eucalyptus leaves."),
    ("Sloths are the slowest animals, right? They move so slowly... algae!! On their fur!!",
     ["sloths-slowest", "sloths-slow"], "Sloths are the slowest animals"),
    # The whole reads the "No:" as a denial of the second claim; the pieces read it right.
    ("Koalas eat only leaves. Eucalyptus? No: they sleep around twenty hours every single day.",
     ["koalas-eucalyptus", "koalas-sleep"], "Koalas eat only leaves."),
    ("Giant pandas are no longer endangered\nkoalas sleep around twenty hours every single day",
     ["pandas-endangered", "koalas-sleep"], "Giant pandas are no longer endangered"),
]


@pytest.mark.parametrize(("post", "facts", "first"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_whole_message_and_its_claims(post: str, facts: list[str], first: str,
                                          zoo_checker: FactChecker) -> None:
    reply = zoo_checker.check(post)
    assert _facts(reply) == facts
    assert reply.primary.claim == (clean_text(post) if first == WHOLE else first)
    if first == WHOLE:
        # It answers only when clearly better than every piece that matched.
        assert all(reply.primary.score >= s + WHOLE_MARGIN for s in _piece_scores(reply))


# Messages with several claims over the bundled pack: one check per claim, as before.
SEVERAL: list[tuple[str, list[str]]] = [
    ("Trade hit $100 billion in 2018. Putin and Xi have met over 25 times.",
     ["trade-2018-record", "putin-xi-met-25-times"]),
    ("Trade hit $100 billion in 2018. Putin and Xi have met over 25 times. "
     "China sent 3,200 soldiers to Vostok-2018.",
     ["trade-2018-record", "putin-xi-met-25-times", "vostok-chinese-forces"]),
    ("China voted against the UN resolution on Crimea\nRussia sold China the S-400",
     ["china-voted-against-crimea-resolution", "s400-sold-to-china"]),
    ("russia-china trade hit a record $100bn in 2018. also china directly invested no more "
     "than $24bn in russia 2014-2018", ["trade-2018-record", "china-fdi-24-billion"]),
]


# Two deeds "and" joins with one subject ("..., and recognized ..."): two claims when each
# states a fact of its own better than the two together do.
TWO_DEEDS: list[tuple[str, list[tuple[str, Verdict]]]] = [
    ("beijing abstained when the UN voted on crimea and recognized abkhazia as a state",
     [("china-abstained-crimea", Verdict.TRUE), ("china-recognized-abkhazia", Verdict.FALSE)]),
    ("china refused to recognize south ossetia and abstained in the UN vote over crimea",
     [("china-refused-abkhazia", Verdict.TRUE), ("china-abstained-crimea", Verdict.TRUE)]),
]


@pytest.mark.parametrize(("message", "checks"), TWO_DEEDS, ids=[m[:40] for m, _ in TWO_DEEDS])
def test_two_deeds_of_one_subject_are_two_claims(message: str,
                                                 checks: list[tuple[str, Verdict]],
                                                 checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


@pytest.mark.parametrize(("message", "facts"), SEVERAL, ids=[m[:40] for m, _ in SEVERAL])
def test_several_claims_still_get_one_check_each(message: str, facts: list[str],
                                                 checker: FactChecker) -> None:
    reply = checker.check(message)
    assert _facts(reply) == facts
    assert all(c.claim != clean_text(message) for c in reply.checks)
    assert {m.fact.id for m in reply.candidates} >= set(facts)


POSTS = [post for post, _, _ in CASES]


@pytest.mark.parametrize("post", POSTS, ids=[p[:40] for p in POSTS])
@pytest.mark.parametrize("top", [1, 2, 3, 5])
def test_candidates_are_the_whole_messages_ranking(post: str, top: int,
                                                   zoo_checker: FactChecker) -> None:
    reply = check_message(post, zoo_checker.matcher, top=top)
    ranking = [m.fact.id for m in zoo_checker.matcher.match(clean_text(post), limit=max(top, 5))]
    ids = [m.fact.id for m in reply.candidates]
    assert len(ids) == len(set(ids)), "each fact once"
    # The first `top`: the facts the reply answers with, then the whole message's best others,
    # in the matcher's order.
    answered = list(dict.fromkeys(c.fact.id for c in reply.checks if c.fact))[:top]
    others = [i for i in ranking if i not in answered][:top - len(answered)]
    head = ids[:top]
    assert set(head) == {*answered, *others}
    assert [i for i in head if i in ranking] == [i for i in ranking if i in head]
    # A fact's score is its best over the whole message and its claims.
    for m in reply.candidates:
        seen = [c.score for c in reply.checks if c.fact and c.fact.id == m.fact.id]
        assert m.score >= max(seen, default=0.0)


def test_candidates_do_not_change_equality(zoo_checker: FactChecker) -> None:
    post = POSTS[0]
    reply = zoo_checker.check(post)
    assert reply == Reply(input=reply.input, checks=reply.checks)


def _cli(*args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(main, ["check", *args], input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _cli_json(*args: str) -> dict[str, Any]:
    data = json.loads(_cli("--json", *args))
    assert isinstance(data, dict)
    return data


# Post -> its candidates with --top 2 (the whole message's, as the matcher ranks them), and the
# first piece that matched, whose nearest facts by score the CLI printed before.
CLI_CASES: list[tuple[str, list[str], str]] = [
    ("Sloths are the slowest animals, right? They move so slowly... algae!! On their fur!!",
     ["sloths-slow", "sloths-slowest"], "Sloths are the slowest animals"),
    ("sloths are slow animals. they move. so slowly. algae grow. on their fur",
     ["sloths-slow", "sloths-slowest"], "sloths are slow animals."),
]


@pytest.mark.parametrize(("post", "whole", "first_piece"), CLI_CASES,
                         ids=[c[0][:40] for c in CLI_CASES])
def test_cli_top_k_comes_from_the_whole_message(post: str, whole: list[str], first_piece: str,
                                                zoo: Path, zoo_checker: FactChecker) -> None:
    data = _cli_json("--top", "2", "--facts", str(zoo), post)
    assert [c["fact_id"] for c in data["candidates"]] == whole
    assert [m.fact.id for m in zoo_checker.matcher.match(clean_text(post), limit=2)] == whole
    piece = check_claim(first_piece, zoo_checker.matcher, top=2)
    assert piece.matched and [m.fact.id for m in piece.candidates[:2]] != whole
    # --jsonl prints the same for the line.
    (line,) = map(json.loads, _cli("--jsonl", "-", "--top", "2", "--facts", str(zoo),
                                   input=post + "\n").splitlines())
    assert line["candidates"] == data["candidates"]
    assert line["results"] == data["results"]


def test_cli_candidates_give_a_facts_best_score(zoo: Path) -> None:
    post = CLI_CASES[0][0]
    data = _cli_json("--top", "5", "--facts", str(zoo), post)
    scores = {c["fact_id"]: c["score"] for c in data["candidates"]}
    # The claim "They move so slowly..." matched sloths-slow at 0.58; the whole post, at 0.73.
    assert [r["fact_id"] for r in data["results"]] == ["sloths-slowest", "sloths-slow"]
    for result in data["results"]:
        assert scores[result["fact_id"]] >= result["score"]
    assert scores["sloths-slow"] > data["results"][1]["score"]


def _long_offtopic(size: int) -> list[str]:
    """Off-topic chat lines run together into posts of `size` sentences or lines."""
    lines = load_offtopic()
    joins = [". ", "\n", " "]
    return [joins[n % len(joins)].join(line.rstrip(".") for line in lines[i:i + size])
            for n, i in enumerate(range(0, len(lines) - size + 1, size))]


@pytest.mark.parametrize("size", [3, 6, 12])
def test_long_offtopic_posts_are_left_alone(size: int, checker: FactChecker) -> None:
    posts = _long_offtopic(size)
    answered = [p for p in posts if checker.check(p).matched]
    assert len(answered) <= 0.01 * len(posts), answered
    whole = [p for p in posts
             if any(c.claim == clean_text(p) and c.matched for c in checker.check(p).checks)]
    assert whole == []


T, F, C, M = Verdict.TRUE, Verdict.FALSE, Verdict.CONTEXT, Verdict.MISLEADING

# Checks of a message's claims as (fact, verdict, score) -> the ones its reply keeps: one a
# fact, the best-scoring, and a second when another claim gets the opposite verdict on it.
KEPT: list[tuple[list[tuple[str, Verdict, float]], list[int]]] = [
    ([("a", T, 0.7), ("a", F, 0.6)], [0, 1]),
    ([("a", F, 0.6), ("a", T, 0.7)], [0, 1]),
    ([("a", T, 0.7), ("a", T, 0.6)], [0]),
    ([("a", T, 0.6), ("a", C, 0.7)], [1]),
    ([("a", M, 0.7), ("a", T, 0.6)], [0]),
    ([("a", F, 0.6), ("b", T, 0.8), ("a", T, 0.9), ("a", F, 0.7)], [1, 2, 3]),
    ([("a", T, 0.9), ("a", F, 0.6), ("a", F, 0.7), ("b", F, 0.6)], [0, 2, 3]),
]


@pytest.mark.parametrize(("checks", "kept"), KEPT, ids=[str(c) for c, _ in KEPT])
def test_one_fact_answers_twice_only_with_opposite_verdicts(
        checks: list[tuple[str, Verdict, float]], kept: list[int]) -> None:
    base = BUNDLED.facts[0]
    made = [Check(claim=f"claim {i}", verdict=verdict, score=score,
                  fact=dataclasses.replace(base, id=fact))
            for i, (fact, verdict, score) in enumerate(checks)]
    assert _best_per_fact(made) == [made[i] for i in kept]


# Claims on one fact as (claim, verdict, read as a denial) -> the ones the reply keeps: a
# claim read as a denial with the opposite verdict of a part of it is one claim read twice, and
# the part read alone answers.
PARTS_KEPT: list[tuple[list[tuple[str, Verdict, bool]], list[int]]] = [
    ([("the mayor didn't open it in May, she did it in June", F, True),
      ("the mayor didn't open it in May", T, True)], [1]),
    ([("the mayor didn't open it in May", T, True),
      ("the mayor didn't open it in May, she did it in June", F, True)], [0]),
    # A clause added that says more, read as no denial, is a claim of its own.
    ([("the mayor opened it in June and closed the pool", F, False),
      ("the mayor opened it in June", T, False)], [0, 1]),
    # Two claims, neither a part of the other, keep both.
    ([("the mayor opened it in June", T, False), ("the mayor closed it in May", F, True)],
     [0, 1]),
    # A part the source bears out beside a whole it cannot: both.
    ([("the mayor opened it in June and may open another", Verdict.UNPROVEN, True),
      ("the mayor opened it in June", T, False)], [0, 1]),
]


@pytest.mark.parametrize(("checks", "kept"), PARTS_KEPT, ids=[c[0][0] for c, _ in PARTS_KEPT])
def test_a_claim_read_twice_answers_with_its_part(checks: list[tuple[str, Verdict, bool]],
                                                    kept: list[int]) -> None:
    base = BUNDLED.facts[0]
    made = [Check(claim=claim, verdict=verdict, score=0.9 - i / 10, fact=base, negated=negated)
            for i, (claim, verdict, negated) in enumerate(checks)]
    assert _best_per_fact(made) == [made[i] for i in kept]


def test_a_clause_going_on_is_read_alone_against_its_fact(checker: FactChecker) -> None:
    """"..., and they've met fewer than ten times": read with the claim before it, the clause's
    fact leaves that claim's words unexplained; read alone against that fact, its figure is
    wrong."""
    reply = checker.check("xi called putin his best friend, and they've met fewer than ten times")
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == [
        ("xi-best-friend", Verdict.TRUE), ("putin-xi-met-25-times", Verdict.FALSE)]


# Message -> the (fact, verdict) of each check: a clause restating, word for word, the
# source's sentence that a fact of the same matter quotes, beside a clause that clearly states
# the other fact, each read true or false, is a claim of its own.
RESTATED_BESIDE: list[tuple[str, list[tuple[str, Verdict]]]] = [
    ("Abe visited Moscow this past January, and Putin handed two of the Kurils back to Japan",
     [("kuril-islands-offer", Verdict.TRUE), ("kuril-islands-returned", Verdict.FALSE)]),
    # Both clauses agree with the source: the one fact answers.
    ("Abe visited Moscow this past January, and Putin offered two of the Kurils to Japan",
     [("kuril-islands-offer", Verdict.TRUE)]),
]


# A clause told as granted ("even though ..."), with its own subject, read against the
# claim's fact's sentence it restates, with another verdict than the claim's: a claim too.
CONCEDED: list[tuple[str, list[tuple[str, Verdict]]]] = [
    ("Beijing definitely resented Putin's Kuril offer to Abe in January, even though the "
     "offer led to no breakthrough.",
     [("kuril-islands-offer", Verdict.UNPROVEN), ("kuril-islands-offer", Verdict.TRUE)]),
    # The same verdict as the claim's: one check.
    ("Putin offered Japan two of the Kurils in January, even though the offer led to no "
     "breakthrough.", [("kuril-islands-offer", Verdict.TRUE)]),
]


@pytest.mark.parametrize(("message", "checks"), CONCEDED, ids=[m[:40] for m, _ in CONCEDED])
def test_a_clause_told_as_granted_is_a_claim_of_its_own(
        message: str, checks: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


@pytest.mark.parametrize(("message", "checks"), RESTATED_BESIDE,
                         ids=[m[:40] for m, _ in RESTATED_BESIDE])
def test_a_clause_restating_a_related_facts_sentence_is_a_claim_of_its_own(
        message: str, checks: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


def test_the_whole_message_does_not_answer_with_another_claims_figure() -> None:
    """A message of two claims ("China put $148bn into Africa and no more than $24bn into
    Russia"): read whole, the second claim's figure contradicts the first claim's fact. The
    piece that states that fact, without the other's figure, answers for it."""
    base = BUNDLED.facts[0]
    africa, russia = (dataclasses.replace(base, id=i, related=()) for i in ("africa", "russia"))
    conflict = FigureConflict(claimed="$24 billion", source_value="$148 billion",
                              what="investment in Africa")
    whole = Check(claim="both", verdict=Verdict.FALSE, score=0.89, fact=africa,
                  conflicts=(conflict,))
    first = Check(claim="africa", verdict=Verdict.TRUE, score=0.86, fact=africa)
    second = Check(claim="russia", verdict=Verdict.TRUE, score=0.73, fact=russia)
    assert _answer(whole, [first, second]) == (first, second)
    # Without the other claim's figure, the whole answers first when clearly better.
    plain = dataclasses.replace(whole, verdict=Verdict.TRUE, conflicts=())
    assert _answer(plain, [first, second]) == (plain, second)
    # A piece that itself contradicts the fact's figure leaves the whole its say.
    wrong = dataclasses.replace(first, verdict=Verdict.FALSE, conflicts=(conflict,))
    assert _answer(whole, [wrong, second]) == (whole, second)


TOWN = """\
- id: bridge-longest
  claim: "The new river bridge is the longest bridge in the country"
  verdict: true
  summary: "The new river bridge, at 2 km, is the country's longest and Europe's second longest."
  quote: "The new river bridge is the longest in the country and the second longest in Europe."
  aliases:
    - "the bridge over the river is the country's longest and Europe's second longest"
- id: mayor-budget
  claim: "The mayor tightened rules on street vendors and doubled the parks budget"
  verdict: true
  summary: "The mayor tightened rules on street vendors and doubled the parks budget."
  quote: "The mayor tightened rules on street vendors and doubled the parks budget."
- id: japan-budget
  claim: "Japan doubled its parks budget"
  verdict: true
  summary: "Japan doubled its parks budget and tightened the rules for street vendors."
  quote: "Japan doubled its parks budget and tightened the rules for street vendors."
  related: [japan-budget-cut]
- id: japan-budget-cut
  claim: "Japan cut its parks budget"
  verdict: false
  summary: "Japan doubled its parks budget."
  quote: "Japan doubled its parks budget and tightened the rules for street vendors."
  related: [japan-budget]
- id: league-founders
  claim: "The chess league was founded by Paris and Berlin"
  verdict: true
  summary: "Paris and Berlin founded the chess league."
  quote: "The chess league was founded by Paris and Berlin."
  aliases:
    - "the chess league was founded by Paris and Berlin, and Canada was invited to join it"
  related: [germany-invited-canada]
- id: germany-invited-canada
  claim: "Germany invited Canada to join the chess league"
  verdict: false
  summary: "It was France, not Germany, that invited Canada into the chess league."
  quote: "The chess league, founded by Paris and Berlin, grew when France invited Canada to join."
  related: [league-founders]
- id: museum-free
  claim: "The town museum is free on Sundays"
  verdict: true
  summary: "Entry to the town museum costs nothing on Sundays."
"""


@pytest.fixture(scope="module")
def town_checker(tmp_path_factory: pytest.TempPathFactory) -> FactChecker:
    path = tmp_path_factory.mktemp("town") / "town.yaml"
    path.write_text(pack_text(TOWN, pack="town"), encoding="utf-8")
    return FactChecker.from_paths([path], matcher="lexical")


# Message -> the (fact, verdict) of each check of its reply, in order.
ONE_FACT_TWICE: list[tuple[str, list[tuple[str, Verdict]]]] = [
    # Two clauses, each stating the fact, one true and one false: two checks on it.
    ("the river bridge is the longest in the country and it is the longest bridge in Europe "
     "too", [("bridge-longest", T), ("bridge-longest", F)]),
    # ... even when the second states it only at the threshold: true and false tell them
    # apart.
    ("the new river bridge is the longest bridge in the country, and it is the longest in "
     "Europe", [("bridge-longest", T), ("bridge-longest", F)]),
    # Both clauses agree with the fact: one check.
    ("the river bridge is the longest in the country and it is the second longest bridge in "
     "Europe", [("bridge-longest", T)]),
    # A clause that matches nothing alone goes on about the claim before it: it is read
    # against the sentence of that fact's quote it restates, which says the opposite.
    ("Japan doubled its parks budget and loosened vendor rules",
     [("japan-budget", T), ("japan-budget", F)]),
    # ... or the same, which the fact's one check answers.
    ("Japan doubled its parks budget and tightened vendor rules", [("japan-budget", T)]),
    # A clause on the claim as a whole ("that is why") is no telling of the fact's sentence.
    ("Japan doubled its parks budget and that is why vendors left", [("japan-budget", T)]),
    # Two clauses on the true and the false telling of one matter, the second with its own
    # subject after a pair of names: two claims.
    ("the chess league was founded by Paris and Berlin, and Germany invited Canada to join it",
     [("league-founders", T), ("germany-invited-canada", F)]),
]


@pytest.mark.parametrize(("message", "checks"), ONE_FACT_TWICE,
                         ids=[m[:40] for m, _ in ONE_FACT_TWICE])
def test_clauses_saying_opposite_things_of_one_fact_are_two_claims(
        message: str, checks: list[tuple[str, Verdict]], town_checker: FactChecker) -> None:
    reply = town_checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


HONOURS = TOWN + """\
- id: gold-rose
  claim: "The Gold Rose is the city's highest honour"
  verdict: true
  summary: "The Gold Rose, the city's highest honour, went to the football coach."
  quote: "The mayor pinned the Gold Rose, the city's highest honour, on the football coach."
"""


@pytest.fixture(scope="module")
def honours_checker(tmp_path_factory: pytest.TempPathFactory) -> FactChecker:
    path = tmp_path_factory.mktemp("honours") / "honours.yaml"
    path.write_text(pack_text(HONOURS, pack="honours"), encoding="utf-8")
    return FactChecker.from_paths([path], matcher="lexical")


# Message -> the (fact, verdict) of each check of its reply: a clause with a subject of its
# own that goes on about what the claim before it named ("it") is read against the sentence
# of that claim's fact it restates.
GOING_ON: list[tuple[str, list[tuple[str, Verdict]]]] = [
    ("the Gold Rose is the city's second-highest honour, and the mayor pinned it on the coach",
     [("gold-rose", F), ("gold-rose", T)]),
    ("the Gold Rose is the city's second-highest honour, and the mayor pinned it on him",
     [("gold-rose", F), ("gold-rose", T)]),
    # The same verdict twice is one check.
    ("the Gold Rose is the city's highest honour, and the mayor pinned it on the coach",
     [("gold-rose", T)]),
    # A clause in words the sentence does not use is not read against it.
    ("the Gold Rose is the city's second-highest honour, and the mayor gave it to the coach",
     [("gold-rose", F)]),
]


@pytest.mark.parametrize(("message", "checks"), GOING_ON, ids=[m[:40] for m, _ in GOING_ON])
def test_a_clause_going_on_about_what_a_claim_named_is_read_on_its_own(
        message: str, checks: list[tuple[str, Verdict]], honours_checker: FactChecker) -> None:
    reply = honours_checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


# Message -> the (fact, verdict) of each check: a clause, or a sentence, that matches nothing
# alone and opens with a thing named with "the" for what the claim before it named ("the
# deal", "the rest") is read with that claim, for another fact, when that gives a verdict.
NAMED_AGAIN: list[tuple[str, list[tuple[str, Verdict]]]] = [
    ("China financed just 11 of the 91 Far East projects, and the rest were called off",
     [("cooperation-program-11-financed", Verdict.TRUE),
      ("china-funded-most-projects", Verdict.FALSE)]),
    ("CEFC sought a 14% stake in Rosneft; the deal went through in 2018",
     [("cefc-bought-rosneft", Verdict.TRUE), ("cefc-rosneft-fell-through", Verdict.FALSE)]),
    # A claim that denies would turn the sense of the clause read with it: one check.
    ("China never financed most of the 91 Far East projects, and the rest were called off",
     [("china-funded-most-projects", Verdict.TRUE)]),
]


@pytest.mark.parametrize(("message", "checks"), NAMED_AGAIN, ids=[m[:40] for m, _ in NAMED_AGAIN])
def test_a_thing_named_again_is_read_with_the_claim_before(
        message: str, checks: list[tuple[str, Verdict]], checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks] == checks


# A clause -> whether it opens with a thing named with "the", no actor, as its subject.
THINGS_NAMED: list[tuple[str, bool]] = [
    ("the deal went through in 2018", True),
    ("the rest were called off", True),
    ("the fighting was over in a week", True),
    # An actor named with "the" is a subject of its own, not what the claim named.
    ("the US comes second", False),
    ("the Kremlin cancelled it", False),
    ("they called it off", False),
]


@pytest.mark.parametrize(("clause", "named"), THINGS_NAMED, ids=[c for c, _ in THINGS_NAMED])
def test_a_clause_may_name_again_what_the_claim_before_named(clause: str, named: bool) -> None:
    assert _names_thing_before(clause) is named


# The second half of a sentence -> whether it opens a clause with a subject of its own.
CLAUSES: list[tuple[str, bool]] = [
    ("it is the longest in Europe", True),
    ("they're still the main obstacle", True),
    ("the EU is further ahead", True),
    ("Beijing answered at once", True),
    ("road initiative in the capital", False),
    ("loosened the rules on vendors", False),
    ("the bridge is long", False),
    # A relative clause after a comma says something of what it follows; one that draws a
    # conclusion from the whole claim before it says nothing of its own.
    ("which cost the city $40 million", True),
    ("who later became mayor", True),
    ("which shows the two are friends", False),
    ("which is why the talks failed", False),
    # A time told ahead of the subject.
    ("a year later Japan closed the port", True),
    ("in 2015 Korea signed the ferry deal", True),
    ("in 2015 signed the ferry deal", False),
    # A bare year or span of years ahead of the subject tells the time all the same.
    ("2011-14 Korea took a third of the cargo", True),
    ("2015, Korea signed the ferry deal", True),
    ("2011-14 took a third of the cargo", False),
    # "they've", "it'll": a pronoun all the same; and the "and" kept after a dash.
    ("they've met twice since", True),
    ("and they've met twice since", True),
    ("but it'll close in May", True),
    ("and loosened the rules on vendors", False),
]


@pytest.mark.parametrize(("text", "opens"), CLAUSES, ids=[t for t, _ in CLAUSES])
def test_a_clause_of_its_own_opens_with_a_subject(text: str, opens: bool) -> None:
    assert _opens_clause(text) is opens


# A clause after a claim -> whether it opens with an actor and refers back to the claim.
BACK: list[tuple[str, bool]] = [
    ("the mayor pinned it on the coach", True),
    ("Japan handed them over in 2019", True),
    ("it was pinned on the coach", False),
    ("the mayor pinned the medal on the coach", False),
    ("the ceremony was held there", False),
]


@pytest.mark.parametrize(("text", "back"), BACK, ids=[t for t, _ in BACK])
def test_a_clause_with_its_own_actor_may_refer_back(text: str, back: bool) -> None:
    assert _refers_back(text) is back


# A claim, the clause after it -> whether the clause opens with the claim's own actor.
SUBJECTS: list[tuple[str, str, bool]] = [
    ("Japan doubled its parks budget", "Japan loosened vendor rules", True),
    ("Tokyo doubled its parks budget", "Japan loosened vendor rules", True),
    ("Japan doubled its parks budget", "France loosened vendor rules", False),
    ("the city doubled its parks budget", "the city loosened vendor rules", False),
    ("Japan doubled its parks budget", "Japan", False),
]


@pytest.mark.parametrize(("claim", "clause", "shared"), SUBJECTS,
                         ids=[f"{c} / {d}" for c, d, _ in SUBJECTS])
def test_a_clause_may_repeat_its_claims_subject(claim: str, clause: str, shared: bool) -> None:
    assert _shared_subject(claim, clause) is shared


def _fact(fact_id: str, related: tuple[str, ...] = ()) -> Any:
    return dataclasses.replace(BUNDLED.facts[0], id=fact_id, related=related,
                               claim=f"the {fact_id} claim", aliases=(), quote=None,
                               summary=f"the {fact_id} summary", figures=())


PARKS = "Japan spent twice as much on parks"
# A piece, the check of each of its two atoms (fact, verdict, score; None: nothing matched),
# and what its second clause reads as a little below the threshold -> whether that reading
# answers it.
NEARLY: list[tuple[str, list[tuple[str, Verdict, float] | None], tuple[str, Verdict], bool]] = [
    # A clause with its own subject beside a claim that matched: its near fact answers.
    (f"the bridge is the longest in the land, and {PARKS}",
     [("bridge", T, 0.8), None], ("parks", T), True),
    ("the bridge is the longest in the land, and it cost twice as much as planned",
     [("bridge", T, 0.8), None], ("cost", F), True),
    # ... and so it does a clause shown only its source below the threshold, when every word
    # of it is the fact's; one word the fact does not use leaves it shown.
    (f"the bridge is the longest in the land, and {PARKS}",
     [("bridge", T, 0.8), ("parks", C, 0.5)], ("parks", T), True),
    ("the bridge is the longest in the land, and Japan spent twice as much on museums",
     [("bridge", T, 0.8), ("parks", C, 0.5)], ("parks", T), False),
    ("the bridge is the longest in the land, and Japan spent twice as much on museums",
     [("bridge", T, 0.8), None], ("parks", T), True),
    # A clause that says nothing of the near fact but its actor: nothing.
    ("the bridge is the longest in the land, and Japan had way more lol",
     [("bridge", T, 0.8), None], ("parks", T), False),
    # No subject of its own: no claim of its own.
    ("the bridge is the longest in the land, and spent twice as much on parks",
     [("bridge", T, 0.8), None], ("parks", T), False),
    # The fact beside it, or no verdict: nothing.
    ("the bridge is the longest in the land, and Japan spent twice as much on it",
     [("bridge", T, 0.8), None], ("bridge", F), False),
    (f"the bridge is the longest in the land, and {PARKS}",
     [("bridge", T, 0.8), None], ("parks", C), False),
    # Two names joined ("Japan and France") are one subject, not a clause of its own.
    ("the long new bridge was paid for by Japan and France are building another",
     [("bridge", T, 0.8), None], ("parks", T), False),
    # Nothing beside it matched at the threshold: nothing is answered below it.
    (f"the bridge is quite long if you ask me, and {PARKS}",
     [None, None], ("parks", T), False),
    (f"the bridge is quite long if you ask me, and {PARKS}",
     [("bridge", C, 0.5), None], ("parks", T), False),
]


@pytest.mark.parametrize(("text", "checks", "near", "answers"), NEARLY,
                         ids=[f"{t[:40]} {c} {n}" for t, c, n, _ in NEARLY])
def test_a_clause_beside_a_claim_is_answered_a_little_below_the_threshold(
        text: str, checks: list[tuple[str, Verdict, float] | None], near: tuple[str, Verdict],
        answers: bool) -> None:
    piece = soft_atoms(text)
    assert len(piece.atoms) == 2
    made = [Check(claim=piece.span(i, i), verdict=c[1], score=c[2], fact=_fact(c[0]))
            if c is not None else Check(claim=piece.span(i, i), verdict=Verdict.NO_MATCH)
            for i, c in enumerate(checks)]
    fact = dataclasses.replace(_fact(near[0]), claim=f"{PARKS} in 2020")
    reading = Check(claim=piece.span(1, 1), verdict=near[1], score=0.5, fact=fact)
    found = _nearly(piece, [(0, 0), (1, 1)], made, lambda _: reading, DEFAULT_THRESHOLD)
    assert found == ({1: reading} if answers else {})


# The score and fact of each half of "the bridge is the longest in the land, and Japan spent
# twice as much on parks", the whole's fact "bridge" -> whether the sentence is cut in two.
BESIDE: list[tuple[tuple[str, float], tuple[str, float], tuple[str, ...], bool]] = [
    # One half clearly the whole's, the other near another fact: two claims.
    (("bridge", 0.8), ("parks", 0.5), (), True),
    (("bridge", 0.8), ("parks", 0.46), (), True),
    # Too far from any fact, or the whole's own fact.
    (("bridge", 0.8), ("parks", 0.4), (), False),
    (("bridge", 0.8), ("bridge", 0.5), (), False),
    # The whole's fact only near: no clear claim.
    (("bridge", 0.56), ("parks", 0.5), (), False),
    # A related fact counts when the clause is only near it, not when it matches it: at the
    # threshold a related fact is cut off only by a clear margin.
    (("bridge", 0.8), ("parks", 0.5), ("parks",), True),
    (("bridge", 0.8), ("parks", 0.56), ("parks",), False),
]


@pytest.mark.parametrize(("first", "second", "related", "cut"), BESIDE,
                         ids=[f"{a} {b} {r}" for a, b, r, _ in BESIDE])
def test_a_claim_beside_a_clause_near_another_fact_is_cut_off(
        first: tuple[str, float], second: tuple[str, float], related: tuple[str, ...],
        cut: bool) -> None:
    piece = soft_atoms("the bridge is the longest in the land, and Japan spent twice as much "
                       "on parks")
    whole = _fact("bridge", related)

    def choice(fact_id: str, score: float) -> _Choice:
        match = Match(whole if fact_id == "bridge" else _fact(fact_id), score, "text")
        return _Choice((match,), match, match) if score >= DEFAULT_THRESHOLD else _Choice((match,))

    halves = [choice(*first), choice(*second)]
    assert _beside(piece, (0, 0, 1), halves, whole, DEFAULT_THRESHOLD) is cut


# A claim told amid chat, the chat matching nothing: the spans that match and their scores ->
# the claims answered. The piece is "on the bus this morning i was reading about it, | the
# bridge is the longest in the land, | which is wild if you think about it".
AMID_CHAT = "on the bus this morning i was reading about it, the bridge is the longest in the " \
    "land, which is wild if you think about it"
AMID: list[tuple[dict[tuple[int, int], float], list[tuple[int, int]]]] = [
    # The claim over the threshold, too little of the piece to pay for the chatter around it:
    # answered all the same, the chatter left out.
    ({(1, 1): 0.58}, [(1, 1)]),
    ({(1, 1): 0.58, (1, 2): 0.54}, [(1, 1)]),
    # Clearly over it, the claim pays for the chatter as it is.
    ({(1, 1): 0.62}, [(1, 1)]),
    # Below the threshold, or too little over it to pay for a span of its own: nothing.
    ({(1, 1): 0.5}, []),
    ({(1, 1): 0.55}, []),
    # The whole piece matching: the whole, as before.
    ({(0, 2): 0.6, (1, 1): 0.58}, [(0, 2)]),
]


def _answered(piece: Piece, scores: dict[tuple[int, int], float]) -> list[str]:
    """The claims of a piece answered when its spans score as given (others 0.2) on a fact."""
    claims = {piece.claim(*key): score for key, score in scores.items()}
    bridge = _fact("bridge")

    def choose(claim: str) -> _Choice:
        match = Match(bridge, claims.get(claim, 0.2), "text")
        return _Choice((match,), match, match) if match.score >= DEFAULT_THRESHOLD \
            else _Choice((match,))

    def check(claim: str) -> Check:
        found = choose(claim)
        return Check(claim=claim, verdict=T if found.matched else Verdict.NO_MATCH,
                     fact=bridge if found.matched else None, score=found.score)

    checks = _segment(piece, choose, check, DEFAULT_THRESHOLD)
    return [c.claim for c in checks if c.matched]


@pytest.mark.parametrize(("scores", "answered"), AMID, ids=[str(s) for s, _ in AMID])
def test_a_claim_amid_chat_is_answered_without_it(scores: dict[tuple[int, int], float],
                                                  answered: list[tuple[int, int]]) -> None:
    piece = soft_atoms(AMID_CHAT)
    assert len(piece.atoms) == 3
    assert _answered(piece, scores) == [piece.claim(*key) for key in answered]


# A denial told amid chat that dismisses the other view: the spans that match and their
# scores -> the claims answered. The piece is "honestly, the bridge is not the longest in the
# land, that's an old myth people repeat".
DENIED_AMID_CHAT = "honestly, the bridge is not the longest in the land, that's an old myth " \
    "people repeat"
DENIED_AMID: list[tuple[dict[tuple[int, int], float], list[tuple[int, int]]]] = [
    # Too little over the threshold to pay for a span of its own, the denial is answered all
    # the same: the chat around it only dismisses what it denies.
    ({(1, 1): 0.55}, [(1, 1)]),
    ({(1, 1): 0.53}, [(1, 1)]),
    # Below the threshold: nothing.
    ({(1, 1): 0.5}, []),
]


@pytest.mark.parametrize(("scores", "answered"), DENIED_AMID, ids=[str(s) for s, _ in DENIED_AMID])
def test_a_denial_amid_chat_is_answered_however_near_the_threshold(
        scores: dict[tuple[int, int], float], answered: list[tuple[int, int]]) -> None:
    piece = soft_atoms(DENIED_AMID_CHAT)
    assert _answered(piece, scores) == [piece.claim(*key) for key in answered]


# Messages read whole, each in our own words, of every kind a choice can be: a fact's wording
# close enough, a sentence of the source restated, the source's words below the threshold, a
# comparison two figures settle, a topic with no claim, and chat no fact covers.
WHOLES = [
    "Russia and China held their first joint land exercise, Vostok-2018, and China sent 3,200 "
    "soldiers to it",
    "Putin was the one who cracked down on public dissent",
    "China's economy is smaller than Russia's",
    "the Chinese put more money into Chile than into Russia between 2014 and 2018",
    "Russia and China",
    "my cat knocked the plant off the shelf again this morning",
    "xi called putin his best friend, and they've met fewer than ten times",
]


@pytest.mark.parametrize("text", WHOLES)
def test_a_check_matches_and_scores_as_its_choice(text: str) -> None:
    """The whole message's check is made only where it may answer (`_may_come_first`, told
    from its choice): that holds because a check matches, and scores, as its choice does."""
    from bot.core.checker import _choose, _judged
    from bot.ops.matchers import make_matcher

    matcher = make_matcher(BUNDLED.facts, "lexical")
    choice = _choose(text, matcher, threshold=DEFAULT_THRESHOLD, top=5)
    check = _judged(text, choice, DEFAULT_THRESHOLD)
    assert (check.matched, check.score) == (choice.matched, choice.score)


def test_a_whole_that_cannot_come_first_is_left_out() -> None:
    base = BUNDLED.facts[0]
    first = Check(claim="first", verdict=Verdict.TRUE, score=0.8, fact=base)
    close = Check(claim="whole", verdict=Verdict.TRUE, score=0.8 + WHOLE_MARGIN / 2,
                  fact=dataclasses.replace(base, id="other"))
    assert _answer(None, [first]) == _answer(close, [first]) == (first,)


# (verdict of the whole, of the first half, of the second half) -> whether a span on two
# related facts is two claims: the half on the whole's fact must read it as the whole does,
# or, when the whole cannot be told ("the ports sent 40 ships, Oslo 12, and it was their
# third regatta" mixes who did what), each half must be told.
TOLD_APART = [
    ((Verdict.CONTEXT, Verdict.TRUE, Verdict.FALSE), True),
    ((Verdict.FALSE, Verdict.TRUE, Verdict.FALSE), True),
    ((Verdict.TRUE, Verdict.FALSE, Verdict.FALSE), False),
]


@pytest.mark.parametrize(("verdicts", "apart"), TOLD_APART)
def test_halves_of_a_span_the_whole_cannot_tell_are_told_apart(
        verdicts: tuple[Verdict, Verdict, Verdict], apart: bool) -> None:
    piece = soft_atoms("Bergen sent forty ships to the regatta, and it was their third one")
    whole, first, second = verdicts
    regatta = _fact("regatta")
    texts = {piece.claim(0, 1): whole, piece.claim(0, 0): first, piece.claim(1, 1): second}

    def check(text: str) -> Check:
        return Check(claim=text, verdict=texts[text], fact=regatta, score=0.7)

    assert _told_apart(piece, (0, 0, 1), regatta, check) is apart


# (message, verdict of the whole, of its opening clause) -> the verdict of the opening clause
# answered beside the whole's: two figures set side by side, each in a clause with its own
# subject, the first right and the second wrong, which only the whole reads
FIGURE_OPENINGS = [
    (("Japan got 40% of the cargo and Korea got 10%", Verdict.FALSE, Verdict.TRUE),
     Verdict.TRUE),
    (("Japan got 40% of the cargo and Korea got 10%", Verdict.FALSE, Verdict.FALSE), None),
    # No figure in the clause after: one claim.
    (("Japan got 40% of the cargo and Korea got none of it", Verdict.FALSE, Verdict.TRUE),
     None),
    # The clause after has no subject of its own: a list of figures, one claim.
    (("Japan sent 40 ships and 10 planes to Oslo", Verdict.FALSE, Verdict.TRUE), None),
    # A bare figure ending the list is the list's next item, a claim as much as a clause.
    (("Oslo regatta: Japan sent 40 ships and 10 planes", Verdict.FALSE, Verdict.TRUE),
     Verdict.TRUE),
    (("Japan sent 40 ships to Oslo, and about 10 planes too, I believe", Verdict.FALSE,
      Verdict.TRUE), Verdict.TRUE),
    (("Japan's fleet is 40 ships and about 3 times Korea's", Verdict.FALSE, Verdict.TRUE),
     Verdict.TRUE),
    (("Oslo regatta: Japan sent 40 ships and 10 planes", Verdict.FALSE, Verdict.FALSE), None),
    # A denial after the figure restates it as often as it adds to it.
    (("Japan got 40% of the cargo and Korea didn't get 10%", Verdict.FALSE, Verdict.TRUE),
     None),
]


@pytest.mark.parametrize(("case", "answered"), FIGURE_OPENINGS,
                         ids=[c[0] + " " + str(c[2]) for c, _ in FIGURE_OPENINGS])
def test_an_opening_figure_is_answered_beside_the_whole(
        case: tuple[str, Verdict, Verdict], answered: Verdict | None) -> None:
    message, whole_verdict, first_verdict = case
    piece = soft_atoms(message)
    cargo = _fact("cargo")
    match = Match(cargo, 0.8, cargo.claim)
    spans = {(0, k): _Choice((match,), match, match) for k in range(len(piece.atoms))}
    whole = Check(claim=message, verdict=whole_verdict, fact=cargo, score=0.8)

    def check(text: str) -> Check:
        return Check(claim=text, verdict=first_verdict, fact=cargo, score=0.8)

    found = _figure_opening(piece, (0, len(piece.atoms) - 1), spans, whole, check)
    assert (found.verdict if found is not None else None) is answered


# clause -> whether it is a bare figure ending a list of figures
FIGURE_TAILS = [
    ("and 10 planes", True),
    ("about 10 planes too, probably", True),
    ("about 3 times Korea's", True),
    # The clause goes on past its figure: an object of the clause before.
    ("10 planes to Oslo", False),
    # A year is part of a date, a bare number counts nothing named.
    ("2017", False),
    ("and like 10k", False),
    # A clause with a subject of its own is no bare figure.
    ("Korea about 10%", False),
]


@pytest.mark.parametrize(("clause", "tail"), FIGURE_TAILS)
def test_a_bare_figure_ends_a_list(clause: str, tail: bool) -> None:
    assert _figure_tail(clause) is tail


# clause -> whether it tells a measure by its bare name with a figure, a subject of its own
MEASURES_TOLD = [
    ("trade was 100bn", True),
    ("growth hit 15% last year", True),
    # No figure: the bare noun may be the object of the clause before.
    ("trade was booming", False),
    ("sent 40 ships", False),
]


@pytest.mark.parametrize(("clause", "told"), MEASURES_TOLD)
def test_a_measure_told_with_its_figure_has_a_subject(clause: str, told: bool) -> None:
    assert _measure_told(clause) is told


# (second clause, verdict of the first half, of the second) -> whether a span whose second
# half opens with a thing named with "the" is two claims: only when the source bears out
# both, and the clause denies nothing
NAMED_HALVES = [
    (("the race lasted two days", Verdict.TRUE, Verdict.TRUE), True),
    (("the race lasted two days", Verdict.FALSE, Verdict.TRUE), False),
    (("the race lasted two days", Verdict.TRUE, Verdict.UNPROVEN), False),
    (("the race lasted two days, not three", Verdict.TRUE, Verdict.TRUE), False),
]


@pytest.mark.parametrize(("case", "apart"), NAMED_HALVES, ids=[str(c) for c, _ in NAMED_HALVES])
def test_halves_after_a_thing_named_are_told_apart_when_both_hold(
        case: tuple[str, Verdict, Verdict], apart: bool) -> None:
    clause, first, second = case
    piece = soft_atoms(f"Bergen sent forty ships to the regatta, and {clause}")
    regatta, race = _fact("regatta", related=("race",)), _fact("race")
    checks = {piece.claim(0, len(piece.atoms) - 1): Check(claim="", verdict=second, fact=race,
                                                          score=0.7),
              piece.claim(0, 0): Check(claim="", verdict=first, fact=regatta, score=0.8),
              piece.claim(1, len(piece.atoms) - 1): Check(claim="", verdict=second, fact=race,
                                                          score=0.7)}

    def check(text: str) -> Check:
        return checks[text]

    assert _told_apart(piece, (0, 0, len(piece.atoms) - 1), race, check) is apart


# (score of the second half's related fact, its verdict alone, whether the first half reads
# as the whole does) -> whether the span is two claims: a clause with a subject of its own
# stating, above the threshold if not clearly, a fact related to the whole's, beside a claim
# on the whole's fact; answered beside it only when the source bears the clause out
RELATED_BESIDE = [
    ((0.56, Verdict.TRUE, True), True),
    # Told otherwise than the source, on a fact barely matched: likely a misreading.
    ((0.56, Verdict.FALSE, True), False),
    # Below the threshold: `_beside` reads it, not this.
    ((0.50, Verdict.TRUE, True), False),
    # The first half alone reads otherwise than the whole: one claim.
    ((0.56, Verdict.TRUE, False), False),
]


@pytest.mark.parametrize(("case", "apart"), RELATED_BESIDE, ids=[str(c) for c, _ in RELATED_BESIDE])
def test_a_clause_on_a_related_fact_beside_a_claim_is_a_claim(
        case: tuple[float, Verdict, bool], apart: bool) -> None:
    score, told, same = case
    piece = soft_atoms("the envoy refused the toast in Oslo, and the author was living in York")
    regatta, author = _fact("regatta", related=("author",)), _fact("author")
    first, second = Match(regatta, 0.8, regatta.claim), Match(author, score, author.claim)
    halves = [_Choice((first,), first, first), _Choice((second,), second, second)]
    checks = {piece.claim(0, 1): Check(claim="", verdict=Verdict.UNPROVEN, fact=regatta, score=0.7),
              piece.claim(0, 0): Check(claim="", verdict=Verdict.UNPROVEN if same else Verdict.TRUE,
                                       fact=regatta, score=0.8),
              piece.claim(1, 1): Check(claim="", verdict=told, fact=author, score=score)}

    def check(text: str) -> Check:
        return checks[text]

    assert _related_beside(piece, (0, 0, 1), halves, regatta, DEFAULT_THRESHOLD, check) is apart


# message -> whether its halves, the first true of the whole's fact, the second false of
# another, are two claims when the whole is false: a clause opening with "his", "her" or
# "their" has a subject of its own, and the whole's verdict is that clause's
OWNED_CLAUSES = [
    ("the mayor called Leeds his favourite town, and his first trip was to York", True),
    ("the mayor called Leeds her favourite town, and her first trip was to York", True),
    ("the mayor called Leeds his favourite town, and the first trip was to York", False),
]


@pytest.mark.parametrize(("message", "apart"), OWNED_CLAUSES)
def test_a_clause_on_the_subjects_own_thing_is_told_apart(message: str, apart: bool) -> None:
    piece = soft_atoms(message)
    town, trip = _fact("mayor-town"), _fact("mayor-trip")
    checks = {piece.claim(0, 1): Check(claim="", verdict=Verdict.FALSE, fact=town, score=0.8),
              piece.claim(0, 0): Check(claim="", verdict=Verdict.TRUE, fact=town, score=0.8),
              piece.claim(1, 1): Check(claim="", verdict=Verdict.FALSE, fact=trip, score=0.7)}
    assert _told_apart(piece, (0, 0, 1), town, checks.__getitem__) is apart


# (message, score of its opening clause, whether the two facts go together) -> whether the
# opening clause is answered beside the whole, which a short clause after it tells
OTHER_OPENINGS = [
    (("Japan opened the bridge and closed the zoo", 0.7, False), True),
    # Two tellings of one matter: the whole tells them.
    (("Japan opened the bridge and closed the zoo", 0.7, True), False),
    # Not clearly the other fact's.
    (("Japan opened the bridge and closed the zoo", DEFAULT_THRESHOLD + 0.01, False), False),
    # A figure after it goes on with a list.
    (("Japan sent 40 ships to the regatta and 6 planes", 0.7, False), False),
    # A denial after it tells of it.
    (("Japan promised the city a bridge but never delivered", 0.7, False), False),
]


@pytest.mark.parametrize(("case", "answered"), OTHER_OPENINGS,
                         ids=[f"{c[0]} {c[1]} {c[2]}" for c, _ in OTHER_OPENINGS])
def test_an_opening_on_another_fact_is_answered_beside_the_whole(
        case: tuple[str, float, bool], answered: bool) -> None:
    message, score, related = case
    piece = soft_atoms(message)
    zoo = _fact("zoo", ("bridge",) if related else ())
    bridge = _fact("bridge", ("zoo",) if related else ())
    match = Match(bridge, score, bridge.claim)
    spans = {(0, 0): _Choice((match,), match, match)}
    whole = Check(claim=message, verdict=Verdict.TRUE, fact=zoo, score=0.7)

    def check(text: str) -> Check:
        return Check(claim=text, verdict=Verdict.TRUE, fact=bridge, score=score)

    found = _other_opening(piece, (0, 1), spans, whole, check, DEFAULT_THRESHOLD)
    assert (found is not None and found.fact == bridge) is answered


# A true claim, then words taking it to tie the two, where the pack rejects their being tied:
# the claim misleads. Words doubting the tie, told as others' view, asked or told before the
# claim leave it true.
UPSHOTS: list[tuple[str, str, Verdict]] = [
    ("Russia sold China the S-400. Only true allies are trusted with that kit",
     "s400-sold-to-china", Verdict.MISLEADING),
    ("russia n china traded a record $100 billion last year. makes them equal partners",
     "trade-2018-record", Verdict.MISLEADING),
    ("Russia sold China the S-400 system; nobody gets that except a real ally",
     "s400-sold-to-china", Verdict.MISLEADING),
    ("Russia sold China the S-400 system. Allies? Hardly",
     "s400-sold-to-china", Verdict.TRUE),
    ("Russia sold China the S-400 system. Doesn't make them allies though",
     "s400-sold-to-china", Verdict.TRUE),
    ("Russia sold China the S-400 system. The pundits on TV reckon they're allies now",
     "s400-sold-to-china", Verdict.TRUE),
    # A conclusion told as others' draw is no upshot the writer draws.
    ("Russia sold China the S-400, and people think that means they're allies",
     "s400-sold-to-china", Verdict.TRUE),
    ("Russia sold China the S-400, and the media says that proves they're allies",
     "s400-sold-to-china", Verdict.TRUE),
    ("Moscow and Beijing vote together at the UN, so they agree on everything now",
     "un-votes-in-unison", Verdict.MISLEADING),
    ("Beijing got the Su-35 before anyone = Moscow's ride or die",
     "su35-china-first", Verdict.MISLEADING),
    # The tie may end the claim's own sentence.
    ("Vostok-2018 was the first land drill the two held together, so their militaries have "
     "merged", "vostok-first-joint-exercise", Verdict.MISLEADING),
    ("China contributed 3,200 troops to Vostok-2018, proof they are a united front",
     "vostok-chinese-forces", Verdict.MISLEADING),
    ("China contributed 3,200 troops to Vostok-2018, hardly a united front",
     "vostok-chinese-forces", Verdict.TRUE),
    # A reply that only draws the tie from the claim it quotes: the quote is its premise.
    ("> Russia sold China the S-400 system\nwell there you go, axis confirmed",
     "s400-sold-to-china", Verdict.MISLEADING),
    ("> Moscow and Beijing vote together at the UN\nso they're basically allies lol",
     "un-votes-in-unison", Verdict.MISLEADING),
    ("> Russia sold China the S-400 system\nsource?",
     "s400-sold-to-china", Verdict.TRUE),
    ("> Russia sold China the S-400 system\nstill not allies tho",
     "s400-sold-to-china", Verdict.TRUE),
]
# A claim told after the tie is no premise of it.
AFTER_THE_TIE = ("Moscow and Beijing vote together at the UN, so they agree on everything. "
                 "Also China's economy is 7 times Russia's")


@pytest.mark.parametrize(("message", "fact_id", "verdict"), UPSHOTS,
                         ids=[m[:40] for m, _, _ in UPSHOTS])
def test_a_tie_drawn_from_a_true_claim_misleads(message: str, fact_id: str, verdict: Verdict,
                                                checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks][:1] == [
        (fact_id, verdict)]


def test_a_claim_after_the_tie_is_no_premise_of_it(checker: FactChecker) -> None:
    reply = checker.check(AFTER_THE_TIE)
    verdicts = {c.fact.id: c.verdict for c in reply.checks if c.fact is not None}
    assert verdicts.get("un-votes-in-unison") is Verdict.MISLEADING
    assert verdicts.get("china-economy-seven-times") is Verdict.TRUE


# A claim, then words after it vouching for it, where the source only thinks it likely: not
# established. Vouched for where the source is sure, or not vouched for, it keeps its verdict.
VOUCHED_AFTER: list[tuple[str, str, Verdict]] = [
    ("Beijing won't join Moscow in a crusade against the West. Trust me, 100 percent.",
     "china-wont-join-crusade", Verdict.UNPROVEN),
    ("Beijing won't join Moscow in a crusade against the West. Think about it.",
     "china-wont-join-crusade", Verdict.TRUE),
    ("Russia sold China the S-400 system. Zero chance that's wrong.",
     "s400-sold-to-china", Verdict.TRUE),
]


@pytest.mark.parametrize(("message", "fact_id", "verdict"), VOUCHED_AFTER,
                         ids=[m[:40] for m, _, _ in VOUCHED_AFTER])
def test_a_claim_vouched_for_after_it_is_read_with_the_vouching(
        message: str, fact_id: str, verdict: Verdict, checker: FactChecker) -> None:
    reply = checker.check(message)
    assert [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks][:1] == [
        (fact_id, verdict)]
