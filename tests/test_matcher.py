"""The default matcher: retrieval, entity agreement, aliases, typos and the calibrated score."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pack_files import FACTS_DIR

from bot.core.analysis import (
    analyse,
    entities,
    is_plain_prose,
    normalised_many,
    normalised_words,
    plain_normalised,
    proper_names,
    strip_post_noise,
    term_of,
)
from bot.core.checker import DEFAULT_THRESHOLD, check_claim
from bot.core.index import BM25Index
from bot.core.matcher import ClaimMatcher, Matcher
from bot.core.models import Fact, Match, Source, Verdict
from bot.packs.loader import load_fact_base

SOURCE = Source(title="Test source")


def fact(fact_id: str, claim: str, *aliases: str, verdict: Verdict = Verdict.TRUE) -> Fact:
    return Fact(id=fact_id, claim=claim, verdict=verdict, summary="", source=SOURCE,
                aliases=aliases)


@pytest.fixture(scope="module")
def pack_facts() -> tuple[Fact, ...]:
    return load_fact_base([FACTS_DIR]).facts


@pytest.fixture(scope="module")
def matcher(pack_facts: tuple[Fact, ...]) -> Matcher:
    return Matcher(pack_facts)


SMALL = (
    fact("china-russia-drills", "China and Russia held joint naval drills in the Baltic in 2017"),
    fact("india-russia-arms", "India buys most of its weapons from Russia",
         "Is Russia India's main arms supplier?"),
    fact("eu-gas", "The EU imports a large share of its natural gas from Russia"),
    fact("moon-landing", "The 1969 moon landing was filmed in a studio", verdict=Verdict.FALSE),
)


def test_matcher_has_the_shape_the_checker_needs() -> None:
    matcher: ClaimMatcher = Matcher(SMALL)
    found = matcher.match("did china and russia hold naval drills in the baltic", limit=2)
    assert isinstance(matcher.name, str) and matcher.name
    assert len(found) <= 2
    assert all(isinstance(m, Match) for m in found)
    assert found[0].fact.id == "china-russia-drills"
    assert found[0].matched_text == SMALL[0].claim


@pytest.mark.parametrize("text", ["", "   ", "lol", "the of and is", "<@123456> :smile:",
                                  "https://example.com/x", "!!!", "🙂🙂"])
def test_nothing_to_match_gives_no_candidates(text: str) -> None:
    assert Matcher(SMALL).match(text) == []


def test_an_empty_fact_base_matches_nothing() -> None:
    assert Matcher(()).match("China and Russia held joint naval drills") == []


def test_every_text_of_the_bundled_pack_finds_its_fact_first_with_full_score(
        pack_facts: tuple[Fact, ...], matcher: Matcher) -> None:
    for f in pack_facts:
        for text in f.texts:
            best = matcher.match(text, limit=5)[0]
            assert best.fact.id == f.id, text
            assert best.score == pytest.approx(1.0), text
            assert best.matched_text in f.texts


@pytest.mark.parametrize(("claim", "fact_id"), [
    ("Rusia and Chna are formng an anti-US aliance", "alliance-forming"),
    ("russia n china r basically teamin up against the US", "alliance-forming"),
    ("Putin and Xi are forging an anti-Amercan blok", "alliance-forming"),
])
def test_typos_still_find_the_fact(claim: str, fact_id: str, matcher: Matcher) -> None:
    best = matcher.match(claim)[0]
    assert best.fact.id == fact_id
    assert best.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("word", "corrected"), [
    ("rusia", "russia"),
    # A number in words is a word of its own, never an ordinal misspelt.
    ("sixty", "sixty"),
    ("fifty", "fifty"),
])
def test_typo_correction_leaves_numbers_in_words(word: str, corrected: str) -> None:
    index = BM25Index([["russia"], ["sixth"], ["fifth"]], [0, 1, 2], 3)
    index.add_surface_words(["russia", "sixth", "fifth"])
    assert index.correct(word) == corrected


def test_an_alias_matches_its_fact_not_only_the_claim() -> None:
    best = Matcher(SMALL).match("is russia really india's main arms supplier")[0]
    assert best.fact.id == "india-russia-arms"
    assert best.matched_text == "Is Russia India's main arms supplier?"
    assert best.score >= DEFAULT_THRESHOLD


def test_a_claim_about_other_countries_does_not_take_the_fact() -> None:
    matcher = Matcher(SMALL[:1])
    # Same words but India instead of China: not the fact's claim.
    found = matcher.match("India and Russia held joint naval drills in the Baltic in 2017")
    assert found[0].fact.id == "china-russia-drills"
    assert found[0].score < DEFAULT_THRESHOLD
    assert check_claim("India and Russia held joint naval drills in the Baltic in 2017",
                       matcher).verdict is Verdict.NO_MATCH
    same = matcher.match("Russia and China held joint naval drills in the Baltic in 2017")
    assert same[0].score >= DEFAULT_THRESHOLD


def test_entity_agreement_picks_the_fact_about_the_countries_named() -> None:
    facts = (fact("cr", "China and Russia signed a gas deal worth 400 billion dollars"),
             fact("ir", "India and Russia signed a gas deal worth 400 billion dollars"))
    found = Matcher(facts).match("india and russia signed a $400bn gas deal")
    assert [m.fact.id for m in found][:1] == ["ir"]
    assert found[0].score > found[1].score


def test_a_leader_counts_as_the_country() -> None:
    facts = (fact("cr", "China and Russia signed a gas deal"),)
    best = Matcher(facts).match("Xi and Putin signed a gas deal")[0]
    assert best.score >= DEFAULT_THRESHOLD
    assert entities(normalised_words("The UK's trade")) == {"uk"}


def test_duplicate_and_very_short_claims_load_and_do_not_swallow_everything() -> None:
    facts = (*SMALL, fact("dup-1", "The EU imports a large share of its natural gas from Russia"),
             fact("short-1", "A"), fact("short-2", "The"), fact("short-3", "U.S."),
             fact("short-4", "Gas"))
    matcher = Matcher(facts)
    found = matcher.match("The EU imports a large share of its natural gas from Russia")
    assert {m.fact.id for m in found[:2]} == {"eu-gas", "dup-1"}
    assert found[0].fact.id == "eu-gas"  # ties go to the fact loaded first
    for text in ("The moon landing was fake", "India buys weapons from Russia"):
        assert all(m.fact.id not in {"short-1", "short-2", "short-3"}
                   for m in matcher.match(text))
    gas = matcher.match("gas prices in my town went up again")
    assert all(m.score < DEFAULT_THRESHOLD for m in gas)


def test_limit_is_respected_and_results_are_distinct_facts(matcher: Matcher) -> None:
    found = matcher.match("russia china trade alliance weapons oil gas", limit=7)
    assert len(found) == 7
    assert len({m.fact.id for m in found}) == 7
    assert matcher.match("russia china trade", limit=1)[0] == found[0] or len(found) == 7


def test_a_pasted_post_is_matched_without_its_links_and_with_its_hashtags_split() -> None:
    post = ("Wow. #MoonLanding was #FilmedInAStudio all along pic.twitter.com/AbC123xyz "
            "https://t.co/xyz — Some One (@someone) July 20, 2019")
    assert "pic.twitter" not in strip_post_noise(post)
    assert "Filmed In A Studio" in strip_post_noise(post)
    best = Matcher(SMALL).match(post)[0]
    assert best.fact.id == "moon-landing"


def test_mass_mentions_are_left_to_normalising_not_split_like_handles() -> None:
    assert normalised_words("@everyone @here @channel Russia") == "russia"
    assert "Donald Trump" in strip_post_noise("@realDonaldTrump")


def test_run_together_words_are_split_when_both_halves_are_known() -> None:
    index = BM25Index([["russia"], ["china"]], [0, 1], 2)
    index.add_surface_words({"russia", "china", "alliance"})
    assert index.split_compound("russiachina") == ["russia", "china"]
    assert index.split_compound("unrelatedword") == ["unrelatedword"]


def test_another_form_of_an_indexed_word_is_not_split_into_two() -> None:
    facts = (fact("formal", "Russia and China have a formal alliance"),
             fact("colonies", "It is rare to ally with colonies; empires form blocs"))
    assert "formally" in Matcher(facts).analyse_query("formally allied").words
    found = Matcher(SMALL).match("#chinarussia drills in the baltic")
    assert found[0].fact.id == "china-russia-drills"


def test_rarer_words_weigh_more_in_the_index() -> None:
    index = BM25Index([["russia", "gas"], ["russia", "oil"], ["russia", "wheat"]], [0, 1, 2], 3)
    hits = index.search(["russia", "wheat"])
    assert hits.bm25.argmax() == 2
    assert index.idf[index.vocab["wheat"]] > index.idf[index.vocab["russia"]]


def test_the_calibrated_score_does_not_depend_on_the_ranking_weights(matcher: Matcher) -> None:
    # Ranking mixes in BM25; the score the checker thresholds is the calibrated one.
    query = matcher.analyse_query("russia and china trade grew a lot last year")
    candidates = matcher.candidates_for(query, 60)
    by_fact = {matcher.facts[c.fact].id: round(c.score, 4) for c in candidates}
    for m in matcher.match("russia and china trade grew a lot last year", limit=10):
        assert m.score == by_fact[m.fact.id]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_scores_are_calibrated_between_0_and_1(text: str) -> None:
    for m in Matcher(SMALL).match(text, limit=4):
        assert 0.0 <= m.score <= 1.0


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=12))
@example(texts=["", "& 0"])  # an "&" opening a text is read as "and" alone as in a batch
@example(texts=["&", ""])  # so is one ending it
def test_batch_normalising_equals_normalising_one_by_one(texts: list[str]) -> None:
    assert normalised_many(texts) == [normalised_words(t) for t in texts]
    assert normalised_many(texts, plain_path_min=0) == [normalised_words(t) for t in texts]


TRICKY_TOKENS = ["100", "2019.", "(5)", "bn", "Billion", "dollars", "per", "cent", "%", "$",
                 "U.S.", "US", "USA", "us", "-", ",", "1,000", "3/4", "G7", "covid-19", "'90s",
                 ".5", "k", "word", "Putin", "the", "5.", "...", "it's", "S400", "pct", "USD",
                 "\u2019", "\u2014", "\u00a0", "\u201c", "#Tag", "@Handle", "(2017)"]


@settings(max_examples=300, deadline=None)
# A unit after a number and punctuation: "1 dollars,word" is "1 usd word", not plain prose;
# "US" is read before the apostrophe goes: "1 dollars’US" is "1 usd usa".
@example([[("1", " "), ("dollars", ""), (",", ""), ("word", "")]])
@example([[("word", "")], [("1", " "), ("dollars", ""), ("\u2019", ""), ("US", "")]])
@given(st.lists(st.lists(st.tuples(st.sampled_from(TRICKY_TOKENS),
                                   st.sampled_from([" ", "", "  ", ". "])), max_size=10),
                max_size=8))
def test_the_fast_path_for_plain_prose_normalises_like_normalise(
        texts_tokens: list[list[tuple[str, str]]]) -> None:
    texts = ["".join(token + gap for token, gap in tokens) for tokens in texts_tokens]
    assert normalised_many(texts, plain_path_min=0) == [normalised_words(t) for t in texts]
    for text in texts:
        if is_plain_prose(text):
            assert plain_normalised(text) == normalised_words(text)


def test_batch_normalising_the_bundled_pack_and_chat_lines(pack_facts: tuple[Fact, ...]) -> None:
    from pack_files import REPO
    lines = (REPO / "tests" / "data" / "offtopic.txt").read_text(encoding="utf-8").splitlines()
    texts = [t for f in pack_facts for t in f.texts] + lines + ["a ‘quoted’ “word” — …"]
    assert normalised_many(texts) == [normalised_words(t) for t in texts]
    assert normalised_many(texts, plain_path_min=0) == [normalised_words(t) for t in texts]


def test_analysis_folds_a_countrys_names_and_adds_a_persons_country() -> None:
    analysed = analyse("The Kremlin and Beijing")
    assert analysed.terms == ("russia", "china")
    assert analysed.entities == {"russia", "china"}
    # An irregular verb's past is indexed as its present: "met" is "meet".
    analysed = analyse("Putin met Americans")
    assert analysed.terms == ("putin", "meet", "us", "russia")
    assert analysed.entities == {"russia", "us"}


@pytest.mark.parametrize(("claim", "text"), [
    ("BRI was launched in Astana back in 2013",
     "Xi launched the Belt and Road Initiative in Astana, Kazakhstan in 2013"),
    ("The belt and road initiative stalled in Central Asia",
     "Most BRI projects in Central Asia stalled"),
    ("Russia sells LNG to China", "Russia sells liquefied natural gas to China"),
    ("russia is just the 10th biggest destination for chinese exports",
     "Russia ranks only tenth among destinations for Chinese exports"),
    ("China is Russia's 2nd largest trading partner",
     "China is Russia's second-largest trading partner, after the EU"),
    ("china = russia's #2 trading partner",
     "China is Russia's second-largest trading partner, after the EU"),
    ("they threw putin a bday party w cake", "Xi threw Putin a birthday party with cake"),
    ("Putin floated handing the islands back", "Putin dangled returning the islands"),
    ("the pipeline carries 38 billion cubic meters a yr",
     "The pipeline carries 38 billion cubic meters a year"),
    ("china put 24 bil into russia thru 2018",
     "China invested $24 billion in Russia through 2018"),
    ("Chinese banks lent more to SSA than to Asia",
     "Chinese banks lent more to sub-Saharan Africa than to Asia"),
    ("KSA bought tanks from France", "Saudi Arabia bought tanks from France"),
    ("their FP is run from the palace", "Their foreign policy is run from the palace"),
    ("the finmin resigned over the budget", "The finance minister resigned over the budget"),
])
def test_an_abbreviation_or_ordinal_meets_the_words_it_stands_for(claim: str, text: str) -> None:
    facts = (fact("named", text), *SMALL)
    [best, *_] = Matcher(facts).match(claim)
    assert best.fact.id == "named"
    assert best.score >= DEFAULT_THRESHOLD


def test_a_scale_run_into_a_currency_takes_the_full_normalisation() -> None:
    # Found by the property test above: "kUSD" is an amount, not a plain word.
    text = "They paid 100 kUSD for it"
    assert normalised_words(text) == "they paid 100 thousand usd for it"
    assert normalised_many([text], plain_path_min=0) == [normalised_words(text)]


@pytest.mark.parametrize(("claim", "reworded"), [
    ("Russia fielded between 75,000 and 100,000 soldiers at Vostok-2018",
     "Russia fielded between 75,000 and 100,000 servicemen at Vostok-2018"),
    ("the 1969 clash on the island lasted for months",
     "the 1969 skirmish on the island lasted for months"),
    ("Russia courts Japan, China's rival", "Russia courts Japan, China's foe"),
    ("fears of Chinese spying killed the Huawei deal",
     "fears of Chinese espionage killed the Huawei deal"),
    ("Beijing invested more in Africa than in Russia",
     "Beijing poured more into Africa than into Russia"),
    ("Chinese investing in Russia stayed small", "Chinese pumped into Russia stayed small"),
    ("Xi's first visit abroad as leader went to Moscow",
     "Xi's first trip abroad as leader went to Moscow"),
])
def test_words_chat_uses_for_the_same_thing_match_alike(claim: str, reworded: str) -> None:
    matcher = Matcher(BUNDLED.facts)
    first, second = matcher.match(claim)[0], matcher.match(reworded)[0]
    assert (second.fact.id, second.score) == (first.fact.id, pytest.approx(first.score))


@pytest.mark.parametrize(("framed", "plain"), [
    ("the article says India buys most of its weapons from Russia",
     "India buys most of its weapons from Russia"),
    ("according to the author, the EU imports a large share of its natural gas from Russia",
     "the EU imports a large share of its natural gas from Russia"),
    ("pretty sure china and russia held joint naval drills in the baltic, per the piece",
     "pretty china and russia held joint naval drills in the baltic"),
    ("fwiw i read the 1969 moon landing was filmed in a studio",
     "the 1969 moon landing was filmed in a studio"),
    ("tl;dr they're holding naval drills in the baltic anyway",
     "they are holding naval drills in the baltic"),
    ("who's buying most of its weapons from Russia? India",
     "buying most of its weapons from Russia India"),
    ("the author's bottom line: the EU imports a large share of its gas from Russia",
     "the EU imports a large share of its gas from Russia"),
    ("hot take, long story short: china and russia held naval drills in the baltic",
     "china and russia held naval drills in the baltic"),
    ("in a nutshell the moon landing was filmed in a studio, the articles' main takeaway",
     "the moon landing was filmed in a studio"),
    ("acc to the article the EU imports a large share of its gas from Russia",
     "the EU imports a large share of its gas from Russia"),
])
def test_the_words_that_frame_a_claim_are_not_its_matter(framed: str, plain: str) -> None:
    matcher = Matcher(SMALL)
    first, second = matcher.match(framed)[0], matcher.match(plain)[0]
    assert (first.fact.id, first.score) == (second.fact.id, pytest.approx(second.score))


@pytest.mark.parametrize(("bounded", "plain"), [
    ("china and russia held fewer than 3 naval drills in the baltic",
     "china and russia held 3 naval drills in the baltic"),
    ("india buys north of 60 percent of its weapons from russia",
     "india buys 60 percent of its weapons from russia"),
    ("the eu imports less than half its natural gas from russia",
     "the eu imports half its natural gas from russia"),
])
def test_the_words_bounding_a_figure_are_not_a_claims_matter(bounded: str, plain: str) -> None:
    # "Fewer than", "at least", "north of" tell how far a figure reaches, which the checker
    # compares with the fact's figure; they say nothing of which fact the claim is about.
    matcher = Matcher(SMALL)
    first, second = matcher.match(bounded)[0], matcher.match(plain)[0]
    assert (first.fact.id, first.score) == (second.fact.id, pytest.approx(second.score))


@pytest.mark.parametrize(("short", "spelled"), [
    ("china sells russia telecom tech", "china sells russia telecom technology"),
    ("security ppl in moscow distrust beijing", "security people in moscow distrust beijing"),
    ("natl pride got a diff meaning after the war",
     "national pride got a different meaning after the war"),
    ("smth abt the biz info leaked", "something about the business information leaked"),
    ("the canal runs 120 mi inland", "the canal runs 120 miles inland"),
    ("the canal runs 190 km inland", "the canal runs 190 kilometers inland"),
    ("the canal runs 190 kms inland", "the canal runs 190 kilometers inland"),
    ("the two towns' coop on the canal", "the two towns' cooperation on the canal"),
])
def test_chat_shorthand_scores_as_the_words_it_stands_for(short: str, spelled: str) -> None:
    facts = (fact("named", "Moscow's security people distrust Beijing's telecom technology",
                  "National pride got a different meaning after the war",
                  "The business information leaked",
                  "The canal runs 120 miles or 190 kilometers inland",
                  "The two towns' cooperation on the canal"), *SMALL)
    matcher = Matcher(facts)
    first, second = matcher.match(short)[0], matcher.match(spelled)[0]
    assert (first.fact.id, first.score) == (second.fact.id, pytest.approx(second.score))


@pytest.mark.parametrize(("chatty", "plain"), [
    ("kremlin def cancelled the huawei server deal", "kremlin cancelled the huawei server deal"),
    ("oh so the huawei deal got scrapped, duh", "so the huawei deal got scrapped"),
    ("the rosneft stake stuff fell through, whatever", "the rosneft stake fell through"),
    ("tldr vostok was super lopsided", "vostok was lopsided"),
    ("tbf ikr the su-35 went to china first", "the su-35 went to china first"),
    ("nvm, china abstained on crimea", "china abstained on crimea"),
])
def test_chat_filler_is_not_a_claims_matter(chatty: str, plain: str) -> None:
    matcher = Matcher(BUNDLED.facts)
    first, second = matcher.match(chatty)[0], matcher.match(plain)[0]
    assert (first.fact.id, first.score) == (second.fact.id, pytest.approx(second.score))


def test_a_chat_name_is_not_read_as_a_country() -> None:
    # "carol" is one letter from a capital's name; a claim that names someone in the chat is
    # not about another country than its fact.
    best = Matcher(BUNDLED.facts).match(
        "carol said Chinese troops ambushed a Soviet border patrol in March 1969")[0]
    assert best.fact.id == "border-clash-1969" and best.score >= DEFAULT_THRESHOLD


SWAPS = (
    fact("putin-first-trip",
         "Putin's first official trip abroad as the newly elected president was to Beijing"),
    fact("india-su30", "Russia sold a squadron of its newest long-range fighter jets to India"),
)


@pytest.mark.parametrize(("claim", "fact_id"), [
    ("Putin's first official trip abroad as the newly elected president was to Washington",
     "putin-first-trip"),
    ("was putins first official trip abroad as newly elected president to tokyo?",
     "putin-first-trip"),
    ("Russia sold a squadron of its newest long-range fighter jets to Pakistan", "india-su30"),
])
def test_a_fact_told_with_another_actor_in_its_place_is_found_and_false(
        claim: str, fact_id: str) -> None:
    matcher = Matcher(SWAPS)
    best = matcher.match(claim)[0]
    assert (best.fact.id, best.score >= DEFAULT_THRESHOLD) == (fact_id, True)
    check = check_claim(claim, matcher)
    assert (check.verdict, check.reading) == (Verdict.FALSE, "substitution")


@pytest.mark.parametrize("claim", [
    # A pair named together is a topic, not an actor put in another's place.
    "Putin and Obama's first official trip abroad as newly elected presidents was to Tokyo",
    # Words of its own besides the swap: another fact, not this one told wrong.
    "Russia leased a squadron of its old cargo ships to Pakistan",
    # The actors moved around, not one put in another's place.
    "India sold a squadron of its newest long-range fighter jets to Pakistan",
])
def test_a_swap_needs_the_facts_words_and_each_actor_in_a_role(claim: str) -> None:
    assert Matcher(SWAPS).match(claim)[0].score < DEFAULT_THRESHOLD


CHATTY_SWAPS = (
    fact("abe-visit", "Abe's first visit as prime minister was to Beijing"),
    fact("india-su30", "Russia sold a squadron of its newest long-range fighter jets to India"),
)


@pytest.mark.parametrize(("claim", "fact_id"), [
    # A swap with chat around it, or a word of the fact's left out, is the fact told wrong.
    ("Abe's first visit as prime minister was to Washington", "abe-visit"),
    ("Russia sold a squadron of its newest fighter jets to Pakistan, right?", "india-su30"),
    ("didn't Russia sell its newest long-range fighter jets to Pakistan?", "india-su30"),
])
def test_a_swap_told_loosely_is_found_and_false(claim: str, fact_id: str) -> None:
    matcher = Matcher(CHATTY_SWAPS)
    best = matcher.match(claim)[0]
    assert (best.fact.id, best.score >= DEFAULT_THRESHOLD) == (fact_id, True)
    check = check_claim(claim, matcher)
    assert (check.verdict, check.reading) == (Verdict.FALSE, "substitution")


@pytest.mark.parametrize("claim", [
    # Too few of the fact's words besides the swap: not its story.
    "Abe made his first visit as PM to Washington",
    "Obama's first visit as president was to Beijing",
])
def test_a_loose_swap_still_needs_most_of_the_facts_words(claim: str) -> None:
    assert Matcher(CHATTY_SWAPS).match(claim)[0].score < DEFAULT_THRESHOLD


STRESSED = (
    fact("alike", "Japan and Korea vote alike on whaling at the UN"),
    fact("ever", "It was the first ever summit of the two leaders"),
)


@pytest.mark.parametrize(("stressed", "plain"), [
    ("Japan and Korea vote exactly alike on whaling at the UN",
     "Japan and Korea vote alike on whaling at the UN"),
    ("Japan and Korea vote alike on whaling at every UN session",
     "Japan and Korea vote alike on whaling at UN session"),
    ("Japan and Korea vote completely and utterly alike on whaling at the UN",
     "Japan and Korea vote alike on whaling at the UN"),
    ("Japan and Korea absolutely vote alike on whaling, every single time, at the UN",
     "Japan and Korea vote alike on whaling, time, at the UN"),
    ("Japan and Korea truly vote perfectly alike on whaling at the UN",
     "Japan and Korea vote alike on whaling at the UN"),
    ("Japan and Korea vote fully alike on whaling at the UN",
     "Japan and Korea vote alike on whaling at the UN"),
    ("Japan and Korea vote alike on whaling at the UN, no exceptions",
     "Japan and Korea vote alike on whaling at the UN, no"),
    ("Japan and Korea will vote alike on whaling at the UN, guaranteed",
     "Japan and Korea will vote alike on whaling at the UN"),
])
def test_words_that_stress_a_claim_are_not_its_matter(stressed: str, plain: str) -> None:
    matcher = Matcher(STRESSED)
    first, second = matcher.match(stressed)[0], matcher.match(plain)[0]
    assert (first.fact.id, first.score) == (second.fact.id, pytest.approx(second.score))


def test_a_stressing_word_a_fact_uses_is_matched() -> None:
    facts = (*STRESSED, fact("single", "Japan is Korea's single largest trading partner"))
    assert "singl" in Matcher(facts).analyse_query("Korea's every single partner").terms


PAIRED = (
    fact("rivals", "Japan and Korea compete for the same export markets in Southeast Asia"),
    fact("cars", "Japan exports cars"),
    fact("summits", "The leaders of Japan and Korea held 12 summits in two years"),
)


@pytest.mark.parametrize(("claim", "fact_id", "absent"), [
    ("the two countries compete for the same export markets in Southeast Asia", "rivals", False),
    ("both governments compete for the same export markets in Southeast Asia", "rivals", False),
    ("the two are competing for the same export markets in Southeast Asia", "rivals", False),
    ("the two firms compete for the same export markets in Southeast Asia", "rivals", True),
    ("they compete for the same export markets in Southeast Asia", "rivals", True),
    # "Bilateral" is between the two.
    ("bilateral competition for the same export markets in Southeast Asia", "rivals", False),
    # So are "between them" and "each other".
    ("competition between them for the same export markets in Southeast Asia", "rivals", False),
    ("they compete with each other for the same export markets in Southeast Asia", "rivals",
     False),
    # A text that names one actor is not about the pair.
    ("both countries export cars", "cars", True),
    # Meeting takes two: "they've met" names the pair.
    ("they've met for 12 summits in two years", "summits", False),
    ("they have only met at two summits", "summits", False),
    ("they hold summits twice a year", "summits", True),
])
def test_the_two_countries_name_the_pair_a_fact_is_about(
        claim: str, fact_id: str, absent: bool) -> None:
    matcher = Matcher(PAIRED)
    [found] = [c for c in matcher.candidates_for(matcher.analyse_query(claim), 5)
               if matcher.facts[c.fact].id == fact_id]
    assert found.actors_absent is absent


NAMED = (
    fact("trucks", "Japan's plan to buy Toyota trucks for its army fell through"),
    fact("cars", "Korea exports cars to Vietnam"),
)


@pytest.mark.parametrize(("claim", "fact_id", "absent"), [
    # A claim that names the firm a text names, and says more of the text, is about its actors.
    ("the Toyota truck order for the army fell through", "trucks", False),
    ("the army never got its Toyota trucks", "trucks", False),
    # Naming the firm alone, or saying one word more, is not enough.
    ("Toyota is a big company", "trucks", True),
    ("Toyota trucks are great", "trucks", True),
    # Without the name, the claim may be about any army's trucks.
    ("the army's truck order fell through", "trucks", True),
])
def test_a_claim_naming_a_texts_firm_is_about_its_actors(
        claim: str, fact_id: str, absent: bool) -> None:
    matcher = Matcher(NAMED)
    [found] = [c for c in matcher.candidates_for(matcher.analyse_query(claim), 5)
               if matcher.facts[c.fact].id == fact_id]
    assert found.actors_absent is absent


@pytest.mark.parametrize(("texts", "names"), [
    # Capitalised inside a sentence: a name; at a sentence's start: not one.
    (["Japan bought Toyota trucks. Trucks are slow."], {"toyota"}),
    # Written in lower case anywhere: a word, not a name ("Power of Siberia", "power bases").
    (["The Power of Siberia pipeline", "the party's power bases"], {"siberia"}),
    # Actors and function words are not names.
    (["Trade with Japan grew, as The Economist noted"], {"economist"}),
])
def test_proper_names(texts: list[str], names: set[str]) -> None:
    assert proper_names(texts) == {term_of(n) for n in names}


# British spellings are indexed as the American ones, so either finds the other.
@pytest.mark.parametrize(("british", "american"), [
    ("programme", "program"),
    ("defence", "defense"),
    ("organisations", "organizations"),
    ("recognised", "recognized"),
    ("neighbours", "neighbors"),
    ("militarised", "militarized"),
])
def test_british_spellings_are_one_term_with_american(british: str, american: str) -> None:
    assert term_of(british) == term_of(american)


def test_a_british_spelling_finds_the_fact() -> None:
    matcher = Matcher([fact("plan", "The city signed a housing program with the state in 2009"),
                       fact("park", "The city opened a new park on the river")])
    [best, *_] = matcher.match("the housing programme the city signed with the state")
    assert best.fact.id == "plan"
