"""Live chat's way of writing, read as plainly written: letters held out ("sooo", "nooo"),
emotes typed as words ("KEKW", "LUL"), a tag question said mid-line ("..., didn't it, ..."),
and the short forms of little words ("putin n xi", "trade w russia", "bc", "thru", "they r").

An "@handle" is left as typed: in a post it often names whom the post is about, and the
matcher finds facts by it."""

from __future__ import annotations

import re

from bot.core.lexicon import STOP_WORDS

# Emotes that stream chat types as words: a laugh, a cheer, a shrug, irony. They say nothing of
# a claim. (Emotes that are English words too, "Clueless" or "Aware", are left as words.)
_EMOTES = frozenset("""
    kekw kekl lul lulw omegalul pogchamp pog poggers pogu monkas monkaw kappa keepo pepega
    pepehands pepelaugh sadge copium hopium residentsleeper biblethump 4head 5head weirdchamp
    jebaited feelsbadman feelsgoodman feelsstrongman pogslide ez
    """.split())
_EMOTE = re.compile(r"(?<![\w@#$'])(?:" + "|".join(sorted(_EMOTES, key=len, reverse=True))
                    + r")(?![\w'])", re.IGNORECASE)
# A letter held three times or more ("sooo", "surelyyy", "LETSGOOO").
_HELD = re.compile(r"([^\W\d_])\1{2,}")
# Held letters come back to one letter, or two where that makes a common word ("tooo" is
# "too", "alll" "all", "goood" "good").
_DOUBLED_WORDS = frozenset("""
    good too all off well still will see need feel soon cool been free tell agree three keep
    seem week deep look book food full kill wall ball call fall small sell shall three
    """.split()) | {w for w in STOP_WORDS if re.search(r"([a-z])\1", w)}
_WORD = re.compile(r"[^\W\d_]+")
# Short forms of little words, each a word of its own and in small letters: "n" and "w"
# between words ("putin n xi", "trade w russia", "w/ china"), "bc" and "cuz", "thru", "incl",
# "fav", "prolly" and "prob" for "probably". A "w" after "a" or "big" is chat's win ("a huge w
# for china"), and "N Korea" a name.
_SHORT_FORMS = {"n": "and", "w": "with", "w/": "with", "bc": "because", "b/c": "because",
                "cuz": "because", "thru": "through", "no1": "no one", "any1": "anyone",
                "some1": "someone", "every1": "everyone", "r": "are", "u": "you",
                "em": "them", "incl": "including", "incl.": "including", "fav": "favourite",
                "fave": "favourite", "prolly": "probably", "probs": "probably",
                "prob": "probably"}
_SHORT_FORM = re.compile(
    r"(?<![\w/'&.-])(?:w/|b/c|bc|cuz|thru|no1|any1|some1|every1|incl\.?(?= )|fave?|prolly|probs"
    # "prob" is "probably" but in "no prob", "a prob", "the prob" (a problem).
    r"|(?<!\bno )(?<!\ba )(?<!\bthe )(?<!\bbig )prob"
    r"|(?<=[a-z0-9,] )(?<!\ba )(?<!\bbig )(?<!\bhuge )(?<!\bthe )(?:n|w|r|u)(?= [a-z0-9$])"
    r"|(?<=[a-z] )em)"
    r"(?![\w/'&-])")

# A tag question said in the middle of a line, set off by a comma after it ("the deal went
# through didnt it, the 14% one"; "it was over in a day, wasn't it, and ..."): it asks the
# listener to agree, and its "n't" denies nothing.
# ("it wasn't it, ..." says something: a pronoun before the verb is its subject.)
_MID_TAG = re.compile(r"(?<![\s,])(?<!\bit)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bthat)(?<!\bthere)"
                      r"(?<!\bwe)(?<!\byou)(?<!\bi)"
                      r"(?:\s*,)?\s+(?:is|was|are|were|do|does|did|has|have|had)n['\u2019]?t "
                      r"(?:it|he|she|they|that|there|we|you)\s*,(?=\s*\S)", re.IGNORECASE)


def _unheld(word: str) -> str:
    """A word with its held letters written once, or twice where that makes a common word."""
    once = _HELD.sub(r"\1", word)
    twice = _HELD.sub(r"\1\1", word)
    return twice if twice.casefold() in _DOUBLED_WORDS else once


# Answers that, held out and opening a line, stand apart from the claim after them as if a
# comma followed ("nooo china's economy is ..."): "no" held is never a determiner.
_HELD_ANSWERS = frozenset("no nah nope yes yeah yep so oh ok".split())


# An answer opening a line with the one spoken to after it ("no dude ...", "nah bro ..."):
# it answers the one before, and stands apart from the claim after it as if a comma followed.
_ADDRESSED_ANSWER = re.compile(
    r"^(\W*(?:no|nope|nah|naw|yes|yeah|yep|yup))\s+(?=(?:dude|bro|bruh|mate|fam|guys|"
    r"lol|lmao)\b)", re.IGNORECASE)


def _held_word(match: re.Match[str]) -> str:
    word = match.group()
    if not _HELD.search(word) or len(set(word.casefold())) == 1:
        return word  # nothing held, or one letter over and over ("www", "zzz"): no word
    plain = _unheld(word)
    opens = not match.string[:match.start()].strip(" \t*_>")
    if opens and plain.casefold() in _HELD_ANSWERS and match.string[match.end():][:1] == " ":
        return plain + ","
    return plain


def plain_chat(text: str) -> str:
    """The text with chat's writing read plainly: no emotes or tag questions said mid-line,
    held letters written once, short forms of little words written out."""
    text = _EMOTE.sub(" ", text)
    if "t " in text:
        text = _MID_TAG.sub(",", text)
    text = _WORD.sub(_held_word, text)
    text = _ADDRESSED_ANSWER.sub(r"\1, ", text)
    text = _SHORT_FORM.sub(lambda m: _SHORT_FORMS[m.group()], text)
    return text
