"""The rerank's shortcuts change no answer: the evidence scored for many texts at once is what
scoring them one by one gives, and the facts whose similarity is never computed could not have
ranked among those asked for."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pack_files import FACTS_DIR
from rapidfuzz import fuzz

import bot.core.matcher as matcher_module
from bot.core.analysis import ACTORS, Analysed
from bot.core.matcher import (
    _THE_PAIR,
    MIN_FACT_TERMS,
    NAMED_MATTER_TERMS,
    W_RANK_BM25,
    Candidate,
    Matcher,
    actor_mask,
    calibrated,
    calibrated_many,
)
from bot.core.models import Fact
from bot.packs.loader import load_fact_base

BUNDLED = load_fact_base([FACTS_DIR]).facts
# Words of the bundled facts' texts, and a few no fact uses, to make queries of.
WORDS = sorted({w for f in BUNDLED for t in f.texts for w in t.split()}
               | {"moon", "landing", "bitcoin", "Putin", "Xi", "USA", "$100bn", "15%"})


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(BUNDLED)


def names_its_matter(matcher: Matcher, query: Analysed, entry: int) -> bool:
    """A query naming a thing the text names (a firm, a place), and saying NAMED_MATTER_TERMS
    more of its terms, is about the text's actors: written plainly."""
    terms = set(query.terms)
    named = {t for t in terms if t in matcher._names}
    text = set(matcher._entry_terms[entry].split())
    return bool(named & text) and len((terms - named) & text) >= NAMED_MATTER_TERMS


def plain_candidates(matcher: Matcher, query: Analysed, limit: int) -> list[Candidate]:
    """candidates_for as written plainly: each text of each retrieved fact scored one by one,
    every fact its best text (the first of them on a tie)."""
    if not query.terms:
        return []
    hits = matcher.index.search(query.terms)
    retrieved = np.flatnonzero(hits.bm25)
    if retrieved.size > limit:
        retrieved = retrieved[np.argpartition(-hits.bm25[retrieved], limit - 1)[:limit]]
    joined = " ".join(query.terms)
    out: list[Candidate] = []
    for fi in retrieved.tolist():
        best: Candidate | None = None
        start = int(matcher.fact_start[fi])
        for entry in range(start, start + len(matcher.facts[fi].texts)):
            covered = float(hits.covered[entry])
            if covered <= 0.0:
                continue
            weight = float(matcher.index.entry_weight[entry]) or 1.0
            brevity = min(int(matcher.index.entry_term_count[entry]) / MIN_FACT_TERMS, 1.0)
            named = matcher.entry_entities.get(entry)
            candidate = Candidate(
                fact=fi, entry=entry, bm25=float(hits.bm25[fi]),
                fact_coverage=min(covered / weight, 1.0) * brevity,
                claim_coverage=min(covered / hits.query_weight, 1.0),
                fuzzy=fuzz.token_sort_ratio(joined, matcher._entry_terms[entry]) / 100.0,
                entity_mismatch=bool(query.entities - matcher.fact_entities[fi]),
                actors_absent=named is not None and query.entities.isdisjoint(named)
                and not names_its_matter(matcher, query, entry)
                # "the two countries", "bilateral": any two actors a text names.
                and not (not query.entities and _THE_PAIR.search(query.said) is not None
                         and len(named) >= 2))
            if best is None or candidate.score > best.score:
                best = candidate
        if best is not None:
            out.append(best)
    return out


def plain_ranking(matcher: Matcher, text: str, limit: int) -> list[Candidate]:
    """Every candidate ranked, the first `limit` kept."""
    found = plain_candidates(matcher, matcher.analyse_query(text), max(limit, matcher.candidates))
    if not found:
        return []
    top = max(c.bm25 for c in found) or 1.0
    found.sort(key=lambda c: (-(c.score + W_RANK_BM25 * c.bm25 / top), c.fact))
    return found[:limit]


def _fields(candidates: list[Candidate]) -> list[tuple[object, ...]]:
    return [(c.fact, c.entry, c.bm25, c.fact_coverage, c.claim_coverage, c.fuzzy,
             c.entity_mismatch, c.actors_absent) for c in candidates]


QUERIES = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=QUERIES, limit=st.sampled_from([1, 2, 5, 8, 9, 30, 60, 100]))
@example(text="Bilateral", limit=1)  # names the pair: a text naming two actors is not apart
def test_the_candidates_are_those_scored_one_text_at_a_time(
        matcher: Matcher, text: str, limit: int) -> None:
    query = matcher.analyse_query(text)
    assert _fields(matcher.candidates_for(query, limit)) == \
        _fields(plain_candidates(matcher, query, limit))


@settings(max_examples=300, deadline=None)
@given(text=QUERIES, limit=st.sampled_from([-1, 0, 1, 2, 5, 8, 9, 30, 60, 100]))
@example(text="BRI", limit=-1)  # a name the facts' prose writes: no mark-down for naming no actor
def test_the_facts_ranked_first_are_those_ranking_every_candidate_gives(
        matcher: Matcher, text: str, limit: int) -> None:
    expected = [matcher._match_of(c) for c in plain_ranking(matcher, text, limit)]
    assert matcher.match(text, limit=limit) == expected
    # Past SCORED_AT_ONCE texts, only the facts whose ceiling could rank are scored.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher_module, "SCORED_AT_ONCE", 0)
        assert matcher.match(text, limit=limit) == expected


def test_ranking_skips_the_similarity_of_facts_that_cannot_rank(
        matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "russia and china trade grew to 100 billion dollars while their militaries drilled"
    computed: list[int] = []
    best_texts = Matcher._best_texts

    def counted(self: Matcher, query_joined: str, evidence: object,
                groups: list[int] | None) -> object:
        assert groups is not None
        computed.extend(groups)
        return best_texts(self, query_joined, evidence, groups)  # type: ignore[arg-type]

    monkeypatch.setattr(Matcher, "_best_texts", counted)
    monkeypatch.setattr(matcher_module, "SCORED_AT_ONCE", 0)
    found = matcher.match(text, limit=8)
    assert [m.fact.id for m in found] == \
        [matcher.facts[c.fact].id for c in plain_ranking(matcher, text, 8)]
    monkeypatch.undo()
    assert 8 <= len(computed) < len(matcher.candidates_for(matcher.analyse_query(text), 60))


def test_few_texts_are_scored_at_once(matcher: Matcher, monkeypatch: pytest.MonkeyPatch
                                      ) -> None:
    text = "russia and china trade grew to 100 billion dollars while their militaries drilled"
    calls: list[list[int] | None] = []
    best_texts = Matcher._best_texts

    def counted(self: Matcher, query_joined: str, evidence: object,
                groups: list[int] | None) -> object:
        calls.append(groups)
        return best_texts(self, query_joined, evidence, groups)  # type: ignore[arg-type]

    monkeypatch.setattr(Matcher, "_best_texts", counted)
    found = matcher.match(text, limit=8)
    assert [m.fact.id for m in found] == \
        [matcher.facts[c.fact].id for c in plain_ranking(matcher, text, 8)]
    assert calls == [None]


UNIT = st.floats(min_value=0.0, max_value=1.0)


@given(st.lists(st.tuples(UNIT, UNIT, UNIT, st.booleans(), st.booleans()), min_size=1,
                max_size=20))
def test_scores_of_many_texts_are_the_scores_of_each(
        rows: list[tuple[float, float, float, bool, bool]]) -> None:
    columns = [np.asarray(c) for c in zip(*rows, strict=True)]
    many = calibrated_many(*columns)
    assert many.tolist() == [calibrated(*row) for row in rows]
    # The ceiling: a perfect similarity for every text.
    ceilings = calibrated_many(columns[0], columns[1], 1.0, columns[3], columns[4])
    assert all(c >= s for c, s in zip(ceilings.tolist(), many.tolist(), strict=True))


def test_each_actor_is_one_bit_of_an_int64() -> None:
    bits = [actor_mask([actor]) for actor in ACTORS]
    assert len(set(bits)) == len(ACTORS)
    assert all(b > 0 and b & (b - 1) == 0 and b < 1 << 63 for b in bits)
    assert actor_mask(["russia", "china"]) == actor_mask(["russia"]) | actor_mask(["china"])
    assert actor_mask([]) == 0


def test_a_fact_with_no_text_naming_actors_has_no_actor_bits() -> None:
    facts = (Fact(id="a", claim="Russia sells gas to China", verdict=BUNDLED[0].verdict,
                  summary="", source=BUNDLED[0].source),
             Fact(id="b", claim="Gas prices rose sharply", verdict=BUNDLED[0].verdict,
                  summary="", source=BUNDLED[0].source))
    matcher = Matcher(facts)
    found = {m.fact.id: m.score for m in matcher.match("russia gas prices", limit=2)}
    assert set(found) == {"a", "b"}
    plain = {matcher.facts[c.fact].id: round(c.score, 4)
             for c in plain_ranking(matcher, "russia gas prices", 2)}
    assert found == plain
