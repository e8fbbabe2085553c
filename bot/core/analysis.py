"""Turn text into the terms the index and the scorers compare."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from bot.core.lexicon import (
    ABBREVIATIONS,
    AMBIGUOUS_ENTITY_WORDS,
    DENIAL_SINCE_AFTER_NO,
    DENIAL_SINCE_WORDS,
    ENTITY_OF,
    FRAMING_WORDS,
    NEGATION_CUES,
    ORDINALS,
    PEOPLE,
    STOP_WORDS,
    WORD_FAMILIES,
)
from bot.core.normalise import SCALES, normalise
from bot.core.numbers import NUMBER_WORDS, numbers_in_digits

_stemmer = Stemmer.Stemmer("english")

# Social posts pasted into a chat: picture links, and #hashtags or @handles written in
# CamelCase. An embedded post's signature ("— Name (@handle) Month D, YYYY") stays: who wrote
# it and when help find the fact-check about it.
_PIC_LINK = re.compile(r"pic\.twitter\.com/\w+", re.IGNORECASE)
# "@everyone", "@here" and "@channel" are chat markup, which normalising removes whole.
_TAG = re.compile(r"(?<![\w<])(?![@](?:everyone|here|channel)\b)[#@]([A-Za-z][A-Za-z0-9_]*)",
                  re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|_")


# The signature line of an embedded post: "— Name (@handle) Month D, YYYY".
_POST_SIGNATURE = re.compile(
    r"\s[—–-]+\s[^—–]{0,80}\(@\w+\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$"
)


def without_signature(text: str) -> str:
    return _POST_SIGNATURE.sub(" ", text)


def _split_tag(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", match.group(1)) + " "


def strip_post_noise(text: str) -> str:
    """A post's words without picture links, hashtags and handles split into words."""
    if "twitter" in text.casefold():
        text = _PIC_LINK.sub(" ", text)
    if "#" in text or "@" in text:
        text = _TAG.sub(_split_tag, text)
    return text


def normalised_words(text: str) -> str:
    """The normalised form of a claim or fact text, post noise removed first."""
    return normalise(strip_post_noise(text))


# Texts joined by this word normalise in one pass: no normalisation rule spans a whole word,
# so each part comes out as it would alone. Texts with markup that can span words (code
# spans, <links>) are normalised one by one.
_JOINER = " qzxjqzxjbatchqzxjqzxj "
_BATCH_UNSAFE = re.compile(r"[`<>]")
_BATCH_CHARS = 1 << 12
# Typographic characters that normalising treats like their ASCII forms (dropped or turned to
# spaces); replacing them first keeps most texts on the ASCII paths.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": '"', "“": '"', "”": '"', "—": "-", "–": "-",
                              "…": "...", "\u00a0": " "})
# Plain prose (ASCII, no digits, no markup, links, currency or "US") normalises to its
# lower-case words with punctuation turned to spaces; a large pack takes this path for most
# of its texts, checked on a sample against the full normalisation.
_PLAIN_BREAKING_CHARS = re.compile(r"[<>`:@#$%&]")
_PLAIN_BREAKING_WORDS = ("http", "www.", "twitter", "milliard")
# As normalising reads "U.S." and an upper-case "US": the country.
_COUNTRY_US = re.compile(r"\bU\.S\.(?:A\.)?|\bU\.S\b|\bUS(?:A)?\b(?!\$)")
# A number stays plain when it is a word of digits alone and no unit or scale follows it.
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"\S*\d\S*")
_NUMBER_EDGES = "!\"'()*,-.;?[]{}"
# The word after a number, past any punctuation ("5 ... dollars,", "5, pct"), as normalising,
# which turns punctuation into spaces, sees it.
_NEXT_WORD = re.compile(r"[^A-Za-z0-9]*([A-Za-z0-9']+)")
_UNIT_WORDS = frozenset(SCALES.split("|")) | frozenset(
    "dollars dollar usd bucks per percent pct pc cent".split())
_PLAIN_FOLD = str.maketrans({**{c: " " for c in "!\"()*+,-./;=?[\\]^_{|}~"},
                             **{chr(c): " " for c in [*range(32), 127]}, "'": None})
PLAIN_PATH_MIN_TEXTS = 2000
PLAIN_CHECK_EVERY = 100


# A scale run into a currency ("100 kUSD", "5 bnusd"): normalising reads it as an amount.
_GLUED_UNIT = re.compile(r"(?:" + SCALES + r")(?:dollars?|usd|bucks)")


def _plain_numbers(text: str) -> bool:
    if "US" in text or "U.S" in text:
        text = _COUNTRY_US.sub(" usa ", text)  # first, as normalising does ("dollars'US")
    for match in _NUMBER_WORD.finditer(text):
        if not match.group().strip(_NUMBER_EDGES).isdigit():
            return False
        after = _NEXT_WORD.match(text, match.end())
        if after:
            word = after.group(1).replace("'", "").casefold()
            if word in _UNIT_WORDS or _GLUED_UNIT.fullmatch(word) or word.isdigit():
                return False  # a unit, or a number that may be its next group ("50 000")
    return True


def is_plain_prose(text: str) -> bool:
    """Whether plain_normalised(text) is normalised_words(text) (checked on samples)."""
    if not text.isascii() or _PLAIN_BREAKING_CHARS.search(text):
        return False
    folded = text.casefold()
    if any(word in folded for word in _PLAIN_BREAKING_WORDS):
        return False
    if _DIGIT.search(text) is not None and not _plain_numbers(text):
        return False
    # Numbers in words that normalising writes in digits ("a hundred and six", "fifty billion").
    return "cent" not in folded and not _spells_a_number(folded)  # "per cent" is "percent"


def _spells_a_number(folded: str) -> bool:
    words = folded.translate(_PLAIN_FOLD).split()
    if NUMBER_WORDS.isdisjoint(words):
        return False
    plain = " ".join(words)
    return numbers_in_digits(plain) != plain


def plain_normalised(text: str) -> str:
    """normalised_words of plain prose: lower case, punctuation to spaces, "US" a country."""
    if "US" in text or "U.S" in text:
        text = _COUNTRY_US.sub(" usa ", text)
    return " ".join(text.casefold().translate(_PLAIN_FOLD).split())


def _normalised_batches(texts: list[str], indices: list[int], out: list[str]) -> None:
    batch: list[int] = []
    size = 0

    def flush() -> None:
        parts = normalised_words(_JOINER.join(texts[i] for i in batch)).split(_JOINER.strip())
        if len(parts) == len(batch):
            for i, part in zip(batch, parts, strict=True):
                out[i] = part.strip()
        else:
            for i in batch:
                out[i] = normalised_words(texts[i])
        batch.clear()

    for i in indices:
        text = texts[i]
        if (not text.isascii() or _JOINER.strip() in text.casefold()
                or _BATCH_UNSAFE.search(text)):
            out[i] = normalised_words(text)
            continue
        batch.append(i)
        size += len(text)
        if size >= _BATCH_CHARS:
            flush()
            size = 0
    if batch:
        flush()


def normalised_many(texts: list[str], *, plain_path_min: int = PLAIN_PATH_MIN_TEXTS
                    ) -> list[str]:
    """normalised_words of every text, fast for the many short texts of a fact pack."""
    out: list[str] = [""] * len(texts)
    folded = [t if t.isascii() else t.translate(_TYPOGRAPHIC) for t in texts]
    rest = list(range(len(texts)))
    if len(texts) >= plain_path_min:
        plain = [i for i in rest if is_plain_prose(folded[i])]
        sample = plain[::PLAIN_CHECK_EVERY]
        if all(plain_normalised(folded[i]) == normalised_words(texts[i]) for i in sample):
            for i in plain:
                out[i] = plain_normalised(folded[i])
            taken = set(plain)
            rest = [i for i in rest if i not in taken]
    _normalised_batches(folded, rest, out)
    return out


# Words naming an actor, possessives included ("uks": the apostrophe of "UK's" is dropped by
# normalising); ambiguous words ("us", "abe") only as the index term, not as an actor.
_ACTOR_OF: dict[str, str] = {
    **{word + "s": actor for word, actor in ENTITY_OF.items() if word + "s" not in ENTITY_OF},
    **ENTITY_OF,
}
for _word in AMBIGUOUS_ENTITY_WORDS:
    _ACTOR_OF.pop(_word, None)
    _ACTOR_OF.pop(_word + "s", None)

_ACTOR_WORDS = frozenset(_ACTOR_OF)
# The actors themselves ("russia", "china", "us", ...), as actor_of names them.
ACTORS = frozenset(_ACTOR_OF.values())
_COUNTRY_OF_PERSON = {w: actor for w, actor in _ACTOR_OF.items()
                      if w in PEOPLE or (w[-1:] == "s" and w[:-1] in PEOPLE)}


def actor_of(word: str) -> str | None:
    """The canonical actor a word names ("kremlin" -> "russia", "uks" -> "uk"), if any."""
    return _ACTOR_OF.get(word)


_NAMED = frozenset(ENTITY_OF) | frozenset(w + "s" for w in ENTITY_OF)


@lru_cache(maxsize=200_000)
def term_of(word: str) -> str:
    """The index term of one normalised word: a country's names folded into one ("kremlin",
    "russians" -> "russia"), people's names kept whole, other words stemmed."""
    name = word if word in ENTITY_OF else word[:-1] if word[-1:] == "s" else ""
    if name in ENTITY_OF:
        if name in PEOPLE or name in AMBIGUOUS_ENTITY_WORDS:
            return name
        return ENTITY_OF[name]
    return str(_stemmer.stemWord(WORD_FAMILIES.get(word, word)))


_NOT_CONTENT = STOP_WORDS | NEGATION_CUES | DENIAL_SINCE_WORDS

# Phrases that frame a claim as the gist of something rather than say it: "the bottom line",
# "hot take", "long story short".
_FRAMING_PHRASE = re.compile(r"\b(?:bottom line|hot take|long story short|in a nutshell|"
                             r"the gist|(?:main|key) takeaway)\b")


def unframed(normalised: str) -> str:
    """A normalised text without the phrases that frame it as a gist ("bottom line")."""
    return _FRAMING_PHRASE.sub(" ", normalised)


# The phrases that tell a plan or deal ended, in chat's words and the source's: "called off",
# "fell through", "fell apart". Indexed as one word with "cancelled", so a claim in one of them
# finds a fact told in another.
_ENDED = re.compile(r"\b(?:(?:called|call|calls) off"
                    r"|(?:fell|falls|fallen|fall) (?:through|thru|apart))\b")
# ... and the single words for it ("scrapped", "axed"), read so only in a text that names a
# deal or plan: "the deal was scrapped" ended it, "scrapped the term limits" is another thing.
_ENDED_WORD = re.compile(r"\b(?:cancell?ed|scrapped|axed|nixed|shelved|aborted)\b")
_DEAL_NAMED = re.compile(r"\b(?:deal|plan|purchase|pledge|bid|agreement|contract|project)\b")


# A model's name: a short run of letters and then its number ("s 400", "su 35", "j 20"), which
# names one thing and is no figure; short words a figure may follow are left apart ("to 12").
_MODEL_NAME = re.compile(
    r"\b(?!(?:a|an|as|at|by|e|in|is|it|of|on|or|to|up|us|we|be|do|go|if|me|my|no|so|vs|he)\b)"
    r"([a-z]{1,2}) (\d+)\b(?![.,]\d)")


def models_as_names(normalised: str) -> str:
    """A normalised text with each model's name written as one word ("s 400" -> "s400"), so
    its number meets only the same model, never a figure."""
    if not _DIGIT.search(normalised):
        return normalised
    # A leader's name is no model's ("xi 25+ meetings").
    return _MODEL_NAME.sub(
        lambda m: m.group() if m.group(1) in _ACTOR_OF else m.group(1) + m.group(2), normalised)


# The words that bound a claim's figure ("fewer than 20 times", "north of $100 billion"): they
# tell how far the figure reaches, which the figures compare, not what the claim is about;
# "more than", "over" and "under" are stop words already. "At least" is left to be matched as
# a word: the facts' own texts give their floors in it ("at least five times").
_FIGURE_BOUND = re.compile(
    r"\b(?:(?:no |not )?(?:less|fewer) than|(?:north|south|upwards|shy|short) of"
    r"|in excess of|exceeding)"
    r" (?=(?:\d|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|double|twice|triple|half)\b))")


def bounds_unworded(normalised: str) -> str:
    """A normalised claim without the words that bound its figures ("met fewer than 20 times"
    -> "met 20 times"), so that a claim bounding a figure otherwise than its fact does still
    find that fact."""
    return _FIGURE_BOUND.sub("", normalised)


def endings_as_one(normalised: str) -> str:
    """A normalised text with each phrase telling a plan or deal ended written as the one
    word "cancelled" ("the deal fell through" -> "the deal cancelled")."""
    ended = _ENDED.sub("cancelled", normalised)
    return _ENDED_WORD.sub("cancelled", ended) if _DEAL_NAMED.search(ended) else ended


# Troops contributed to an exercise are troops sent to it: "contributed" is read as "sent"
# before a count of soldiers ("China contributed just 3,200 soldiers"), and only there.
_CONTRIBUTED = re.compile(r"\bcontribut(e|es|ed|ing)\b"
                          r"(?=(?: [a-z]+){0,2} \d\S* (?:troops|soldiers|servicemen|personnel)\b)")
_SENT = {"e": "send", "es": "sends", "ed": "sent", "ing": "sending"}


def troops_sent(normalised: str) -> str:
    """A normalised claim with a count of troops contributed told as sent ("contributed
    3200 soldiers" -> "sent 3200 soldiers")."""
    return _CONTRIBUTED.sub(lambda m: _SENT[m.group(1)], normalised)


def content_words(normalised: str) -> list[str]:
    """Words of a normalised text that carry meaning (no stop words, no negation cues, nor the
    words that tell a denial holds from some time on: "no longer", "anymore")."""
    words = normalised.split()
    return [w for i, w in enumerate(words) if w not in _NOT_CONTENT
            and not (w == DENIAL_SINCE_AFTER_NO and i and words[i - 1] == "no")]


_SPELLINGS = {**ABBREVIATIONS, **ORDINALS}
_ABBREVIATED = frozenset(_SPELLINGS)
_SPELLED_OUT_WORDS = frozenset(w for words in _SPELLINGS.values() for w in words)


def spelled_out(words: list[str]) -> list[str]:
    """The words with each known abbreviation ("bri") written as its name's words, and each
    ordinal in digits ("10th") as a word."""
    if _ABBREVIATED.isdisjoint(words):
        return words
    return [part for w in words for part in _SPELLINGS.get(w, (w,))]


# A word of prose, and where a sentence (or a clause after a dash or colon) starts.
_PROSE_WORD = re.compile(r"(?<![\w'’])[A-Za-z]+(?![\w'’])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—\"“(]\s*)$")
# A region told as the place where something happens ("in Southeast Asia", "across the
# South China Sea"): it says where, not who. (A single name after "in" is as often a firm:
# "a stake in Rosneft".)
_PLACE_WHERE = re.compile(r"\b(?:in|at|near|across|throughout|around)\s+(?:the\s+)?"
                          r"((?:[A-Z][A-Za-z]*(?:[\s-]+|$)){2,})")


def proper_names(texts: Iterable[str]) -> frozenset[str]:
    """The words that name something in prose (a firm, a place, a person: "Huawei",
    "Rosneft", "Siberia"), as their index terms: written capitalised inside sentences, and
    no word of the same term in lower case nor as a place where things happen ("in Southeast
    Asia"); actors and function words aside."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for place in _PLACE_WHERE.finditer(text):
            lower.update(w.casefold() for w in _PROSE_WORD.findall(place.group(1)))
        for match in _PROSE_WORD.finditer(text):
            word = match.group()
            if word[0].islower():
                lower.add(word)
            elif not _SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
                capitalised.add(word.casefold())
    common = {term_of(w) for w in lower}
    return frozenset(term for w in capitalised
                     if w not in _ACTOR_OF and w not in _NOT_CONTENT
                     and w not in AMBIGUOUS_ENTITY_WORDS and (term := term_of(w)) not in common)


def terms(normalised: str) -> list[str]:
    return [term_of(w) for w in content_words(normalised)]


def entity_terms(words: list[str]) -> list[str]:
    """The country of each person named, as an extra term: "Putin" also finds "Russia"."""
    return [_COUNTRY_OF_PERSON[w] for w in words if w in _COUNTRY_OF_PERSON]


@lru_cache(maxsize=16_384)
def entities(normalised: str) -> frozenset[str]:
    """Canonical names of the countries and leaders a text mentions."""
    return frozenset(_ACTOR_OF[w] for w in normalised.split() if w in _ACTOR_OF)


def negation_count(normalised: str) -> int:
    return sum(1 for w in normalised.split() if w in NEGATION_CUES)


@dataclass(frozen=True, slots=True)
class Analysed:
    """One text as the matcher sees it."""

    words: tuple[str, ...]     # content words, normalised
    terms: tuple[str, ...]     # index terms: stems, then the country of each person named
    entities: frozenset[str]
    said: str = ""             # the normalised text it was read from, when kept


def stems_of(words: set[str]) -> dict[str, str]:
    """term_of for many distinct words at once (one stemmer call)."""
    plain = [w for w in words if w not in _NAMED]
    families = [WORD_FAMILIES.get(w, w) for w in plain]
    out = dict(zip(plain, _stemmer.stemWords(families), strict=True))
    out.update({w: term_of(w) for w in words if w in _NAMED})
    return out


def index_terms(normalised: list[str]
                ) -> tuple[list[list[str]], dict[int, frozenset[str]], set[str]]:
    """The index terms of many normalised texts, the actors of those that name any, and
    every content word seen (for typo correction)."""
    ended = [models_as_names(endings_as_one(text)) for text in normalised]
    surface: set[str] = set()
    for text in ended:
        surface.update(text.split())
    surface -= _NOT_CONTENT
    surface -= FRAMING_WORDS        # as in a query: a text's framing is not its matter
    surface |= _SPELLED_OUT_WORDS   # abbreviations are indexed as these
    stem = stems_of(surface).get
    terms: list[list[str]] = []
    actors: dict[int, frozenset[str]] = {}
    for i, text in enumerate(ended):
        words = spelled_out(text.split())
        found = list(filter(None, map(stem, words)))  # stop words have no stem here
        if not _ACTOR_WORDS.isdisjoint(words):
            actors[i] = frozenset(_ACTOR_OF[w] for w in words if w in _ACTOR_OF)
            found.extend(entity_terms(words))
        terms.append(found)
    return terms, actors, surface


def analyse_words(words: list[str], stems: dict[str, str] | None = None) -> Analysed:
    stems_list = [stems[w] for w in words] if stems is not None else [term_of(w) for w in words]
    return Analysed(tuple(words), tuple(stems_list + entity_terms(words)),
                    frozenset(_ACTOR_OF[w] for w in words if w in _ACTOR_OF))


def analyse(text: str) -> Analysed:
    return analyse_words(content_words(models_as_names(endings_as_one(
        bounds_unworded(normalised_words(text))))))
