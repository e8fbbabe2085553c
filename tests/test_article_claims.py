"""Accuracy on the article: claims get their facts and verdicts, off-topic chat stays silent.

Every line of tests/data/article_claims.jsonl and tests/data/offtopic.txt goes through the bundled
pack's FactChecker at the default threshold. The targets are aggregate (at least 95% of the claims
right, at most 1% of the off-topic lines answered); on failure the wrong answers are printed.
These are accuracy tests, not timed tests: bench/article.py prints the same figures as a table.
"""

from __future__ import annotations

import pytest
from claim_table import ClaimLine, describe, is_right, load_claims, load_offtopic
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.chat.base import FactChecker
from bot.core.checker import DEFAULT_THRESHOLD, MAX_CLAIMS
from bot.core.models import Verdict

RIGHT_TARGET = 0.95
ANSWERED_TARGET = 0.01

CLAIMS = load_claims()
OFFTOPIC = load_offtopic()


def _report(wrong: list[str], total: int, what: str) -> str:
    return f"{len(wrong)}/{total} {what}:\n" + "\n".join(wrong)


def test_the_tables_are_the_size_they_claim() -> None:
    assert len(CLAIMS) >= 300
    assert len(OFFTOPIC) >= 500
    kinds = {line.kind for line in CLAIMS}
    assert {"paraphrase", "question", "typo", "slang", "markup", "negation", "wrong_figure",
            "right_figure", "multi"} <= kinds
    assert all(len(line.expected) >= 2 for line in CLAIMS if line.kind == "multi")


def test_every_expected_fact_is_in_the_bundled_pack(checker: FactChecker) -> None:
    ids = {f.id for f in checker.fact_base.facts}
    named = {i for line in CLAIMS for e in line.expected for i in e.fact_ids}
    assert named - ids == set()
    covered = {i for line in CLAIMS for e in line.expected for i in e.fact_ids}
    assert ids - covered == set(), "every fact of the pack is claimed about at least once"


def test_article_claims_get_the_right_fact_and_verdict(checker: FactChecker) -> None:
    assert checker.threshold == DEFAULT_THRESHOLD
    wrong: list[str] = []
    for line in CLAIMS:
        reply = checker.check(line.text)
        if not is_right(reply, line):
            want = ", ".join(e.label for e in line.expected) or "no_match"
            wrong.append(f"[{line.kind}] {line.text!r}: expected {want}, got {describe(reply)}")
    share = 1 - len(wrong) / len(CLAIMS)
    assert share >= RIGHT_TARGET, _report(wrong, len(CLAIMS), "article claims answered wrongly")


def test_offtopic_chat_is_left_alone(checker: FactChecker) -> None:
    answered: list[str] = []
    for text in OFFTOPIC:
        reply = checker.check(text)
        if reply.matched:
            answered.append(f"{text!r}: got {describe(reply)}")
    share = len(answered) / len(OFFTOPIC)
    assert share <= ANSWERED_TARGET, _report(answered, len(OFFTOPIC), "off-topic lines answered")


@pytest.mark.parametrize("kind", ["negation", "wrong_figure", "multi"])
def test_each_hard_kind_is_mostly_right(kind: str, checker: FactChecker) -> None:
    lines: list[ClaimLine] = [line for line in CLAIMS if line.kind == kind]
    wrong = [line.text for line in lines if not is_right(checker.check(line.text), line)]
    assert len(wrong) <= 0.1 * len(lines), _report(wrong, len(lines), f"{kind} lines wrong")


def test_a_negated_claim_flips_the_verdict_and_says_so(checker: FactChecker) -> None:
    plain = checker.check("China abstained on the UN resolution condemning the seizure of Crimea")
    negated = checker.check("China did not abstain on the UN resolution condemning Russia")
    asked = checker.check("Isn't it true that China abstained on the UN vote on Crimea?")
    assert plain.primary.fact is not None and plain.verdict is Verdict.TRUE
    assert negated.primary.fact == plain.primary.fact
    assert (negated.verdict, negated.primary.negated) == (Verdict.FALSE, True)
    assert (asked.primary.fact, asked.verdict) == (plain.primary.fact, Verdict.TRUE)


def test_a_wrong_figure_is_false_and_quotes_the_source(checker: FactChecker) -> None:
    reply = checker.check("Russia-China trade reached a record $150 billion in 2018")
    check = reply.primary
    assert check.verdict is Verdict.FALSE
    assert check.conflicts
    assert check.conflicts[0].source_value == "$100 billion"
    right = checker.check("Russia-China trade reached a record $100 billion in 2018")
    assert (right.primary.fact, right.verdict) == (check.fact, Verdict.TRUE)
    assert right.primary.conflicts == ()


def test_several_claims_in_one_message_are_each_checked(checker: FactChecker) -> None:
    reply = checker.check("China abstained on Crimea, plus Putin and Xi have met more than 25 "
                          "times.\n- Russia-China trade reached $200 billion in 2018")
    got = {(c.fact.id, c.verdict) for c in reply.checks if c.fact is not None}
    assert ("china-abstained-crimea", Verdict.TRUE) in got
    assert ("putin-xi-met-25-times", Verdict.TRUE) in got
    assert any(v is Verdict.FALSE and f.startswith("trade-") for f, v in got)


def test_a_bare_topic_gets_suggestions_not_a_verdict(checker: FactChecker) -> None:
    reply = checker.check("China and Russia trade")
    assert not reply.matched
    assert reply.primary.candidates, "the nearest facts are still offered"


@pytest.mark.parametrize("claim", [
    "Russia fielded about 90,000 soldiers at Vostok-2018",
    "China only financed 11 of the 91 joint Far East investment projects",
    "China's economy is more than seven times the size of Russia's",
])
def test_the_source_figure_is_true_whichever_fact_answers(claim: str,
                                                           checker: FactChecker) -> None:
    reply = checker.check(claim)
    assert reply.primary.fact is not None
    assert reply.verdict is Verdict.TRUE
    assert reply.primary.conflicts == ()


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.sampled_from([
    "China abstained on Crimea", "and also", "plus", ", and", "\n- ", ". ", "lol", "not",
    "isn't it true that", "$100bn", "in 2016", "<@123>", ":eyes:", "?", "Putin and Xi met",
    "more than 25 times", "the border is 2,600 miles", "refused", "",
]), max_size=12))
@example(parts=["China abstained on Crimea", "and also", "not", "China abstained on Crimea"])
@example(parts=["Putin and Xi met", "China abstained on Crimea", "Putin and Xi met",
                "isn't it true that"])
def test_any_message_gets_one_reply_of_distinct_facts(parts: list[str],
                                                      checker: FactChecker) -> None:
    reply = checker.check(" ".join(parts))
    assert 1 <= len(reply.checks) <= MAX_CLAIMS
    # A fact answers once, or twice when the message says it and denies it: true and false.
    answered = [(c.fact.id, c.verdict) for c in reply.checks if c.fact is not None]
    assert len(answered) == len(set(answered))
    for fact_id in {f for f, _ in answered}:
        verdicts = {v for f, v in answered if f == fact_id}
        assert len(verdicts) == 1 or verdicts == {Verdict.TRUE, Verdict.FALSE}
    assert all((c.fact is None) == (c.verdict is Verdict.NO_MATCH) for c in reply.checks)
