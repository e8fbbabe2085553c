"""The blind claim set is well formed, and replies are judged against it as bench/article.py
reports them. (No test here scores the bot on it: the test half is only scored by the bench.)"""

from __future__ import annotations

from collections import Counter

import pytest
from blind_table import (
    BLIND_SETS,
    NOT_IN_ARTICLE,
    OFF_TOPIC,
    VALIDATION_SETS,
    WHOLE_DEV_SETS,
    BlindClaim,
    BlindLine,
    Outcome,
    cites_figure,
    judge,
    load_blind,
)
from pack_files import REPO

from bot.core.models import Check, Fact, Figure, FigureConflict, Reply, Source, Verdict
from bot.packs.coverage import fold_quote_text

ARTICLE = REPO.parent / "shared" / "seed" / "article.txt"
HALVES = {f"{name} {half}": load_blind(path) for name, dev, test in BLIND_SETS
          for half, path in (("dev", dev), ("test", test))}
WHOLE = {f"{name} {role}": load_blind(path)
         for role, sets in (("dev", WHOLE_DEV_SETS), ("validation", VALIDATION_SETS))
         for name, path in sets}
HALVES |= WHOLE


@pytest.mark.parametrize(("dev_half", "test_half", "lines"),
                         [("set 1 dev", "set 1 test", 460), ("set 2 dev", "set 2 test", 300),
                          ("set 3 dev", "set 3 test", 300), ("set 4 dev", "set 4 test", 300),
                          ("set 19 dev", "set 19 test", 300),
                          ("set 28 dev", "set 28 test", 300)])
def test_the_halves_are_split_per_kind(dev_half: str, test_half: str, lines: int) -> None:
    dev, test = (Counter(line.kind for line in HALVES[h]) for h in (dev_half, test_half))
    assert set(dev) == set(test)
    assert all(abs(dev[k] - test[k]) <= 1 for k in dev)
    assert dev[NOT_IN_ARTICLE] >= 10 and dev[OFF_TOPIC] >= 10
    ids = [line.id for half in (dev_half, test_half) for line in HALVES[half]]
    assert len(ids) == len(set(ids)) == lines


@pytest.mark.parametrize("whole", sorted(WHOLE))
def test_the_whole_sets_have_every_kind(whole: str) -> None:
    kinds = Counter(line.kind for line in HALVES[whole])
    assert len(HALVES[whole]) == 300 and len(kinds) == 18
    # 25 of each, or (set 18 on) 20 claims the article never makes and 30 lines of chat.
    assert kinds[NOT_IN_ARTICLE] + kinds[OFF_TOPIC] == 50
    assert kinds[NOT_IN_ARTICLE] >= 20 and kinds[OFF_TOPIC] >= 25


def test_the_sets_share_no_id() -> None:
    ids = [line.id for half in HALVES.values() for line in half]
    assert len(set(ids)) == len(ids)


@pytest.mark.skipif(not ARTICLE.exists(), reason=f"{ARTICLE} is not there")
@pytest.mark.parametrize("half", sorted(HALVES))
def test_every_sentence_is_verbatim_from_the_article(half: str) -> None:
    article = fold_quote_text(ARTICLE.read_text(encoding="utf-8"))
    for line in HALVES[half]:
        assert line.covered is (line.kind not in (NOT_IN_ARTICLE, OFF_TOPIC)), line.id
        for claim in line.claims:
            assert claim.sentences, line.id
            assert all(fold_quote_text(s) in article for s in claim.sentences), line.id


SENTENCE = "Russia fielded between 75,000 and 100,000 soldiers; China contributed just 3,200."
SOURCE = Source(title="t")
FACT = Fact(id="vostok", claim="China sent 3,200 soldiers", verdict=Verdict.TRUE, summary="s",
            source=SOURCE, quote=SENTENCE, figures=(Figure("3,200 soldiers", "China's"),))
OTHER = Fact(id="other", claim="c", verdict=Verdict.TRUE, summary="s", source=SOURCE,
             quote="Something else entirely was said here.")
LINE = BlindLine(id="x1", text="china sent 10k troops", kind="wrong_figure",
                 claims=(BlindClaim(Verdict.FALSE, (SENTENCE,), "3,200"),))
UNMADE = BlindLine(id="x2", text="russia and china signed a treaty", kind=NOT_IN_ARTICLE,
                   claims=())


def reply(fact: Fact | None, verdict: Verdict, **extra: object) -> Reply:
    return Reply(input="x", checks=(Check(claim="x", verdict=verdict, fact=fact,
                                          **extra),))  # type: ignore[arg-type]


@pytest.mark.parametrize(("got", "line", "outcome"), [
    (reply(FACT, Verdict.FALSE), LINE, Outcome.RIGHT),
    (reply(FACT, Verdict.TRUE), LINE, Outcome.WRONG_VERDICT),
    (reply(OTHER, Verdict.FALSE), LINE, Outcome.WRONG_FACT),
    (reply(OTHER, Verdict.TRUE), LINE, Outcome.WRONG_VERDICT),
    (reply(FACT, Verdict.CONTEXT), LINE, Outcome.CONTEXT),
    (reply(None, Verdict.NO_MATCH), LINE, Outcome.SILENT),
    (reply(OTHER, Verdict.FALSE), UNMADE, Outcome.ANSWERED),
    (reply(OTHER, Verdict.CONTEXT), UNMADE, Outcome.CONTEXT_ONLY),
    (reply(None, Verdict.NO_MATCH), UNMADE, Outcome.SILENT),
])
def test_judging(got: Reply, line: BlindLine, outcome: Outcome) -> None:
    assert judge(got, line) is outcome


def test_the_figure_cited_is_the_source_figure() -> None:
    conflict = FigureConflict(claimed="10000", source_value="3,200 soldiers", what="China's")
    assert cites_figure(reply(FACT, Verdict.FALSE, conflicts=(conflict,)), LINE) is True
    assert cites_figure(reply(OTHER, Verdict.FALSE), LINE) is False
    assert cites_figure(reply(FACT, Verdict.FALSE), UNMADE) is None
