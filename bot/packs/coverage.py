"""How much of a source text a fact base quotes: its sentences, and which no quote contains.

Pure: the caller reads the source and the packs and passes in text. A line break always ends
a sentence (captured articles keep a paragraph, a title or a caption to a line), so a title or
a caption is one sentence of its own, and a sentence's line is where it starts and ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Typography a copied quote may lose or gain without changing a word: curly quotes and
# apostrophes, en and em dashes, runs of white space (line breaks included).
_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")

# A candidate sentence end: terminal punctuation, closing quotes or brackets, then white space.
_END = re.compile(r"""[.!?]+[”’"')\]]*\s+""")
_OPENERS = "“‘\"'(["
# Words whose period is not a sentence end. Titles and "St." come before a name, months and
# "No." before a number; "etc." and "Inc." are left out because they often do end a sentence.
ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof st jr sr gen adm col capt lt sgt gov sen rep rev fr
    vs cf approx ca no nos vol fig pp
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split())
# A parenthesised credit closing a caption, "(Getty)" or "(AP Photo)": it claims nothing, so
# it is not a sentence to quote.
_CREDIT = re.compile(r"\([^.!?()]*\)")


def fold_quote_text(text: str) -> str:
    """The text with white space, curly quotes and dashes folded: the form in which a pack's
    quotes are compared with their source, here and in the quote test."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source and the line (from 1) it is on."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of a source's sentences some quote contains, and the ones none does."""

    covered: int
    total: int
    uncovered: tuple[Sentence, ...]

    @property
    def share(self) -> float:
        """Covered over total; a source without sentences has nothing left to quote."""
        return self.covered / self.total if self.total else 1.0


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    """Whether the punctuation at `match` ends a sentence rather than an abbreviation,
    an initial or an ellipsis."""
    following = line[match.end():].lstrip(_OPENERS)
    if not following or not (following[0].isupper() or following[0].isdigit()):
        return False
    marks = match.group().rstrip().rstrip("”’\"')]")
    if marks.endswith(("!", "?")):
        return True
    if len(marks) > 1:  # "..." elides, it does not end
        return False
    words = line[:match.start()].split()
    word = words[-1].lstrip(_OPENERS) if words else ""
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return False
    # "U.S.", "e.g.", "a.m.": a dotted abbreviation reads on.
    return "." not in word and word.casefold() not in ABBREVIATIONS


def split_line(line: str) -> list[str]:
    """The sentences of one line, stripped, without a credit closing a caption."""
    pieces: list[str] = []
    start = 0
    for match in _END.finditer(line):
        if _ends_sentence(line, match):
            pieces.append(line[start:match.end()].strip())
            start = match.end()
    pieces.append(line[start:].strip())
    pieces = [p for p in pieces if p]
    if len(pieces) > 1 and _CREDIT.fullmatch(pieces[-1]):
        pieces.pop()
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of a text, in order, with its line number; blank lines have none."""
    return [
        Sentence(number, sentence)
        for number, line in enumerate(text.split("\n"), start=1)
        for sentence in split_line(line)
    ]


def quoted(sentence: str, folded_quotes: Iterable[str]) -> bool:
    """Whether some quote (already folded) contains the whole sentence."""
    folded = fold_quote_text(sentence)
    return any(folded in quote for quote in folded_quotes)


def measure_coverage(quotes: Iterable[str], source: str) -> Coverage:
    """How many of the source's sentences the quotes contain, and the ones they leave out."""
    folded = [fold_quote_text(q) for q in quotes if q.strip()]
    sentences = split_sentences(source)
    uncovered = tuple(s for s in sentences if not quoted(s.text, folded))
    return Coverage(covered=len(sentences) - len(uncovered), total=len(sentences),
                    uncovered=uncovered)
