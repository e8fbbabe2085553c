"""Patterns told the letters their matches open with (bot/core/patterns.py) find what the
patterns they were given find: every match opens a word with one of those letters."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from functools import cache

import pytest
from blind_table import BLIND_SETS, WHOLE_DEV_SETS, load_blind
from claim_table import load_claims, load_offtopic
from hypothesis import given
from hypothesis import strategies as st

import bot.core.checker  # noqa: F401  (every reading's patterns compiled)
from bot.core.normalise import normalise
from bot.core.patterns import OPENING_WORDS

PATTERNS = sorted(OPENING_WORDS.items(), key=lambda item: item[1][0])
IDS = [plain[:40] for _, (plain, _) in PATTERNS]


def _first(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """The characters a match of a sequence of pattern items may open with (None: any), and
    whether it may be empty."""
    chars: set[str] = set()
    for op, av in items:
        found, empty = _first_of(op, av)
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _first_of(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars |= set("0123456789")
            else:
                return None, False
        return chars, False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    if op is sre.SUBPATTERN:
        return _first(av[3].data)  # type: ignore[index]
    if op is sre.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:  # type: ignore[index]
            found, may_be_empty = _first(branch.data)
            if found is None:
                return None, False
            chars |= found
            empty = empty or may_be_empty
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, item = av  # type: ignore[misc]
        found, empty = _first(item.data)
        return (None, False) if found is None else (found, empty or low == 0)
    return None, False


@cache
def _texts() -> tuple[str, ...]:
    """Chat lines, raw and normalised: every regression and off-topic line and dev line."""
    lines = [c.text for c in load_claims()] + list(load_offtopic())
    for _, path, _ in BLIND_SETS:
        lines += [line.text for line in load_blind(path)]
    for _, path in WHOLE_DEV_SETS:
        lines += [line.text for line in load_blind(path)]
    return tuple(dict.fromkeys([*lines, *map(normalise, lines)]))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("fast", "plain"), PATTERNS, ids=IDS)
def test_matches_open_with_the_letters_told(fast: re.Pattern[str], plain: tuple[str, int]
                                            ) -> None:
    initials = re.match(r"\\b\(\?=\[([^\]]+)\]\)", fast.pattern)
    assert initials is not None
    chars, empty = _first(sre_parse.parse(plain[0], plain[1]).data)
    assert chars is not None and not empty
    assert chars <= set(initials.group(1))


@pytest.mark.parametrize(("fast", "plain"), PATTERNS, ids=IDS)
def test_the_same_matches_in_chat(fast: re.Pattern[str], plain: tuple[str, int]) -> None:
    given_pattern = re.compile(*plain)
    differ = [t for t in _texts() if _found(fast, t) != _found(given_pattern, t)]
    assert differ == []


def _words(pattern: str) -> list[str]:
    return sorted(set(re.findall(r"[a-z]+|\d+", pattern.replace("\\b", " "))))


@pytest.mark.parametrize(("fast", "plain"), PATTERNS, ids=IDS)
@given(data=st.data())
def test_the_same_matches_in_its_own_words(fast: re.Pattern[str], plain: tuple[str, int],
                                           data: st.DataObject) -> None:
    words = [*_words(plain[0]), "x", "1", "chinas", "than", ",", "."]
    text = " ".join(data.draw(st.lists(st.sampled_from(words), max_size=14)))
    assert _found(fast, text) == _found(re.compile(*plain), text)
