"""Ambiguity and the threshold: two facts within the margin, a clear winner, no match."""

from __future__ import annotations

from pack_files import WritePack

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.core.checker import DEFAULT_THRESHOLD
from bot.core.models import Verdict

NEAR_TWINS = """\
- id: naval-drills
  claim: "Russia and China held joint naval drills in the Baltic Sea"
  verdict: true
  summary: "They sailed together."
- id: air-drills
  claim: "Russia and China held joint air drills over the Baltic Sea"
  verdict: false
  summary: "They did not fly together."
- id: pandas
  claim: "Giant pandas eat bamboo almost all day long"
  verdict: true
  summary: "Pandas eat bamboo."
"""


def test_near_tie_offers_the_other_fact(write_pack: WritePack) -> None:
    checker = FactChecker.from_paths([write_pack("twins.yaml", NEAR_TWINS)])
    reply = checker.check("Russia and China held joint drills in the Baltic Sea")
    check = reply.primary
    assert check.fact is not None
    chosen = check.fact.id
    assert chosen in {"naval-drills", "air-drills"}
    other = "air-drills" if chosen == "naval-drills" else "naval-drills"
    assert [m.fact.id for m in check.alternatives] == [other]
    text = render_reply(reply)
    assert check.fact.claim in text
    other_claim = next(f.claim for f in checker.fact_base.facts if f.id == other)
    assert messages.did_you_mean([other_claim]) in text


def test_clear_winner_offers_no_alternative(write_pack: WritePack) -> None:
    checker = FactChecker.from_paths([write_pack("twins.yaml", NEAR_TWINS)])
    reply = checker.check("giant pandas eat bamboo all day")
    assert reply.primary.fact is not None and reply.primary.fact.id == "pandas"
    assert reply.primary.alternatives == ()
    assert "Did you mean" not in render_reply(reply)


def test_threshold_decides_between_verdict_and_no_match(write_pack: WritePack) -> None:
    path = write_pack("twins.yaml", NEAR_TWINS)
    claim = "pandas eat lots of bamboo"
    lenient = FactChecker.from_paths([path], threshold=0.0).check(claim).primary
    strict = FactChecker.from_paths([path], threshold=1.0).check(claim).primary
    assert lenient.fact is not None and lenient.fact.id == "pandas"
    assert strict.verdict is Verdict.NO_MATCH and strict.fact is None
    assert strict.score == lenient.score < 1.0


def test_default_threshold_is_used(checker: FactChecker) -> None:
    assert checker.threshold == DEFAULT_THRESHOLD
