"""Draft facts from a source: one for each checkable sentence, for a moderator to review.

Pure: the caller reads the source (text, or an HTML page reduced by
`bot.importexport.html_article`) and the existing facts' quotes, and gets back draft facts.
The source is split into sentences as `factbot facts coverage` splits it
(`bot.packs.coverage`). Each draft quotes its sentence verbatim, lists its figures with what
they measure (`bot.moderation.draft_figures`), suggests a claim (the sentence, shortened to a
plain statement), a verdict of true (the source says so) and carries the source. A sentence
an existing fact already quotes is drafted too, marked as covered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.models import Fact, Source, Verdict
from bot.importexport.html_article import article_from_html, looks_like_html
from bot.moderation.checkable import Kind, kinds_of
from bot.moderation.draft_figures import figures_of
from bot.moderation.fields import MAX_ID, slug
from bot.moderation.form import BY_NAME
from bot.packs.coverage import Coverage, Sentence, fold_quote_text, quoted, split_sentences

CLAIM_WORDS = 25          # a suggested claim longer than this is shortened
MIN_CLAUSE_WORDS = 6      # a shortened claim keeps at least this many words
ID_WORDS = 6

# Words that tie a sentence to the one before, not part of what it claims.
_OPENING = re.compile(
    r"^(?:(?:and|but|yet|so(?=,)|still|also|indeed|moreover|however|thus|meanwhile|instead|then|"
    r"overall|similarly|concomitantly|in short|in fact|in the end|to be sure|after all|"
    r"of course|for its part|for their part|on the other hand|even so|as a result)\b,?\s+)+",
    re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)|\s*—[^—]*—|\s*–[^–]*–(?!\d)")
_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?=(?:and|but|while|whereas|although|though|which|who|"
                           r"even though|as|with)\s)", re.IGNORECASE)
# A phrase that sets the scene before the main clause ("During the same period, ...").
_LEADING_PHRASE = re.compile(
    r"^(?:in|on|at|during|after|before|since|although|though|while|when|as|because|despite|"
    r"following|by|even after|even though|even if|even|with|without|for|from|under|over|"
    r"spurred|confined|given|unlike|like|apart from|away from)\b[^,]{0,120},\s+",
    re.IGNORECASE)
# A head cut from a long claim must still say something: a verb it can stand on.
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                   r"must|should|does|do|did|seems?|remains?|\w{3,}ed)\b", re.IGNORECASE)
_CLOSING = re.compile(r"[\s.!]+$")
_SPACES = re.compile(r"\s+")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class DraftFact:
    """A fact drawn from one sentence of the source, not yet published."""

    sentence: Sentence
    kinds: tuple[Kind, ...]
    fact: Fact
    covered: bool   # some existing fact already quotes the sentence


@dataclass(frozen=True, slots=True)
class Draft:
    """The drafts of a source, and how much of it the existing facts and the drafts quote."""

    facts: tuple[DraftFact, ...]
    coverage: Coverage         # by the existing facts alone
    left_out: tuple[Sentence, ...]  # sentences with no draft and no existing quote

    @property
    def new(self) -> tuple[DraftFact, ...]:
        """The drafts of sentences no existing fact quotes."""
        return tuple(d for d in self.facts if not d.covered)


def _words(text: str) -> int:
    return len(text.split())


def suggested_claim(sentence: str) -> str:
    """A short plain statement drawn from a sentence: asides in brackets or dashes and linking
    words dropped, and a long sentence cut to its main clause."""
    text = sentence.strip()
    if text.startswith("(") and text.endswith((")", ".)")):
        text = text.strip("()")
    text = _OPENING.sub("", _SPACES.sub(" ", _ASIDE.sub(" ", text))).strip()
    text = text.replace(" ,", ",")
    if _words(text) > CLAIM_WORDS:
        rest = _LEADING_PHRASE.sub("", text, count=1)
        if _words(rest) >= MIN_CLAUSE_WORDS:
            text = _OPENING.sub("", rest)
    if _words(text) > CLAIM_WORDS:
        head = _CLAUSE_BREAK.split(text, maxsplit=1)[0]
        if _words(head) >= MIN_CLAUSE_WORDS and _VERB.search(head):
            text = head
    text = _CLOSING.sub("", text).rstrip(",;:")
    limit = BY_NAME["claim"].limit
    if len(text) > limit:
        text = text[:limit - 1].rsplit(" ", 1)[0] + "…"
    first = _FIRST_LETTER.search(text)
    if first is None:
        return sentence.strip()
    return text[:first.start()] + text[first.start()].upper() + text[first.end():]


def _unique_id(claim: str, taken: set[str]) -> str:
    base = slug(claim, words=ID_WORDS)
    fact_id, n = base, 2
    while fact_id in taken:
        # The number goes on a base cut short enough for the whole to stay a valid id.
        suffix = f"-{n}"
        fact_id, n = base[:MAX_ID - len(suffix)].rstrip("-") + suffix, n + 1
    taken.add(fact_id)
    return fact_id


def draft_fact(sentence: Sentence, source: Source, *, pack: str, taken: set[str],
               covered: bool = False) -> DraftFact | None:
    """The draft of one sentence, or None when it says nothing checkable or is too long to
    quote whole (a fact's quote is the sentence itself, within the form's limit)."""
    if len(sentence.text) > min(BY_NAME["quote"].limit, BY_NAME["summary"].limit):
        return None
    figures = figures_of(sentence.text)
    kinds = kinds_of(sentence.text, has_figures=bool(figures))
    if not kinds:
        return None
    claim = suggested_claim(sentence.text)
    fact = Fact(id=_unique_id(claim, taken), claim=claim, verdict=Verdict.TRUE,
                summary=sentence.text, source=source, quote=sentence.text, figures=figures,
                pack=pack)
    return DraftFact(sentence=sentence, kinds=kinds, fact=fact, covered=covered)


def draft_source(text: str, source: Source, *, quotes: Iterable[str] = (),
                 taken_ids: Iterable[str] = (), pack: str = "") -> Draft:
    """A draft fact for each checkable sentence of `text`, once per sentence however often
    it is repeated; `quotes` are the existing facts' (a sentence one contains is covered) and
    `taken_ids` the ids a draft must not reuse."""
    folded = [fold_quote_text(q) for q in quotes if q.strip()]
    taken = set(taken_ids)
    drafts: list[DraftFact] = []
    drafted: set[str] = set()
    left_out: list[Sentence] = []
    uncovered: list[Sentence] = []
    sentences = split_sentences(text)
    for sentence in sentences:
        key = fold_quote_text(sentence.text)
        covered = quoted(sentence.text, folded)
        if not covered:
            uncovered.append(sentence)
        if key in drafted:
            continue
        found = draft_fact(sentence, source, pack=pack, taken=taken, covered=covered)
        if found is not None:
            drafted.add(key)
            drafts.append(found)
        elif not covered:
            left_out.append(sentence)
    total = len(sentences)
    coverage = Coverage(covered=total - len(uncovered), total=total, uncovered=tuple(uncovered))
    return Draft(facts=tuple(drafts), coverage=coverage, left_out=tuple(left_out))


def source_of(raw: str, *, html: bool | None = None, title: str | None = None,
              author: str | None = None, publisher: str | None = None,
              published: str | None = None, url: str | None = None) -> tuple[str, Source]:
    """The text to draft from and its source: an HTML page (`html`, else told by its look)
    is reduced to its article; the fields given win over what the page says, and without a
    title the text's first line is taken as one (a captured article starts with it)."""
    page = article_from_html(raw) if (looks_like_html(raw) if html is None else html) else None
    text = page.text if page is not None else raw
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")

    def given(value: str | None, found: str | None) -> str | None:
        return (value or "").strip() or found or None

    source = Source(
        title=given(title, page.title if page else None) or first_line,
        author=given(author, page.author if page else None),
        publisher=given(publisher, page.publisher if page else None),
        published=given(published, page.published if page else None),
        url=given(url, page.url if page else None))
    return text, source
