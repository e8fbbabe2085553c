"""Quantities in normalised text, so that a claimed figure can be compared with a cited one.

A quantity is an interval with a unit: "more than 25 times" is [25, inf) times, "between 75000
and 100000 soldiers" is [75000, 100000] troops, "about 24 billion usd" is 24e9 usd give or take
a tenth, "over three quarters of" is [75, inf) percent. A claimed quantity contradicts the source
when the source cites quantities of the same unit and none of their intervals meets it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}
# Numbers spelled out.
NUMBER_WORDS = frozenset(_WORD_NUMBERS)
# The noun after a number says what it counts; numbers only compare within one unit.
_UNIT_OF = {
    "usd": "usd", "dollars": "usd", "dollar": "usd", "bucks": "usd",
    "percent": "percent",
    "soldiers": "troops", "troops": "troops", "servicemen": "troops", "personnel": "troops",
    "men": "troops",
    "aircraft": "aircraft", "planes": "aircraft", "plane": "aircraft", "jets": "aircraft",
    "jet": "aircraft", "fighters": "aircraft", "airplanes": "aircraft",
    "times": "times", "x": "times", "fold": "times",
    "miles": "miles", "mile": "miles", "mi": "miles",
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "bcm": "m3", "cubic": "m3",
    "projects": "projects", "project": "projects",
    "islands": "islands", "island": "islands",
    "years": "years", "year": "years", "yrs": "years", "yr": "years", "decades": "decades",
    "months": "months",
    "casualties": "casualties", "casualty": "casualties", "deaths": "casualties",
}
_DURATIONS = frozenset({"years", "months", "decades"})
_KM_PER_MILE = 1.609344
_FRACTIONS = {
    "half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
    "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0,
}
# Words just before a number that bound it: "more than 25" (or "north of 25") is 25 or more.
_AT_LEAST = ("more than", "over", "above", "at least", "upwards of", "no less than",
             "not less than", "no fewer than", "exceeding", "in excess of", "north of",
             "topped", "tops", "top")
_AT_MOST = ("less than", "under", "below", "fewer than", "south of", "shy of", "short of",
            "no more than", "not more than",
            "at most", "up to", "as many as", "as much as", "maximum of", "max",
            "didnt exceed", "did not exceed", "doesnt exceed", "does not exceed",
            "not exceeding", "never exceeded", "didnt top", "did not top", "didnt surpass",
            "did not surpass", "not over", "not above", "never topped", "didnt go beyond",
            "did not go beyond", "never went beyond", "didnt go above", "did not go above",
            "never went above", "didnt go over", "did not go over", "never went over",
            "didnt rise above", "did not rise above", "never rose above", "didnt get past",
            "did not get past", "never got past")
_ABOUT = ("about", "around", "roughly", "approximately", "nearly", "almost", "some", "like",
          "circa", "approx", "close to", "more or less", "ish")
# "A bit more than 3", "just under 25": a figure a little past the number, near it as "about"
# is, not any way past it as a plain "more than" is.
_JUST_PAST = tuple(f"{near} {side}" for near in (
    "a bit", "a little", "slightly", "just", "a touch", "a tad", "only just", "barely")
    for side in ("more than", "over", "above", "less than", "under", "below", "fewer than"))
_ABOUT_SLACK = 0.1   # "about 24" covers 21.6 .. 26.4
_EXACT_SLACK = 0.02  # rounding in a source: "100 billion" covers 98 .. 102
_ABOUT_YEARS = 3.0   # "about 2015" covers 2012 .. 2018
# How far above "more than X" a source still supports a claim: "more than 25 times" covers 40.
CITED_BOUND_REACH = 1.6
# Short words before a number that make it part of a name (Su-35, S-400, G20), not a figure.
_NAME_PREFIX = re.compile(r"^[a-z]{1,2}$")
_NOT_NAME_PREFIX = frozenset(
    "a an as at by e in is it of on or to up us we be do go if me my no so vs".split())  # e: "i.e."

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER = (
    r"\d+(?:\.\d+)?|(?:" + "|".join(_TENS) + r")\s+(?:" + "|".join(_UNITS) + r")|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
)
_QUANTITY = re.compile(
    r"\b(?P<num>" + _NUMBER + r")(?P<x>x)?\b"
    r"(?:\s+(?P<hundred>hundred))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    r"(?:\s+(?:to|and|or)\s+(?P<num2>\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale2>thousand|million|billion|trillion))?)?"
    r"(?=(?P<tail>(?:\s+[a-z]+){0,2}))"
)
# Words before a bare "half" that tell a share: bounds, rounding, and "only" or "just".
_HALF_BOUNDS = ("than", "over", "under", "about", "nearly", "almost", "like", "around",
                "roughly", "approximately", "only", "just", "exactly", "barely")
_FRACTION = re.compile(
    r"\b(?P<count>a|an|one|two|three|four)\s+"
    r"(?P<part>half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\s+of\b"
    r"|\b(?P<bare>half)\s+of\b"
    # "less than half raw materials", "like half raw materials": a bound or a word of
    # rounding before "half" makes it a share without "of".
    r"|(?:" + "|".join(f"(?<={w} )" for w in _HALF_BOUNDS) + r")"
    r"(?P<bounded>half)\b(?! of\b)"
)
_TWICE = re.compile(r"\b(twice|double)\b")
# "most of", "the bulk of": more than half, a share. ("A majority of" a company is a stake
# owned, which a source's other stake in it does not measure.)
# Of a pronoun ("the state owns most of it"), the share is of something the claim does
# not name, which no figure of the source need measure.
# "Most of the night" is a while, no share.
_MOST_OF = re.compile(r"\b(?:most|(?:the )?bulk) of\b"
                      r"(?! (?:it|them|this|that|these|those|us|you)\b)"
                      r"(?! (?:the |that |this |its |their )?(?:night|day|morning|afternoon|"
                      r"evening|week|weekend|month|year|decade|century|time|way|trip|season)s?\b)")
_MOST_LOW = 50.5


def is_word_share(q: Quantity) -> bool:
    """Whether a quantity is a share told in words ("most of", "the bulk of"), not a figure."""
    return q.unit == "percent" and _MOST_OF.fullmatch(q.text) is not None

# "11 of the 91 projects" is also a share: 12 percent.
_PART_OF = re.compile(r"\b(?P<part>\d+) (?:out )?of (?:the |its |these |all )?(?P<whole>\d+)\b")

# Ranks and places are figures too ("second-largest", "tenth", "60th", "top ten"): unit "rank".
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_ORDINAL = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")\s+)?"
    r"(?P<word>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
    r"|\b(?P<digits>\d{1,3})(?:st|nd|rd|th)\b"
    r"|\btop (?P<top>\d{1,3}|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b"
)
# "a third of", "two thirds", "a second" (of time), "per second": not ranks.
_NOT_RANK_BEFORE = frozenset("a an one two three per".split())
# A superlative after "the" or an owner names the first place: "the longest border", "the
# single longest border", "the very largest".
_SUPERLATIVE = re.compile(r"(?:^|\b(?:the|its|their|his|her|\w+s) )"
                          r"(?:(?:single|very|absolute|outright|undisputed|overall|world|worlds) )?"
                          r"(?P<sup>largest|biggest|longest|greatest|highest)\b")

# A place told in other words: "number two", "the runner-up", "second only to",
# "only the EU is bigger" (one ahead: second), "the top partner" (first).
# "Only the EU is bigger" tells a place, not a comparison of the actors named before it.
ONE_AHEAD = re.compile(r"\bonly (?:the )?[a-z]+ (?:is|are|was|were|ranks|ranked|comes|came) "
                       r"(?P<ahead>bigger|larger|greater|higher|ahead)\b")
_SPOKEN_RANK = re.compile(
    r"\bnumber (?P<n>\d{1,2}|" + "|".join(_UNITS) + r"|ten)\b(?! (?:of|percent)\b)"
    r"|\b(?P<runner>runner up|runners up)\b"
    r"|" + ONE_AHEAD.pattern +
    r"|(?:^|\b(?:the|its|their|his|her|\w+s) )(?P<top>top)(?= [a-z]+ (?:partner|market|buyer|"
    r"destination|supplier|customer|source|exporter|importer|investor|seller|economy)\b)"
)
# A count told per one of another side is a ratio: "20 soldiers for every Chinese one".
_PER_EACH = re.compile(r"(?: [a-z]+)? (?:for|to) (?:every|each)\b")
# A span of time named before a number ("by year 6", "in month two"): the number counts the
# years, the number before names no span of them.
_COUNT_IN_TIME = re.compile(r"(?: [a-z]+)? (?:year|yr|month|decade) (?:\d|(?:one|two|three|four|"
                            r"five|six|seven|eight|nine|ten)\b)")
# Nouns a number after which names one of a series ("slide 4", "chapter 2"), not a figure.
_LABELS = frozenset("slide slides page pages chapter section item point part step rule "
                    "paragraph question episode season table footnote line lines".split())
# A number in words counting part of a set named before ("three of those", "two of them") is
# a count as plain as one in digits ("one of those" is a phrase, not a count).
_PART_OF_SET = re.compile(r" of (?:those|these|them)\b")
# Words before a number in words that make it a loose count ("several hundred").
_LOOSELY = (" few ", " several ", " couple ", " couple of ", " handful of ")
# Words before a number that make it a place, not a count.
_RANKING = (" top ", " number ")
# A sum or a share after "top" is a bound reached, no place: "didn't top 25 billion usd",
# "topped 100 billion usd".
_SUM_AFTER = re.compile(r" (?:thousand|million|billion|trillion|usd|percent)\b")
# A superlative among others ("one of the largest", "among its top") names no place.
_AMONG = re.compile(r"\b(?:one|some|several|two|three|four|five) of|\bamong$")

# The words that write a figure, its rank or its bound ("third", "less", "than", "dozen"): part
# of the figure a claim gives, never what it says about something else.
FIGURE_WORDS = frozenset(
    [*_WORD_NUMBERS, *_ORDINAL_WORDS, *_SCALES, "than", "top"]
    + [w for phrase in (*_AT_LEAST, *_AT_MOST, *_ABOUT) for w in phrase.split()])


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # "usd", "percent", "year", "troops", "miles", ... or "" for a plain count
    text: str
    low: float = -math.inf
    high: float = math.inf

    def agrees_with(self, other: Quantity) -> bool:
        """Same unit, and the two intervals meet."""
        if self.unit != other.unit:
            return False
        return self.low <= other.high and other.low <= self.high


# A comparison with a figure bounds it as "more than" or "less than" does: "longer than 4,000
# miles" is at least 4,000 miles.
_ABOVE_FIGURE = ("longer than", "bigger than", "larger than", "greater than", "higher than",
                 "wider than")
_BELOW_FIGURE = ("shorter than", "smaller than", "lower than")
_BOUNDS = sorted(
    [(w, "min") for w in (*_AT_LEAST, *_ABOVE_FIGURE)]
    + [(w, "max") for w in (*_AT_MOST, *_BELOW_FIGURE)]
    + [(w, "about") for w in (*_ABOUT, *_JUST_PAST)],
    key=lambda pair: -len(pair[0]),
)


# "Adds up to", "amounts to", "comes up to": a total reached, not a ceiling.
_ADDS_UP = re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed|summing|come|comes|came|"
                      r"coming|tot|tots|totted|totting) up to$")


def _bound_before(text: str, start: int, unit: str = "") -> str:
    """How the words just before a number bound it; the longest phrase wins ("no more than").

    "Over" before a duration is a span of time ("over 30 years"), not a bound.
    """
    before = " " + text[max(0, start - 24):start].strip()
    held = _bound_through_hedge(before)
    if held:
        return held
    for words, kind in _BOUNDS:
        if before.endswith(" " + words):
            if words == "over" and unit in _DURATIONS:
                return "exact"
            if words == "up to" and _ADDS_UP.search(before):
                return "exact"  # "adds up to $400 billion" is a total, no ceiling
            return kind
    return "exact"


# A hedge after a bound ("more than like 5", "less than about 20") leaves the bound standing.
_HEDGE_AFTER_BOUND = re.compile(
    r"\b(?P<bound>" + "|".join(re.escape(w) for w, kind in _BOUNDS if kind != "about")
    + r") (?:like|about|around|roughly|some|approximately)$")


def _bound_through_hedge(before: str) -> str:
    """The bound a hedge follows, "min" or "max", or "" where no bound comes before one."""
    m = _HEDGE_AFTER_BOUND.search(before)
    if not m:
        return ""
    return dict(_BOUNDS)[m.group("bound")]


def _interval(value: float, unit: str, bound: str,
              high: float | None = None) -> tuple[float, float]:
    if high is not None:
        return value, high
    if unit == "year":
        # "About 2015", "c. 1970": a year guessed, give or take a few.
        return (value - _ABOUT_YEARS, value + _ABOUT_YEARS) if bound == "about" \
            else (value, value)
    slack = _ABOUT_SLACK if bound == "about" else _EXACT_SLACK
    low, top = value * (1 - slack), value * (1 + slack)
    if bound == "min":
        return low, math.inf
    if bound == "max":
        return 0.0, top
    return low, top


def number_value(raw: str) -> float:
    """A number written in digits or words ("twenty five" is 25)."""
    words = raw.split()
    if all(w in _WORD_NUMBERS for w in words):
        return float(sum(_WORD_NUMBERS[w] for w in words))
    return float(raw)


def _is_word_number(raw: str) -> bool:
    return all(w in _WORD_NUMBERS for w in raw.split())


# Words after a number that open the period of a rate ("a year", "per month") or a time
# ("90 billion last year", "five times this year"): no unit of the figure.
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every", "last", "this", "next", "that",
                         "past", "previous", "same"})


def _unit(tail: str, times_suffix: bool) -> str:
    """The unit named by one of the two words after a number ("four kuril islands"); "a year"
    after it is the period of a rate ("200 billion a year"), not what it counts."""
    if times_suffix:
        return "times"
    for word in tail.split()[:2]:
        if word in _RATE_WORDS or word[:1].isdigit() or word in NUMBER_WORDS:
            # "11 six years in": the next number has a quantity of its own.
            break
        unit = _UNIT_OF.get(word)
        if unit is not None:
            return unit
    return ""


# "of the four kuril islands": the set a part is counted of, its noun within three words.
_OF_SET = re.compile(r" of (?:the |its |their |these |those )?(?P<words>(?:[a-z0-9]+ ){0,2}"
                     r"[a-z]+)\b")


def _counted_of(tail: str) -> str:
    """The unit of the set a part is counted of ("of the Kuril Islands": islands), if named."""
    m = _OF_SET.match(tail)
    if m is None:
        return ""
    return next((_UNIT_OF[w] for w in m.group("words").split() if w in _UNIT_OF), "")


def _counts_a_name(tail: str) -> bool:
    """Whether the words after a number are a name that it counts ("two Su-35s")."""
    words = tail.split()[:2]
    return len(words) >= 2 and _NAME_PREFIX.match(words[0]) is not None \
        and words[0] not in _NOT_NAME_PREFIX and words[1][:1].isdigit()


def _is_name(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and bool(_NAME_PREFIX.match(before[-1])) and \
        before[-1] not in _NOT_NAME_PREFIX


def _grouped(text: str) -> str:
    """Large whole numbers as people write them: "300000 troops" -> "300,000 troops"."""
    return re.sub(r"\b\d{5,}\b", lambda m: f"{int(m.group(0)):,}", text)


def _is_year(raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100


# Words before a year that make it a date, whatever noun follows: "in 1969 soviet troops".
_DATING = frozenset(
    "in since until till during january february march april may june july august september "
    "october november december spring summer autumn fall winter".split())


def _dates(text: str, start: int) -> bool:
    """Whether the word before a number makes it a date ("in 1969", "march 1969")."""
    before = text[:start].split()[-2:]
    if before[-1:] == ["of"]:
        before = before[:-1]  # "march of 1969"
    return bool(before) and before[-1] in _DATING


def _year(raw: str) -> Quantity:
    return Quantity(value=float(raw), unit="year", text=raw, low=float(raw), high=float(raw))


_BELOW_TEN = {w: v for w, v in _WORD_NUMBERS.items() if v < 10}
_TEENS = {w: v for w, v in _WORD_NUMBERS.items() if 10 <= v < 20}
_TENS_VALUE = {w: _WORD_NUMBERS[w] for w in _TENS}
# Words after a number that make it an amount: "fifty billion", "twelve percent".
_SCALED_BY = frozenset(["million", "billion", "trillion", "percent"])


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """A number under a hundred in words from words[i] ("forty eight", "twelve"), and where
    it ends."""
    if i >= len(words):
        return None
    word = words[i]
    if word in _TENS_VALUE:
        if i + 1 < len(words) and words[i + 1] in _BELOW_TEN:
            return _TENS_VALUE[word] + _BELOW_TEN[words[i + 1]], i + 2
        return _TENS_VALUE[word], i + 1
    if word in _TEENS:
        return _TEENS[word], i + 1
    if word in _BELOW_TEN:
        return _BELOW_TEN[word], i + 1
    return None


def _below_thousand(words: list[str], i: int) -> tuple[int, int] | None:
    """A number under a thousand in words ("a hundred and forty eight"), and where it ends;
    hundreds counted past nine too ("twenty six hundred" is 2600)."""
    if i + 1 < len(words) and words[i + 1] == "hundred" and (
            words[i] in ("a", "one") or words[i] in _BELOW_TEN):
        hundreds, end = _BELOW_TEN.get(words[i], 1), i + 2
    else:
        first = _below_hundred(words, i)
        if first is None or first[0] < 10 or first[1] >= len(words) \
                or words[first[1]] != "hundred":
            return first
        hundreds, end = first[0], first[1] + 1
    rest = end + 1 if end < len(words) and words[end] == "and" else end
    tail = _below_hundred(words, rest)
    value = 100 * hundreds
    return (value + tail[0], tail[1]) if tail is not None else (value, end)


# The first two digits of a year said in words ("nineteen seventy nine", "twenty eighteen").
_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}


def _spoken_year(words: list[str], i: int) -> tuple[int, int] | None:
    """A year said as two numbers, its century and then ten or more ("twenty thirteen",
    "nineteen sixty nine"), or "oh" and a digit ("twenty oh five"); where it ends."""
    century = _CENTURIES.get(words[i])
    if century is None or i + 1 >= len(words):
        return None
    if words[i + 1] in ("oh", "o") and i + 2 < len(words) and words[i + 2] in _BELOW_TEN:
        return century * 100 + _BELOW_TEN[words[i + 2]], i + 3
    rest = _below_hundred(words, i + 1)
    if rest is None or rest[0] < 10:
        return None
    if rest[1] < len(words) and (words[rest[1]] in _SCALES or words[rest[1]] == "hundred"):
        return None  # "twenty thirty thousand": no year
    return century * 100 + rest[0], rest[1]


def _compound_number(words: list[str], i: int) -> tuple[int, int] | None:
    """A number of several words from words[i] ("one hundred and fourteen", "three thousand
    two hundred", "eleven"), and where it ends; None for one word up to ten, which is read as
    it is."""
    year = _spoken_year(words, i)
    if year is not None:
        return year
    first = _below_thousand(words, i)
    if first is None:
        return None
    value, end = first
    if end + 1 < len(words) and words[end] == "thousand":
        rest = end + 2 if words[end + 1] == "and" else end + 1
        more = _below_thousand(words, rest)
        if more is not None and more[1] - rest > 0 and not (
                more[1] < len(words) and words[more[1]] in _SCALES):
            # ("seventy five thousand and a hundred thousand": two amounts, no sum.)
            value, end = value * 1000 + more[0], more[1]
    if end < len(words) and words[end] in _SCALED_BY:
        return value, end  # "fifty billion", "twelve percent": an amount, however short
    if value > 10 and not (end < len(words) and words[end] in _ORDINAL_WORDS):
        # "eleven", "forty", "forty eight": plainly a number ("sixty first" is a rank).
        return value, end
    if end - i < 2:
        return None  # "one", "ten": as often a word as a number, read as it is
    return value, end


def numbers_in_digits(normalised: str) -> str:
    """A normalised text with numbers of several words written in digits ("one hundred and
    fourteen jets" -> "114 jets", "a hundred and forty eight billion" -> "148 billion")."""
    words = normalised.split()
    if _WORD_NUMBERS.keys().isdisjoint(words):
        return normalised
    if "dozen" in words:
        words = _dozens_counted(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        found = _compound_number(words, i)
        if found is None:
            out.append(words[i])
            i += 1
        else:
            out.append(str(found[0]))
            i = found[1]
    return " ".join(out)


def _dozens_counted(words: list[str]) -> list[str]:
    """Dozens told as their count: "half a dozen" -> "6", "a dozen" -> "12", "two dozen" /
    "2 dozen" -> "24"."""
    out: list[str] = []
    for word in words:
        if word != "dozen" or not out:
            out.append(word)
        elif out[-2:] == ["half", "a"]:
            out[-2:] = ["6"]
        elif out[-1] in ("a", "one"):
            out[-1] = "12"
        elif out[-1] in _BELOW_TEN or out[-1] in _TEENS or out[-1].isdigit():
            out[-1] = str(12 * (int(out[-1]) if out[-1].isdigit() else _WORD_NUMBERS[out[-1]]))
        else:
            out.append(word)
    return out


# Words (or parts of words) one of which every match of a pattern holds: a text holding none
# of them is not searched (most texts give no figure of most kinds, and a search costs more
# than looking for a few words).
_DIGIT_CHARS = tuple("0123456789")
_NUMBER_PARTS = (*_DIGIT_CHARS, "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve", "teen", "twent", "thirt", "fort", "fift",
                 "hundred", "dozen")
_FRACTION_PARTS = ("half", "third", "quarter", "fifth", "tenth")
_PART_OF_PARTS = (" of ",)
_MOST_OF_PARTS = ("most of", "bulk of")
_TWICE_PARTS = ("twice", "double")
_SPAN_COUNT_PARTS = ("hour", "morning", "afternoon", "evening", "day", "week")
_WHILE_PARTS = ("days", "weeks", "months")
_SPOKEN_RANK_PARTS = ("number", "runner", "only", "top")
_SUPERLATIVE_PARTS = ("est",)
_ORDINAL_PARTS = (*_DIGIT_CHARS, "first", "second", "third", "fourth", "fifth", "sixth",
                  "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth",
                  "hundredth", "top")


def _scan(pattern: re.Pattern[str], text: str, parts: tuple[str, ...]
          ) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), where the text holds one of `parts` (every match holds one)."""
    for part in parts:  # (a plain loop: faster than any() over a generator)
        if part in text:
            return pattern.finditer(text)
    return iter(())


# Fact texts are read again for every claim matched to them: each text is read once.
@lru_cache(maxsize=65_536)
def quantities(normalised: str) -> tuple[Quantity, ...]:
    """Every quantity in a normalised text, scaled ("100 billion usd" -> 1e11 usd)."""
    found: list[Quantity] = []
    for m in _scan(_QUANTITY, normalised, _NUMBER_PARTS):
        raw = m.group("num")
        before = " " + normalised[:m.start()]
        if _is_name(normalised, m.start()) or (before.endswith(_RANKING) and not (
                before.endswith(" top ") and _SUM_AFTER.match(normalised, m.end("num")))):
            continue  # a name ("S-400"), or a rank ("top 10", "number 2") read below
        if before.endswith(_LOOSELY) and not raw[:1].isdigit():
            continue  # "several hundred": a loose count, read below
        if raw.isdigit() and before.split()[-1:] and before.split()[-1] in _LABELS:
            continue  # "slide 4", "page 12": a label, no figure
        value = number_value(raw)
        if m.group("hundred"):
            value *= 100
        scale = m.group("scale")
        if scale:
            value *= _SCALES[scale]
        unit = _unit(m.group("tail"), bool(m.group("x")))
        if unit in _DURATIONS and _COUNT_IN_TIME.match(normalised, m.end()):
            unit = ""  # "11 of 91 by year 6": the year is the label of the number after it
        if _PER_EACH.match(normalised, m.end()):
            unit = "times"  # "20 soldiers for every Chinese one": a ratio, no count
        if _is_word_number(raw) and not unit \
                and _bound_before(normalised, m.start()) == "max":
            # "at most one of the Kuril Islands": a ceiling counts the part of a set it names.
            unit = _counted_of(normalised[m.end():])
        if _is_word_number(raw) and not (scale or unit or m.group("hundred")
                                         or _counts_a_name(normalised[m.end():])
                                         or (raw != "one" and _PART_OF_SET.match(
                                             normalised, m.end()) is not None)):
            continue  # "two countries": too common to compare as a figure
        if m.group("x") is None and "bcm" in m.group("tail").split()[:1] and not scale:
            value *= _SCALES["billion"]  # "38 bcm": billion cubic meters
        high: float | None = None
        if m.group("num2"):
            if _is_year(raw) and _is_year(m.group("num2")):
                found.extend(_year(y) for y in (raw, m.group("num2")))
                continue
            second = float(m.group("num2")) * _SCALES.get(m.group("scale2") or scale or "", 1)
            if second > value:
                high = second
        if not scale and high is None and _is_year(raw) and (
                not unit or _dates(normalised, m.start())):
            unit = "year"
        if unit == "km":
            value, unit = value / _KM_PER_MILE, "miles"
            high = high / _KM_PER_MILE if high is not None else None
        low, top = _interval(value, unit, _bound_before(normalised, m.start(), unit), high)
        text = _grouped(m.group(0).strip()) if unit != "year" else m.group(0).strip()
        tail = m.group("tail").split()[:2]
        named = [i for i, w in enumerate(tail) if w in _UNIT_OF]
        if named and not m.group("x") and unit != "year":
            text = " ".join([text, *tail[:named[0] + 1]])
        found.append(Quantity(value=value, unit=unit, text=text, low=low, high=top))
    for m in _scan(_FRACTION, normalised, _FRACTION_PARTS):
        count = 1 if m.group("bare") or m.group("bounded") \
            else _WORD_NUMBERS.get(m.group("count") or "", 1)
        share = count * _FRACTIONS[m.group("part") or "half"]
        low, top = _interval(share, "percent", _bound_before(normalised, m.start()))
        found.append(Quantity(value=share, unit="percent", text=m.group(0), low=low, high=top))
    found.extend(_ranks(normalised))
    for m in _scan(_PART_OF, normalised, _PART_OF_PARTS):
        part, whole = float(m.group("part")), float(m.group("whole"))
        if 0 < part <= whole and not _is_year(m.group("whole")):
            share = 100 * part / whole
            low, top = _interval(share, "percent", _bound_before(normalised, m.start()))
            found.append(Quantity(value=share, unit="percent", text=m.group(0), low=low,
                                  high=top))
    for m in _scan(_MOST_OF, normalised, _MOST_OF_PARTS):
        found.append(Quantity(value=_MOST_LOW, unit="percent", text=m.group(0), low=_MOST_LOW,
                              high=100.0))
    for m in _scan(_TWICE, normalised, _TWICE_PARTS):
        low, top = _interval(2.0, "times", _bound_before(normalised, m.start()))
        found.append(Quantity(value=2.0, unit="times", text=m.group(0), low=low, high=top))
    found.extend(_vague_counts(normalised))
    found.extend(_spans_of_time(normalised))
    return tuple(found)


# Counts told loosely, each the span it covers: "dozens" is two dozen up to a gross.
_VAGUE = {
    "a couple": (2.0, 3.0), "a few": (2.0, 6.0), "a handful": (2.0, 6.0), "several": (3.0, 9.0),
    "dozens": (24.0, 143.0), "hundreds": (200.0, 999.0), "thousands": (2000.0, 9999.0),
}
_VAGUE_COUNT = re.compile(
    r"\b(?P<word>" + "|".join(_VAGUE) + r")(?: of)?(?P<more> more)?"
    r"(?=(?P<tail>(?:\s+[a-z0-9]+){0,2}))")
_VAGUE_PARTS = tuple(_VAGUE)


def _loose_bounded(low: float, high: float, bound: str) -> tuple[float, float]:
    """A loose count under a bound: "more than a few" has no top, "fewer than a dozen" or
    "at most a handful" no floor."""
    if bound == "min":
        return low, math.inf
    if bound == "max":
        return 0.0, high
    return low, high


def _vague_counts(normalised: str) -> list[Quantity]:
    """Counts told loosely ("dozens of jets", "hundreds of casualties", "a few Su-35s"), as the
    span of counts they cover. Standing alone they count what the text counted last ("Egypt
    bought dozens"); otherwise only what a unit noun or a name after them says they count:
    "a few days" is no count of anything compared."""
    out: list[Quantity] = []
    for m in _scan(_VAGUE_COUNT, normalised, _VAGUE_PARTS):
        tail = m.group("tail").split()
        scale, text = 1.0, m.group(0)
        if tail[:1] and (tail[0] in _SCALES or tail[0] == "hundred"):
            # "a few thousand troops", "several hundred jets"
            scale = _SCALES.get(tail[0], 100.0)
            text = f"{m.group(0)} {tail[0]}"
            tail = normalised[m.end("tail") - len(m.group("tail")):].split()[1:3]
        unit = _unit(" ".join(tail), times_suffix=False)
        named = _counts_a_name(" ".join(tail))
        alone = not tail or bool(m.group("more")) or tail[0] in _CLAUSE_WORDS
        if not (unit or named or alone):
            continue
        low, high = (scale * n for n in _VAGUE[m.group("word")])
        low, high = _loose_bounded(low, high, _bound_before(normalised, m.start()))
        out.append(Quantity(value=low, unit=unit, text=text, low=low, high=high))
    return out


# How long something lasted, in days, so that "over in a few days" meets "went on for months":
# a count of hours, days or weeks ("a couple of days", "one afternoon", "3 weeks"; "a few days
# later" is a time, no while), or a bare plural told as a while ("for months", "lasted
# weeks").
_DAYS_IN = {"hour": 1 / 24, "morning": 0.5, "afternoon": 0.5, "evening": 0.5, "day": 1.0,
            "week": 7.0, "month": 30.4}
_SPAN_COUNTS = {"a": (1.0, 1.0), "an": (1.0, 1.0), "a couple of": (2.0, 3.0),
                "a couple": (2.0, 3.0), "a few": (2.0, 6.0), "a handful of": (2.0, 6.0),
                "several": (3.0, 9.0)}
_SPAN_COUNT = re.compile(
    r"(?<![\d.] )(?<![\d.])\b(?P<count>" + "|".join(sorted(_SPAN_COUNTS, key=len, reverse=True))
    + r"|" + _NUMBER + r") (?P<unit>hours?|mornings?|afternoons?|evenings?|days?|weeks?)\b"
    r"(?! (?:later|after|afterwards|earlier|before|ago)\b)")
_WHILE = re.compile(r"\b(?:for|lasted|lasting|last|went on|go on|goes on|dragged on|drag on)"
                    r"(?: for)? (?P<unit>days|weeks|months)\b")
# A bare plural told as a while: "for days" is two days to two weeks.
_WHILE_SPANS = {"days": (2.0, 14.0), "weeks": (14.0, 60.0), "months": (60.0, 365.0)}
# "A day" or "a week" is a span of time after these ("over in a day", "lasted just a week"),
# not a rate ("38 bcm a day") nor a time ("a day later").
_SPAN_OPENS = re.compile(r"\b(?:in|within|for|lasted|lasting|took|just|only|than|about|around|"
                         r"barely|under)\s*$")


def _spans_of_time(normalised: str) -> list[Quantity]:
    """How long something lasted, in days: "a few days" is [2, 6] days, "for months" [60,
    365]; "within" or "under" before one bounds it above, "more than" below."""
    out: list[Quantity] = []
    for m in _scan(_SPAN_COUNT, normalised, _SPAN_COUNT_PARTS):
        count, unit = m.group("count"), m.group("unit").rstrip("s")
        if count in ("a", "an") and not _SPAN_OPENS.search(normalised[:m.start()]):
            continue  # "38 bcm a day", "a day later": no span
        low, high = _SPAN_COUNTS.get(count) or (number_value(count),) * 2
        low, high = low * _DAYS_IN[unit], high * _DAYS_IN[unit]
        bound = _bound_before(normalised, m.start())
        if normalised[:m.start()].endswith(("within ", "in under ")):
            bound = "max"
        if bound == "max":
            low = 0.0
        elif bound == "min":
            high = math.inf
        out.append(Quantity(value=low, unit="days", text=m.group(0), low=low, high=high))
    for m in _scan(_WHILE, normalised, _WHILE_PARTS):
        low, high = _WHILE_SPANS[m.group("unit")]
        out.append(Quantity(value=low, unit="days", text=m.group(0), low=low, high=high))
    return out


# Words after a loose count that end what it counts: "dozens, and India ...".
_CLAUSE_WORDS = frozenset("and or but while whereas than".split())


def _spoken_ranks(normalised: str) -> list[Quantity]:
    """Places told in words rather than ordinals: "number two", "the runner-up", "only the EU
    is bigger" (second), "Russia's top trading partner" (first)."""
    out: list[Quantity] = []
    for m in _scan(_SPOKEN_RANK, normalised, _SPOKEN_RANK_PARTS):
        if m.group("n"):
            raw = m.group("n")
            n = float(raw) if raw.isdigit() else float(_WORD_NUMBERS[raw])
        elif m.group("top"):
            if _AMONG.search(normalised[:m.start("top")].rstrip()):
                continue
            n = 1.0
        else:
            n = 2.0
        if n >= 1:
            text = "top" if m.group("top") else m.group(0)
            out.append(Quantity(value=n, unit="rank", text=text, low=n, high=n))
    return out


def _ranks(normalised: str) -> list[Quantity]:
    out: list[Quantity] = _spoken_ranks(normalised)
    for m in _scan(_SUPERLATIVE, normalised, _SUPERLATIVE_PARTS):
        out.append(Quantity(value=1.0, unit="rank", text=m.group("sup"), low=1.0, high=1.0))
    for m in _scan(_ORDINAL, normalised, _ORDINAL_PARTS):
        before = normalised[:m.start()].split()[-1:]
        if m.group("top"):
            if _SUM_AFTER.match(normalised, m.end()):
                continue
            top = m.group("top")
            n = float(top) if top.isdigit() else float(_WORD_NUMBERS[top])
            out.append(Quantity(value=n, unit="rank", text=m.group(0), low=1.0, high=n))
            continue
        if m.group("word"):
            if before and before[0] in _NOT_RANK_BEFORE and not m.group("tens"):
                continue
            n = float(_ORDINAL_WORDS[m.group("word")])
            if m.group("tens"):
                n += _WORD_NUMBERS[m.group("tens")]
        else:
            n = float(m.group("digits"))
        out.append(Quantity(value=n, unit="rank", text=m.group(0), low=n, high=n))
    return out


# A quantity's text is normalised ("150 billion usd"); people write amounts with a sign.
_USD = re.compile(r"^(\d[\d.,]*(?: (?:thousand|million|billion|trillion))?) usd$")


def spoken(text: str) -> str:
    """A normalised amount as people write it: "150 billion usd" -> "$150 billion"."""
    return _USD.sub(r"$\1", text.strip())


def as_point(q: Quantity) -> Quantity:
    """A bounded quantity read at its figure: "at least 75,000" as 75,000, give or take
    rounding."""
    if q.unit == "year" or (q.low != -math.inf and q.high != math.inf and q.low != 0.0):
        return q
    low, high = _interval(q.value, q.unit, "exact")
    return Quantity(value=q.value, unit=q.unit, text=q.text, low=low, high=high)


def as_cited(q: Quantity) -> Quantity:
    """A source's open bound read as the figure it rounds: "at least 15 percent" is not 40."""
    if q.high != math.inf:
        return q
    return Quantity(value=q.value, unit=q.unit, text=q.text, low=q.low,
                    high=max(q.low, q.value) * CITED_BOUND_REACH)


# Nouns a plain count of things is told in; a count of them may stand three words before its
# noun in a source ("91 joint investment projects").
COUNTED_NOUNS = frozenset({"projects", "islands", "aircraft", "troops"})
_FURTHER = re.compile(r"\b(?P<num>\d+)(?P<words>(?:\s+[a-z]+){3})\b")


def counted_further(text: str) -> tuple[Quantity, ...]:
    """Plain counts in normalised text whose noun is the third word after them, with that
    noun's unit: "91 joint investment projects" is 91 projects. Counts whose noun is nearer
    are read by `quantities`."""
    out: list[Quantity] = []
    for m in _FURTHER.finditer(text):
        words = m.group("words").split()
        unit = _UNIT_OF.get(words[2])
        if (unit not in COUNTED_NOUNS or any(w in _UNIT_OF for w in words[:2])
                or _is_name(text, m.start())):
            continue
        value = float(m.group("num"))
        low, high = _interval(value, unit, "exact")
        out.append(Quantity(value=value, unit=unit, text=m.group(0), low=low, high=high))
    return tuple(out)


# A plain count this large is a sum of money where the source's sums are dollars.
MONEY_SCALE = 1e8


def compared_as(q: Quantity, cited: tuple[Quantity, ...]) -> str:
    """The unit a claimed quantity is compared in: its own, or dollars for a sum in billions
    told without its currency ("got 88 billion from china") where the source gives no plain
    count but gives sums in dollars."""
    if q.unit == "" and q.value >= MONEY_SCALE and not any(
            c.unit == "" and c.value >= MONEY_SCALE for c in cited):
        return "usd"
    if q.unit == "":
        # "Kazakhstan's border with Russia is 2,600" against a source whose only figures are
        # miles: a plain count is read as what every figure of the source measures.
        kinds = {c.unit for c in cited if c.unit not in ("year", "rank")}
        if len(kinds) == 1 and kinds <= _MEASURES:
            return next(iter(kinds))
    return q.unit


# What a plain count may be read as, where it is all a source measures.
_MEASURES = frozenset({"miles", "m3", "troops", "aircraft", "projects", "islands"})


def counts_a_measure(q: Quantity, cited: tuple[Quantity, ...]) -> bool:
    """Whether a plain count ("contracted for 11 of them") is a count the source gives of
    things it measures ("11 jets"): the same figure told without its noun."""
    return q.unit == "" and any(
        c.unit in _MEASURES and replace(q, unit=c.unit).agrees_with(a)
        for c in cited for a in (as_cited(c),))


def conflicting(claimed: tuple[Quantity, ...], cited: tuple[Quantity, ...]) -> list[Quantity]:
    """The claimed quantities that contradict the cited ones.

    A claimed quantity contradicts when the source cites quantities of the same unit and none of
    them meets it. Years only contradict years; plain counts are compared only with counts.
    """
    bounded = [as_cited(c) for c in cited]
    out: list[Quantity] = []
    for q in claimed:
        unit = compared_as(q, cited)
        same_unit = [c for c in bounded if c.unit == unit]
        read = q if unit == q.unit else replace(q, unit=unit)
        agreeing = [c for c in same_unit if read.agrees_with(c)]
        passed = {c.value for c in same_unit if _floor_past_ceiling(read, c)}
        # A floor past a ceiling of the source's conflicts, though the source give the same
        # figure without its bound elsewhere ("$24 billion" beside "no more than $24 billion").
        if same_unit and (not agreeing
                          or (passed and all(c.value in passed for c in agreeing))):
            out.append(q)
    return out


def _floor_past_ceiling(claimed: Quantity, cited: Quantity) -> bool:
    """Whether a claimed floor ("more than $24 billion", "at least 24") stands at or past
    the ceiling a cited figure sets ("no more than $24 billion"): the two meet only at the
    bound itself, where the claim tells more than the source allows."""
    return claimed.high == math.inf and cited.low == 0 and 0 < cited.value <= claimed.value \
        and cited.high != math.inf
