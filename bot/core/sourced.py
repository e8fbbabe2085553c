"""Claims that say what the source says in other words than any fact's wording.

A pack's facts quote their source; a claim that no fact's claim or aliases match may still
restate one of those quoted sentences ("the notion of an alliance is still premature"). Such a
claim is read against the sentence itself: agreeing with it, the claim is true, whatever the
fact's own claim (often a belief the source refutes); denying it, false.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.analysis import content_words, entities, term_of
from bot.core.matcher import Candidate, Matcher
from bot.core.models import Fact, Verdict
from bot.core.normalise import cached_normalise as normalise
from bot.core.per_pack import PerPack
from bot.core.reading import opposed_words, told_as_rumour

# The share of the claim's weight a quoted sentence must hold, and the least number of terms a
# claim needs, for the sentence to be what the claim restates.
MIN_CLAIM_COVERAGE = 0.7
MIN_TERMS = 4
ACTORLESS_COVERAGE = 0.9
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])")
# A sentence that leans on the one before it for its deed: "So did a pledge to invest ..." (fell
# through, as the deal before it did). Alone it tells no deed, and is read in the fact's
# summary, which tells it.
_LEANING = re.compile(r"^\W*(?:so|neither|nor) (?:did|was|were|has|have|had|is|are|does|do)\b",
                      re.IGNORECASE)


# Where a quoted sentence turns to what a rumour says: "a rumor circulated that ...".
_RUMOUR_OPENS = re.compile(r"\b(?:rumou?rs?|rumou?red|legend|allegedly|reportedly)\b")
# A claim that calls what it tells a rumour or a story keeps the source's doubt.
_CALLED_A_RUMOUR = re.compile(r"\b(?:rumou?rs?|rumou?red|story|stories|legend|tale|anecdote|"
                              r"myth|apocryphal|allegedly|reportedly|supposedly)\b")


def tells_rumour_as_so(claim: str, sentence: str) -> bool:
    """Whether a claim (normalised) tells as so what a quoted sentence (normalised) reports
    only as a rumour ("the mayor skipped the vote" against "when I lived there, a rumor
    went round that the mayor skipped the vote"): more of its words are the rumour's than
    the words before it, and it does not call it a rumour or a story itself."""
    opening = _RUMOUR_OPENS.search(sentence)
    if opening is None or _CALLED_A_RUMOUR.search(claim) \
            or told_as_rumour(claim, (sentence,)):
        return False
    before = {term_of(w) for w in content_words(sentence[:opening.start()])}
    after = {term_of(w) for w in content_words(sentence[opening.end():])}
    said = {term_of(w) for w in content_words(claim)}
    return len(said & after - before) > len(said & before - after)


@dataclass(frozen=True, slots=True)
class Restated:
    """A quoted sentence a claim restates, and the fact that quotes it."""

    fact: Fact
    sentence: Fact   # the sentence as a true fact of its own, for the wording to be read against
    coverage: float


class SourceIndex:
    """The sentences the pack's facts quote, indexed as a matcher indexes fact texts."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts: list[Fact] = []
        self._position: dict[str, int] = {}
        quoted: list[Fact] = []
        actors: list[frozenset[str]] = []
        for fact in facts:
            sentences = [s for s in _SENTENCE.split(fact.quote or "") if s.strip()]
            if sentences:
                self._position.setdefault(fact.id, len(self.facts))
                self.facts.append(fact)
                quoted.append(dataclasses.replace(fact, claim=sentences[0],
                                                  aliases=tuple(sentences[1:]),
                                                  verdict=Verdict.TRUE))
                # A quoted sentence that says "he" or "they" speaks of the fact's actors.
                actors.append(entities(normalise(" ".join(fact.texts))))
        # A claim restates a sentence only when it names the sentence's actors, or says
        # nearly all of it: naming the sentence's firms or places is not enough.
        self.matcher = Matcher(quoted, names_tell_actors=False, actors=actors)

    def restated(self, text: str) -> Restated | None:
        query = self.matcher.analyse_query(text)
        if len(set(query.terms)) < MIN_TERMS:
            return None
        # A claim naming none of the actors of the sentence (a stock index "up 15 percent")
        # restates it only when it says nearly all of it.
        # Only a sentence that holds MIN_CLAIM_COVERAGE of the claim can be the one it restates.
        found = [c for c in self.matcher.candidates_for(query, self.matcher.candidates,
                                                        min_claim_coverage=MIN_CLAIM_COVERAGE,
                                                        covering_only=True)
                 if not c.entity_mismatch
                 and (not c.actors_absent or c.claim_coverage >= ACTORLESS_COVERAGE)]
        if not found:
            return None
        best = max(found, key=lambda c: (c.claim_coverage, c.fact_coverage, -c.fact))
        if best.claim_coverage < MIN_CLAIM_COVERAGE:
            return None
        return self._restated(best)

    def carried_on(self, clause: str, fact: Fact) -> Restated | None:
        """The sentence of a fact's quote that a clause restates, the clause going on about a
        claim on that fact ("the mayor doubled the parks budget and loosened the rules on
        vendors"): it need not name the sentence's actors, nor be long, but its words must be
        the sentence's (MIN_CLAIM_COVERAGE), but for those it says the opposite of."""
        position = self._position.get(fact.id)
        if position is None:
            return None
        # A word the sentence says the opposite of is the sentence's matter all the same.
        opposed = opposed_words(normalise(clause), normalise(fact.quote or ""))
        said = " ".join(w for w in normalise(clause).split() if w not in opposed)
        found = self.matcher.candidate_of(self.matcher.analyse_query(said), position)
        if found is None or found.entity_mismatch or found.claim_coverage < MIN_CLAIM_COVERAGE:
            return None
        return self._restated(found)

    def _restated(self, found: Candidate) -> Restated:
        """The sentence a candidate of the index found, and the fact that quotes it."""
        quoted = self.matcher.facts[found.fact]
        sentence = quoted.texts[found.entry - int(self.matcher.fact_start[found.fact])]
        if _LEANING.match(sentence) and self.facts[found.fact].summary:
            sentence = self.facts[found.fact].summary
        return Restated(self.facts[found.fact],
                        dataclasses.replace(quoted, claim=sentence, aliases=()),
                        found.claim_coverage)


source_index: PerPack[SourceIndex] = PerPack(SourceIndex)
