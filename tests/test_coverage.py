"""`factbot facts coverage`: a source's sentences, and the ones no fact's quote contains."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pack_files import ARTICLE, FACTS_DIR, WritePack

from bot import messages
from bot.cli.main import main
from bot.packs.coverage import (
    Sentence,
    fold_quote_text,
    measure_coverage,
    split_line,
    split_sentences,
)
from bot.packs.loader import load_fact_base


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# -- splitting ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "sentences"), [
    ("Trade grew. Investment fell.", ["Trade grew.", "Investment fell."]),
    ("Did trade grow? It did! Investment fell.",
     ["Did trade grow?", "It did!", "Investment fell."]),
    # titles before a name, and a dotted abbreviation before a capital, read on
    ("Mr. Kosygin met Dr. Zhou at the airport. They talked.",
     ["Mr. Kosygin met Dr. Zhou at the airport.", "They talked."]),
    ("Both resist the U.S. Congress and the U.N. Security Council. They vote together.",
     ["Both resist the U.S. Congress and the U.N. Security Council.", "They vote together."]),
    ("Putin hung the Order of St. Andrew on Xi. It is Russia's highest award.",
     ["Putin hung the Order of St. Andrew on Xi.", "It is Russia's highest award."]),
    ("A ruling by Judge John F. Kennedy Jr. followed. It was final.",
     ["A ruling by Judge John F. Kennedy Jr. followed.", "It was final."]),
    ("Ratified by J. R. R. Tolkien. Then lost.", ["Ratified by J. R. R. Tolkien.", "Then lost."]),
    # a sentence that does end in an abbreviation's period, before a lower-case word, reads on
    ("Their opposition to the U.S. is declared.", ["Their opposition to the U.S. is declared."]),
    # decimals, and numbers after "No." and a month
    ("Growth was 3.5 percent. It fell to 1.2 percent.",
     ["Growth was 3.5 percent.", "It fell to 1.2 percent."]),
    ("It was the No. 2 partner on Sept. 11 in Vladivostok.",
     ["It was the No. 2 partner on Sept. 11 in Vladivostok."]),
    # curly quotes close the sentence they end; a question inside a quote need not end one
    ("Kosygin drew back, saying, “This is premature.” Nobody laughed.",
     ["Kosygin drew back, saying, “This is premature.”", "Nobody laughed."]),
    ("“Why now?” he asked. She shrugged.", ["“Why now?” he asked.", "She shrugged."]),
    ("He said: ‘Stop.’ Then he left.", ["He said: ‘Stop.’", "Then he left."]),
    # em and en dashes never end a sentence
    ("The republics—the one that shares a 4,250-mile border—matter. Xi went there.",
     ["The republics—the one that shares a 4,250-mile border—matter.", "Xi went there."]),
    ("The program ran in 2009–2018. Few projects started — most stalled.",
     ["The program ran in 2009–2018.", "Few projects started — most stalled."]),
    # an ellipsis elides, it does not end
    ("China faced “the most complicated … external factors.” It rearmed.",
     ["China faced “the most complicated … external factors.”", "It rearmed."]),
    ("Factors such as... Invasion and subversion.",
     ["Factors such as... Invasion and subversion."]),
    # a whole sentence in brackets is a sentence
    ("Xi went to Astana. (A year later, Putin mused about it.) Xi and Putin agreed.",
     ["Xi went to Astana.", "(A year later, Putin mused about it.)", "Xi and Putin agreed."]),
    # a title or a caption line is one sentence; a credit closing a caption is none
    ("The Evidence Is Less Than Impressive", ["The Evidence Is Less Than Impressive"]),
    ("Xi (L) meets Putin on September 11, 2018 in Vladivostok, Russia. (Getty)",
     ["Xi (L) meets Putin on September 11, 2018 in Vladivostok, Russia."]),
    ("(Getty)", ["(Getty)"]),
    ("font change", ["font change"]),
    ("   ", []),
])
def test_split_line(line: str, sentences: list[str]) -> None:
    assert split_line(line) == sentences


def test_split_sentences_numbers_lines_from_one_and_skips_blank_ones() -> None:
    text = "A Title\n\nFirst point. Second point.\r\nThird point\n"
    assert split_sentences(text) == [
        Sentence(1, "A Title"), Sentence(3, "First point."), Sentence(3, "Second point."),
        Sentence(4, "Third point"),
    ]


def test_a_line_break_always_ends_a_sentence() -> None:
    assert split_sentences("This article was originally published on\nfont change") == [
        Sentence(1, "This article was originally published on"), Sentence(2, "font change")]


# -- matching -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "folded"), [
    ("Mao Zedong’s China", "Mao Zedong's China"),
    ("‘best friend’ and “best friend”", "'best friend' and \"best friend\""),
    ("past—so distant, 2009–2018", "past-so distant, 2009-2018"),
    ("  two\n lines\tand  spaces ", "two lines and spaces"),
])
def test_fold_quote_text(raw: str, folded: str) -> None:
    assert fold_quote_text(raw) == folded


SOURCE = (
    "Russia’s “pivot” failed. China invested $24 billion—no more.\n"
    "It financed 11 of 91 projects in 2009–2018. The rest were delayed.\n"
)


@pytest.mark.parametrize(("quotes", "uncovered"), [
    ([], [1, 1, 2, 2]),
    # a quote may span sentences, and it may start or end in the middle of a longer text
    (["Russia’s “pivot” failed. China invested $24 billion—no more."], [2, 2]),
    (["in 2009–2018. The rest were delayed."], [1, 1, 2]),
    # straight quotes, plain dashes and other white space in the pack still match
    (["Russia's \"pivot\" failed.", "China invested $24 billion-no more.",
      "It financed 11 of 91\n    projects in 2009-2018."], [2]),
    # a quote holding only part of a sentence does not cover it; case counts
    (["China invested $24 billion", "the rest were delayed."], [1, 1, 2, 2]),
    (["   "], [1, 1, 2, 2]),
])
def test_a_sentence_is_covered_when_a_quote_contains_all_of_it(
        quotes: list[str], uncovered: list[int]) -> None:
    result = measure_coverage(quotes, SOURCE)
    assert [s.line for s in result.uncovered] == uncovered
    assert (result.covered, result.total) == (4 - len(uncovered), 4)
    assert result.share == pytest.approx((4 - len(uncovered)) / 4)


def test_uncovered_sentences_keep_their_source_text() -> None:
    result = measure_coverage(["Russia's \"pivot\" failed."], SOURCE)
    assert result.uncovered[0] == Sentence(1, "China invested $24 billion—no more.")


def test_a_source_without_sentences_has_nothing_left_to_quote() -> None:
    result = measure_coverage(["anything"], "\n\n")
    assert (result.covered, result.total, result.uncovered, result.share) == (0, 0, (), 1.0)


# -- the command --------------------------------------------------------------------------------

PACK = """\
- id: pandas-bamboo
  claim: "Giant pandas eat bamboo almost all day long"
  verdict: true
  summary: "Pandas spend most of the day eating bamboo."
  quote: "A panda eats bamboo for up to 14 hours a day. It eats little else."
- id: pandas-sleep
  claim: "Giant pandas sleep between their meals"
  verdict: true
  summary: "Pandas sleep between meals."
  quote: "It sleeps between meals."
"""

PANDA_ARTICLE = """\
Pandas at Home

A panda eats bamboo for up to 14 hours a day. It eats little else.
It sleeps between meals. Cubs are born tiny.
"""


@pytest.fixture
def files(write_pack: WritePack, tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "article.txt"
    source.write_text(PANDA_ARTICLE, encoding="utf-8")
    return write_pack("packs/pandas.yaml", PACK), source


def test_coverage_lists_the_uncovered_sentences_with_their_lines(
        files: tuple[Path, Path]) -> None:
    pack, source = files
    result = invoke("facts", "coverage", str(pack), str(source))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        messages.coverage_header(3, 5, 0.6),
        "1: Pandas at Home",
        "4: Cubs are born tiny.",
    ]
    assert result.stdout.startswith("covered 3 of 5 sentences (60.0%)\n")


def test_coverage_takes_directories_and_several_packs(files: tuple[Path, Path]) -> None:
    pack, source = files
    result = invoke("facts", "coverage", str(pack.parent), str(pack), str(source))
    # the same pack twice is a bad fact base (duplicate ids)
    assert result.exit_code == 1
    result = invoke("facts", "coverage", str(pack.parent), str(source))
    assert result.exit_code == 0
    assert result.stdout.startswith(messages.coverage_header(3, 5, 0.6))


def test_coverage_json(files: tuple[Path, Path]) -> None:
    pack, source = files
    result = invoke("facts", "coverage", "--json", str(pack), str(source))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "covered": 3, "total": 5, "share": 0.6,
        "uncovered": [{"line": 1, "text": "Pandas at Home"},
                      {"line": 4, "text": "Cubs are born tiny."}],
    }


@pytest.mark.parametrize(("minimum", "exit_code"), [("0.6", 0), ("0", 0), ("0.61", 3), ("1", 3)])
def test_min_share_exits_three_below_it(files: tuple[Path, Path], minimum: str,
                                        exit_code: int) -> None:
    pack, source = files
    for extra in ([], ["--json"]):
        result = invoke("facts", "coverage", "--min-share", minimum, *extra,
                        str(pack), str(source))
        assert result.exit_code == exit_code, result.output
        assert result.stdout, "the report is printed either way"
        below = messages.coverage_below_minimum(0.6, float(minimum))
        assert (below in result.stderr) == (exit_code == 3)


def test_coverage_refuses_a_bad_fact_base_with_exit_one(files: tuple[Path, Path],
                                                        write_pack: WritePack) -> None:
    _, source = files
    bad = write_pack("bad.yaml", PACK.replace("verdict: true", "verdict: maybe", 1))
    result = invoke("facts", "coverage", str(bad), str(source))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "verdict 'maybe'" in result.stderr and messages.bad_fact_base(1) in result.stderr


@pytest.mark.parametrize("args", [
    ["facts", "coverage"],
    ["facts", "coverage", "{source}"],                     # no PACK
    ["facts", "coverage", "{pack}", "{missing}"],
    ["facts", "coverage", "{pack}", "{tmp}"],              # SOURCE is a directory
    ["facts", "coverage", "{pack}", "{latin1}"],
    ["facts", "coverage", "{pack}", "{blank}"],
    ["facts", "coverage", "--min-share", "1.5", "{pack}", "{source}"],
])
def test_coverage_usage_errors_exit_two(args: list[str], files: tuple[Path, Path],
                                        tmp_path: Path) -> None:
    pack, source = files
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    (tmp_path / "blank.txt").write_text(" \n\n", encoding="utf-8")
    paths = {"pack": pack, "source": source, "missing": tmp_path / "nope.txt", "tmp": tmp_path,
             "latin1": tmp_path / "latin1.txt", "blank": tmp_path / "blank.txt"}
    result = invoke(*(a.format(**paths) for a in args))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""


# -- the bundled pack and its article -------------------------------------------------------------

MIN_ARTICLE_SHARE = 0.95
# Every sentence of the article the bundled pack leaves unquoted, in order, and why.
LEFT_OUT = [
    ("Are Russia and China Really Forming an Alliance?",
     "the title: a question, it states nothing to check"),
    ("The Evidence Is Less Than Impressive",
     "the subtitle: a headline for the judgment the facts quote from the text itself "
     "(\"...cooperation is less than impressive\", alliance-forming)"),
    ("Are Russia and China Really Forming an Alliance?",
     "the title again, repeated by the capture above the first paragraph"),
    ("This article was originally published on", "residue of the capture, not the article"),
    ("font change", "residue of the capture, not the article"),
]


def test_the_bundled_pack_quotes_the_article() -> None:
    if not ARTICLE.is_file():
        pytest.skip(f"the seed article is not beside this checkout (looked for {ARTICLE})")
    quotes = [f.quote for f in load_fact_base([FACTS_DIR]).facts if f.quote]
    result = measure_coverage(quotes, ARTICLE.read_text(encoding="utf-8"))
    assert [s.text for s in result.uncovered] == [text for text, _ in LEFT_OUT]
    assert result.share >= MIN_ARTICLE_SHARE
