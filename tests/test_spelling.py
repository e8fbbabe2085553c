"""Names misspelt by a letter are read as the names they stand for; words near a name are not."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED

from bot.core.spelling import respelled

# message -> as the checker reads it
RESPELLED = [
    # A letter added, left out, changed or two swapped, in an actor's name or a statesman's.
    ("Puutin met Xi in Moscow", "Putin met Xi in Moscow"),
    ("the pact Brezhnev and Medvdev never signed", "the pact Brezhnev and Medvedev never signed"),
    ("Gorbachov visited Beijing in 1989", "Gorbachev visited Beijing in 1989"),
    ("rail links across kazakhtsan", "rail links across kazakhstan"),
    # A name the pack's prose writes capitalised: a firm, a scholar.
    ("the deal with Huaweii collapsed", "the deal with Huawei collapsed"),
    ("a paper by Klyamkn on patriotism", "a paper by Klyamkin on patriotism"),
    # Short names are read only from a word written with a capital, but for a leader's name
    # with a letter doubled, a slip no other word makes; "bidden" is a word.
    ("puttin money into pipelines", "putin money into pipelines"),
    ("puttins pipeline", "putins pipeline"),
    ("erdoggan and merrkel met jinpping", "erdogan and merkel met jinping"),
    ("moddi was there, bidden or not", "moddi was there, bidden or not"),
    ("putting money, pudding", "putting money, pudding"),
    ("they want to widen the gap", "they want to widen the gap"),
    ("Widen the gap, they said", "Widen the gap, they said"),
    # A short name of the pack's prose is not read from a word opening a sentence.
    ("Stuff like that happens", "Stuff like that happens"),
    # Words of the pack and common words near a name stay as they are.
    ("parts of the border", "parts of the border"),
    ("Texts from Moscow", "Texts from Moscow"),
    # A word as near two names is neither.
    ("the Indiana team", "the Indiana team"),
    # Names and words shorter than five letters are left alone.
    ("Si Jinping and Puin", "Si Jinping and Puin"),
]


@pytest.mark.parametrize(("message", "read"), RESPELLED, ids=[m for m, _ in RESPELLED])
def test_a_name_misspelt_by_a_letter_is_read_as_the_name(message: str, read: str) -> None:
    assert respelled(message, BUNDLED.facts) == read
