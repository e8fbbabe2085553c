"""The one normalisation applied to facts and claims alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.core.lexicon import ENTITY_OF, FLAG_COUNTRIES, PLACE_IN, STATESMEN_OF, ordinal_suffix
from bot.core.numbers import numbers_in_digits


def _invisible(ch: str) -> bool:
    """Zero-width inside a word: format characters (zero-width spaces and joiners, soft hyphens,
    bidi marks, tag characters) and the variation selectors that follow emoji."""
    code = ord(ch)
    return (unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF)


@lru_cache(maxsize=8192)
def _visible(ch: str) -> str:
    if _invisible(ch):
        return ""
    return " " if unicodedata.category(ch)[0] == "C" else ch


# Chat markup: Discord mentions, channels, roles, custom emoji; Slack mentions and links.
_SLACK_LINK = re.compile(r"<(?:https?|mailto):[^|>\s]*\|([^>]*)>")
_MARKUP = re.compile(
    r"<a?:\w+:\d+>"          # Discord custom emoji
    r"|<@[!&]?\d+>"          # Discord user / role mention
    r"|<#\d+>"               # Discord channel
    r"|<t:-?\d+(?::[a-z])?>"  # Discord timestamp <t:1536624000:R>
    r"|</[\w -]+:\d+>"       # Discord slash-command mention </factcheck:123>
    r"|<[@#][A-Z0-9]+(?:\|[^>]*)?>"  # Slack user / channel
    r"|<![a-z][^>]*>"          # Slack <!channel> <!here> <!subteam^..> <!date^..|..>
    r"|<(?:https?|mailto):[^>\s]*>"  # Slack bare link
    r"|@(?:everyone|here|channel)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# A code block is code; an inline code span is often a claim set off by backticks, so only its
# backticks go.
_CODE_BLOCK = re.compile(r"```.*?```", re.DOTALL)
_CODE_SPAN = re.compile(r"`([^`]*)`")
# Code spans side by side are items apart, as a comma would set them ("`a = 12%` `b = 35%`").
_SPANS_APART = re.compile(r"(?<=[^`\s]`)[ \t]+(?=`[^`\s])")
_SHORTCODE = re.compile(r":[a-z0-9_+\-]+:")
# Words struck through ("~~allies~~ partners") are taken back: the message does not say them.
_STRUCK = re.compile(r"~~([^~]*)~~")
# A figure, with the words that bound it ("more than 25", "$55bn").
_STRUCK_FIGURE = re.compile(
    r"(?:\b(?:more than|less than|fewer than|over|under|about|around|roughly|nearly|almost|"
    r"at least|at most|only|just)\s+)?[$\u00a3\u20ac]?\d[\d,.]*")

_STRUCK_CLAUSE = re.compile(r"[^.,;:!?()\n]*")


def _struck(match: re.Match[str]) -> str:
    """Struck-through words with what replaces them: a figure written after them takes the place
    of the last figure struck, the words struck before it still said ("~~they met 15 times~~
    more than 25 times": "they met more than 25 times"); any other words struck go whole."""
    after = match.string[match.end():].lstrip()
    struck = match.group(1)
    figures = list(_STRUCK_FIGURE.finditer(struck))
    if figures and _STRUCK_FIGURE.match(after) is not None:
        return f" {struck[:figures[-1].start()]} "
    if match.string[:match.start()].strip(" *_>"):
        return " "
    # Struck words that open the text: the words after them, up to a stop, stand for as many
    # of its last words ("~~China and Russia are allies~~ partners").
    replacing = len(_STRUCK_CLAUSE.match(after).group().split())  # type: ignore[union-attr]
    kept = struck.split()
    return f" {' '.join(kept[:-replacing])} " if 0 < replacing < len(kept) else " "

# Two names a comma keeps apart, the first told with what went to or came from it, the second
# opening a clause of its own ("went to Putin, Xi put it on him"): no pair of names, as
# "Putin and Xi" is, once the comma is gone. A list ("to Russia, China and India", "to
# Russia, China, India") goes on with "and", "or", a comma or another name.
_NAMES = "|".join(sorted({*ENTITY_OF, *STATESMEN_OF}, key=len, reverse=True))
_NAMES_APART = re.compile(rf"\b(?P<one>(?:to|from|by|for|with) (?:{_NAMES}))\s*,\s*"
                          rf"(?P<other>{_NAMES})(?=\s+(?!(?:and|or|n|nor|as well|{_NAMES})\b)"
                          r"[a-z])")


# "65 per cent" is "65 percent".
_PER_CENT = re.compile(r"\bper\s+cent\b")

_SCALE_WORDS = {
    "k": "thousand", "thousand": "thousand",
    "m": "million", "mn": "million", "mln": "million", "mil": "million", "million": "million",
    "b": "billion", "bn": "billion", "bln": "billion", "bil": "billion", "billion": "billion",
    "t": "trillion", "tn": "trillion", "tril": "trillion", "trillion": "trillion",
}
_NUM = r"\d+(?:\.\d+)?"
# "$100bn", "$ 100 billion", "100 billion dollars", "usd 100 bn" -> "100 billion usd"
# Every word of a scale, as one alternation (analysis reads amounts with the same words).
SCALES = "|".join(_SCALE_WORDS)
_MONEY_PREFIX = re.compile(r"(?:\$|\bus\$)\s*(" + _NUM + r")\s*(" + SCALES + r")?\b")
# A number after a digit and a dot is the tail of one written with more dots ("1.2.5%"), which
# reading apart would leave a dot astray.
_WHOLE_NUM = r"\d(?<!\d\.\d)\d*(?:\.\d+)?"
_MONEY_SUFFIX = re.compile(
    r"\b(" + _WHOLE_NUM + r")\s*(" + SCALES + r")?\s*(?:dollars|dollar|usd|bucks)\b")
# "150 billion $": the sign after the amount, as much of Europe writes it.
_MONEY_AFTER = re.compile(r"\b(" + _WHOLE_NUM + r")\s*(" + SCALES + r")?\s*\$(?!\s*\d)")
_SCALED = re.compile(r"\b(" + _WHOLE_NUM + r")\s*(k|mn|mln|mil|bn|bln|bil|tn|tril)\b")
# A capital B or M right after a number is chat's billion or million ("a record 100B"),
# where a small "m" may be metres; a small "b" is a billion too ("cost 55b"): no unit is
# written so.
# A figure with a plus after it is a floor: "$24bn+", "25+ times" -> "at least ...". A sum
# ("2+2") or a name ("C++") is none.
_PLUS_AFTER = re.compile(
    r"(?<![\w+./])((?:us)?\$?\s?\d[\d.,]*\s?(?:k|mn|mln|mil|bn|bln|bil|tn|tril|[bBmMkK]|"
    r"thousand|million|billion|trillion)?)\+(?![\w+\d])")
# (A number run on from a letter counts too: the letter is cut off it further on.)
_CAPITAL_SCALE = re.compile(r"(?:\b|(?<=[^\W\d_]))(" + _NUM + r")([BMb])\b")
# A digit after a "k" goes on the figure as the hundreds do ("3k2 soldiers" are 3,200).
_K_DIGITS = re.compile(r"\b(\d{1,3})[kK](\d{1,3})\b")
# Chat's "2" and "4" for "to" and "for", between a word and a place or a pronoun: no count
# goes before "china" or "them" ("exports 2 china", "a win 4 them").
_CHAT_PREPOSITION = re.compile(
    r"(?<=[a-z] )([24])(?= (?:" + "|".join(sorted(PLACE_IN, key=len, reverse=True))
    + r"|the|them|me|him|her|us|u|you|my|your|ur|their|his|its|it|everyone)\b)")
# "pc" is the British press's percent ("15pc").
_PERCENT = re.compile(r"\b(" + _WHOLE_NUM + r")\s*(?:%|per\s*cent\b|pct\b|pc\b)")
# Patterns here start with a character class and look behind after it: a pattern that starts
# with a class is searched for quickly, one that starts with a lookbehind is tried at every
# position of the text.
# A letter run straight into a number ("S400", "Su35", "Vostok2018") reads like "S-400".
_LETTER_DIGIT = re.compile(r"\d(?<=[^\W\d_]\d)")
# A unit of measure run into its number ("50bcm", "2600km", "4000mi") reads apart from it, and
# a rate "per year" written with a slash ("38bcm/yr") reads "a year".
_UNIT_GLUED = re.compile(r"(\d)(bcm|km|mi)\b")
_PER_YEAR = re.compile(r"\s?/\s?(?:yr|year|y)\b")
# Common fractions read as words, so "3/4" meets "three-quarters" (dates like 3/4/2019 are not
# fractions).
_FRACTION_WORDS = {"1/2": "half", "1/3": "a third", "2/3": "two thirds", "1/4": "a quarter",
                   "3/4": "three quarters"}
_FRACTION = re.compile(r"([123])(?<![\d/.][123])/([234])(?![\d/])")
_THOUSANDS = re.compile(r"(\d(?<![\d.]\d)\d{0,2})((?:,\d{3})+)(?!\d)")
# Figures as much of the world writes them. A comma before one or two digits is a decimal
# mark where a scale, a unit or a percent follows ("15,5 percent", "2,5 milliard"): it cannot
# be a thousands separator there.
_DECIMAL_COMMA = re.compile(
    r"(\d(?<![\d.,]\d)\d{0,2}),(\d{1,2})(?![\d.,])(?=\s*(?:%|(?:percent|per\s*cent|pct|pc|"
    r"thousand|million|billion|trillion|milliards?|k|mn|mln|bn|bln|tn|dollars?|usd|euros?|"
    r"times|miles?|km|kilomet(?:er|re)s?)\b))")
# A dot between groups of exactly three digits separates thousands ("3.200 soldiers",
# "1.000.000"), unless a scale or a percent follows, where it is a decimal point ("1.250
# billion"); a number starting with 0 is a decimal ("0.125").
_DOT_THOUSANDS = re.compile(r"[1-9](?<![\d.][1-9])\d{0,2}(?:\.\d{3})+(?![\d.])"
                            r"(?! ?(?:percent|pct|pc|thousand|million|billion|trillion|k|mn|mln|"
                            r"mil|bn|bln|bil|tn|tril)\b)")
# So does a space: a run of numbers that reads as groups of three after a first of one to
# three digits ("50 000 troops"); a year before such a run stays a year ("in 2018 20 000").
_DIGIT_RUN = re.compile(r"\d(?<![\d.,]\d)\d*(?: \d+)+(?![\d.,])")
_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+")
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december jan feb mar apr jun jul aug sep sept oct nov dec"
                    .split())
# A tilde before a figure is "about" ("~$80B", "~4,250 miles"); so is the circa mark ("c.$60bn",
# "ca. 30k", "c. 2015").
_TILDE = re.compile(r"~(?=\s?[$\d])")
_CIRCA = re.compile(r"\bc(?:a|irc)?\.\s?(?=(?:us)?\$|\d)")
# "Milliard" is a billion in most of Europe.
_MILLIARD = re.compile(r"(?<![^\W\d_])milliard(s?)(?![^\W\d_])")
# A rank written with a number sign ("#2 trading partner") is an ordinal ("2nd"), a word of its
# own even after a letter ("A#1"), as normalising it again would make it.
_RANK = re.compile(r"#([1-9]\d?)\b")
# A "#2" numbering a heading or an item of a list ("Fun fact #2:", "Takeaway #3:") is no
# place: its number is dropped.
_ITEM_NUMBER = re.compile(r"\b(?:facts?|takeaways?|tips?|points?|items?|notes?|questions?|"
                          r"reasons?|things?|lessons?|myths?|claims?|q|steps?|parts?|"
                          # "reader email #4", "comment #12", "graf #3": an item of a desk's
                          # mail or a draft.
                          r"e-?mails?|messages?|letters?|comments?|replies|reply|tickets?|"
                          r"grafs?|paras?|paragraphs?|lines?|posts?|slides?|sections?)\s*"
                          r"#[1-9]\d?\b", re.IGNORECASE)
# So is one written "No. 2" (or "No 2", capitalised): a place, no denial.
_NUMBERED = re.compile(r"\b(?:[Nn]o\.|No)\s?([1-9]\d?)\b(?![.,]\d|\s*%)")
_AMPERSAND = re.compile(r"(?:^|\s)&(?:\s|$)")
# "75-100k soldiers", "$20-30bn": a range of amounts, read as "between" reads it (its scale
# shared); a dash between a name and a number ("S-400") or after one ("-5") is no range.
_RANGE_SCALE = r"(k|m|mn|mln|bn|bln|b|bil|tn|thousand|million|billion|trillion|%)?"
_DASH_RANGE = re.compile(r"(?<![\w.$\-\u2013])(\$?)(\d+(?:\.\d+)?)" + _RANGE_SCALE
                         + r"[-\u2013]\$?(\d+(?:\.\d+)?)" + _RANGE_SCALE
                         + r"(?![\w\-\u2013])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "2014-18": the years from 2014 to 2018, where the second is at most this many years on.
_YEARS_SPANNED = 30
_PUNCT = re.compile(r"[^\w\s.]|_")
# A dot that is not between two digits.
_STRAY_DOT = re.compile(r"\.(?:(?<!\d\.)|(?!\d))")
_DIGIT = re.compile(r"\d")
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# "U.S." and an upper-case "US" name the country ("US$" is the currency);
# lower-case "us" is a pronoun.
_US = re.compile(r"\bU\.S\.(?:A\.)?|\bU\.S\b|\bUS(?:A)?\b(?!\$)")


def _money(match: re.Match[str]) -> str:
    number, scale = match.group(1), match.group(2)
    scale_word = _SCALE_WORDS.get(scale or "", "")
    return f" {number} {scale_word} usd " if scale_word else f" {number} usd "


def _k_digits(match: re.Match[str]) -> str:
    """"3k2" as 3200: the thousands, then the digits after the "k" as the next places."""
    thousands, rest = match.groups()
    return str(int(thousands) * 1000 + int(rest.ljust(3, "0")))


def _scaled(match: re.Match[str]) -> str:
    """ "40k" as "40 thousand"; "3.2k" in its digits, as "3,200" is written ("3200")."""
    number, scale = match.groups()
    if scale == "k" and "." in number and (thousands := float(number) * 1000).is_integer():
        return f"{int(thousands)}"
    return f"{number} {_SCALE_WORDS[scale]}"


def _dash_range(match: re.Match[str]) -> str:
    currency, low, low_scale, high, high_scale = match.groups()
    if _YEAR.fullmatch(low) and len(high) == 2 and not (currency or low_scale or high_scale) \
            and 0 < int(high) - int(low[2:]) <= _YEARS_SPANNED:
        return f" {low} {low[:2]}{high} "  # years, the second told by its last two digits
    if float(high) <= float(low) or (_YEAR.fullmatch(low) and _YEAR.fullmatch(high)):
        return match.group(0)  # a score ("3-1") or years ("2014-2018"), no amount
    scale = high_scale or low_scale or ""
    return f" between {currency}{low}{low_scale or scale} and {currency}{high}{scale} "


def _digit_run(match: re.Match[str]) -> str:
    run, text, start = match.group(), match.string, match.start()
    if _GROUPED.fullmatch(run):
        # "may 5 200 soldiers": a day of the month, then a count.
        word = text[text.rfind(" ", 0, max(0, start - 1)) + 1:start].strip()
        return run if word in _MONTHS else run.replace(" ", "")
    year, _, rest = run.partition(" ")
    if len(year) == 4 and _GROUPED.fullmatch(rest):
        return f"{year} {rest.replace(' ', '')}"
    return run


def _grouped_by_spaces(text: str) -> str:
    """Numbers grouped by spaces written whole: "50 000 troops" -> "50000 troops"."""
    return _DIGIT_RUN.sub(_digit_run, text) if " " in text else text


# A flag: two regional indicator letters, or its shortcode (":flag_cn:", ":flag-cn:").
_FLAG = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}|:flag[_-]([a-z]{2}):", re.IGNORECASE)
_REGIONAL_A = 0x1F1E6


# What may stand before a flag told as a word: the start, or a word (not another emoji).
_WORD_BEFORE = re.compile(r"(?:^|[\w,.;!?]\s*)$")
_WORD_AFTER = re.compile(r"\s*[a-z]")


def _flag_named(match: re.Match[str]) -> str:
    """The country a flag stands for, by name, where it stands as a word among words (before a
    lowercase word, after the start or a word); a flag among emoji ("🇨🇳🤝🇷🇺") is left as it
    is, a picture of the two sides rather than a word of the claim."""
    text = match.string
    if not (_WORD_AFTER.match(text, match.end())
            and _WORD_BEFORE.search(text[max(0, match.start() - 2):match.start()])):
        return match.group()
    code = match.group(1) or "".join(chr(ord(c) - _REGIONAL_A + ord("a")) for c in match.group())
    name = FLAG_COUNTRIES.get(code.casefold())
    if name is None or text[:match.start()].rstrip().casefold().endswith(name.casefold()):
        return match.group()  # "Japan 🇯🇵 sold ...": the flag beside the name it stands for
    return f" {name} "


def flags_named(text: str) -> str:
    """Flags standing as words told as the names of their countries ("🇨🇳 gave Putin ..." ->
    "China gave ...")."""
    return _FLAG.sub(_flag_named, text) if (max(text, default=" ") >= "\U0001F1E6"
                                               or ":flag" in text) else text


def strip_markup(text: str) -> str:
    """Remove chat markup, links, code blocks, emoji shortcodes and struck-through words,
    keeping link labels and the words of inline code spans. (Each pattern is tried only on a
    text holding a character it cannot match without: most chat has none of them.)"""
    if "~~" in text:
        text = _STRUCK.sub(_struck, text)
    if "`" in text:
        text = _CODE_BLOCK.sub(" ", text)
        text = _CODE_SPAN.sub(r" \1 ", _SPANS_APART.sub(", ", text))
    if "<" in text:
        text = _SLACK_LINK.sub(r" \1 ", text)
    if "<" in text or "@" in text:
        text = _MARKUP.sub(" ", text)
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" ", text)
    return _SHORTCODE.sub(" ", text) if ":" in text else text


def clean_text(text: str) -> str:
    """NFKC, no zero-width or control characters, single spaces; case and words kept."""
    if text.isascii():
        text = _ASCII_CONTROL.sub(" ", text)
    else:
        text = "".join(map(_visible, unicodedata.normalize("NFKC", text)))
    return " ".join(text.split())   # what `\s+` to one space and strip() give, faster


def normalise(text: str) -> str:
    """Fold a claim or a fact text to the comparable form used everywhere in matching.

    Unicode NFKC and casefolding, zero-width and control characters removed, chat markup,
    URLs, code spans and emoji shortcodes stripped, punctuation dropped, and numbers written
    one way: "3,200" -> "3200", "$100bn" / "100 billion dollars" -> "100 billion usd",
    "15%" / "15 per cent" -> "15 percent", "one hundred and fourteen" -> "114".
    """
    text = strip_markup(flags_named(clean_text(text)))
    # Most patterns below match only at a digit: a text without digits skips them (the last
    # ones look again, after every step that might write one).
    numbered = _DIGIT.search(text) is not None
    if numbered and "+" in text:
        text = _PLUS_AFTER.sub(r" at least \1 ", text)
    if numbered and "o" in text:
        text = _NUMBERED.sub(lambda m: " " + m.group(1) + ordinal_suffix(int(m.group(1))), text)
    if "U" in text:
        text = _US.sub(" usa ", text)
    if numbered:
        text = _CAPITAL_SCALE.sub(lambda m: m.group(1) + ("mn" if m.group(2) == "M" else "bn"),
                                  text)
        if "k" in text or "K" in text:
            text = _K_DIGITS.sub(_k_digits, text)
    text = text.casefold()
    if not text.isascii():
        # Casefolding decomposes a few letters (U+01F0 becomes "j" and a combining caron);
        # compose again so that normalising twice changes nothing.
        text = unicodedata.normalize("NFKC", text)
        numbered = _DIGIT.search(text) is not None
    text = text.replace("’", "'").replace("'", "")
    if "milliard" in text:
        text = _MILLIARD.sub(r"billion\1", text)
    if "~" in text:
        text = _TILDE.sub(" about ", text)
    if numbered and "c" in text:
        text = _CIRCA.sub(" about ", text)
    if numbered:
        text = _CHAT_PREPOSITION.sub(lambda m: "to" if m.group(1) == "2" else "for", text)
        text = _LETTER_DIGIT.sub(r" \g<0>", text)
        if "bcm" in text or "km" in text or "mi" in text:
            text = _UNIT_GLUED.sub(r"\1 \2", text)
        if "/" in text:
            text = _PER_YEAR.sub(" a year", text)
        if "#" in text:
            text = _ITEM_NUMBER.sub(lambda m: m.group(0).split("#")[0], text)
            text = _RANK.sub(lambda m: " " + m.group(1) + ordinal_suffix(int(m.group(1))), text)
        if "/" in text:
            text = _FRACTION.sub(lambda m: f" {_FRACTION_WORDS.get(m.group(0), m.group(0))} ",
                                 text)
        if "," in text:
            text = _DECIMAL_COMMA.sub(r"\1.\2", text)
            text = _THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(",", ""), text)
        text = _grouped_by_spaces(text)
        if "-" in text or "\u2013" in text:
            text = _DASH_RANGE.sub(_dash_range, text)
        text = _PERCENT.sub(r" \1 percent ", text)
        if "$" in text:
            text = _MONEY_PREFIX.sub(_money, text)
            if "$" in text:
                text = _MONEY_AFTER.sub(_money, text)
    if "&" in text:
        text = _AMPERSAND.sub(" and ", text)  # "X & Y" joins two things as "and" does
    if "," in text:
        text = _NAMES_APART.sub(r"\g<one> then \g<other>", text)
    text = _PUNCT.sub(" ", text)
    if "." in text:
        text = _STRAY_DOT.sub(" ", text)
    if "cent" in text:
        text = _PER_CENT.sub("percent", text)
    text = numbers_in_digits(text)  # "a hundred and forty eight billion" -> "148 billion"
    if _DIGIT.search(text) is not None:
        # Punctuation gone, groups of digits stand apart only by one space or a dot.
        text = _grouped_by_spaces(" ".join(text.split()))
        if "." in text:
            text = _DOT_THOUSANDS.sub(lambda m: m.group().replace(".", ""), text)
        # Word forms of amounts are folded after punctuation is gone, so that "0:bn" and
        # "0 bn" end up alike and a second pass finds nothing left to fold.
        text = _PERCENT.sub(r" \1 percent ", text)
        text = _MONEY_SUFFIX.sub(_money, text)
        text = _SCALED.sub(_scaled, text)
    text = " ".join(text.split())   # what `\s+` to one space and strip() give, faster
    if "2 " in text or "4 " in text:
        # Punctuation gone, a chat "2" or "4" may now stand before a pronoun ("$0:2;U").
        text = _CHAT_PREPOSITION.sub(lambda m: "to" if m.group(1) == "2" else "for", text)
    return text


# Claims, the spans of a message and fact texts are normalised again and again while messages
# are checked (by the splitter, the matcher, the checker and the figures): each once.
cached_normalise = lru_cache(maxsize=65_536)(normalise)
