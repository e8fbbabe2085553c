"""Loading and linting fact packs: every problem named with its file, line and fact."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pack_files import WritePack, pack_text

from bot.core.models import Verdict
from bot.packs.loader import (
    MAX_PACK_BYTES,
    FactBaseError,
    Problem,
    lint,
    load_fact_base,
    parse_pack,
)

GOOD_FACT = """\
- id: good-fact
  claim: "Russia and China share a very long border"
  verdict: true
  summary: "The border is long."
  quote: "a 2,600-mile border"
  figures:
    - {value: "2,600 miles", what: "length of the border"}
  aliases: ["How long is the Russia-China border?"]
  tags: [borders]
"""


def line_of(path: Path, marker: str, nth: int = 1) -> int:
    """The 1-based line of the nth line of `path` that contains `marker`."""
    hits = [i for i, line in enumerate(path.read_bytes().split(b"\n"), start=1)
            if marker.encode() in line]
    assert len(hits) >= nth, f"{marker!r} occurs {len(hits)} time(s) in {path}"
    return hits[nth - 1]


def rendered(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


@dataclass(frozen=True)
class Bad:
    """One bad input: a facts list (or a whole file) and the problem it must give."""

    name: str
    facts: str = ""
    raw: str | bytes | None = None
    marker: str = ""          # the line the problem is on contains this text
    nth: int = 1              # ... the nth such line
    fact_id: str | None = None
    message: str = ""         # the problem text contains this


BAD_INPUTS = [
    Bad("yaml-syntax", raw=pack_text(GOOD_FACT) + "  - id: broken\n    claim: a: b\n",
        marker="claim: a: b", message="YAML syntax error"),
    Bad("unclosed-quote", raw=pack_text(GOOD_FACT) + '  - id: broken\n    claim: "abc\n'
        "    verdict: true\n", marker='claim: "abc', message="YAML syntax error"),
    Bad("not-utf8", raw=pack_text(GOOD_FACT).encode() + b'  - id: latin\n    claim: "caf\xe9"\n',
        marker='claim: "caf', message="not UTF-8"),
    Bad("missing-claim", """\
        - id: no-claim
          verdict: true
          summary: "s"
        """, marker="- id: no-claim", fact_id="no-claim", message="missing required field `claim`"),
    Bad("missing-verdict", """\
        - id: no-verdict
          claim: "Russia and China are allies now"
          summary: "s"
        """, marker="- id: no-verdict", fact_id="no-verdict",
        message="missing required field `verdict`"),
    Bad("missing-summary", """\
        - id: no-summary
          claim: "Russia and China are allies now"
          verdict: false
        """, marker="- id: no-summary", fact_id="no-summary",
        message="missing required field `summary`"),
    Bad("missing-id", """\
        - claim: "Russia and China are allies now"
          verdict: false
          summary: "s"
        """, marker='- claim: "Russia', message="missing required field `id`"),
    Bad("null-claim", """\
        - id: null-claim
          claim: ~
          verdict: true
          summary: "s"
        """, marker="- id: null-claim", fact_id="null-claim",
        message="missing required field `claim`"),
    Bad("empty-claim", """\
        - id: empty-claim
          claim: ""
          verdict: true
          summary: "s"
        """, marker='claim: ""', fact_id="empty-claim", message="`claim` is empty"),
    Bad("blank-summary", """\
        - id: blank-summary
          claim: "Russia and China are allies now"
          verdict: true
          summary: "   "
        """, marker='summary: "   "', fact_id="blank-summary", message="`summary` is empty"),
    Bad("empty-alias", """\
        - id: empty-alias
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          aliases: ["fine alias here", ""]
        """, marker="aliases:", fact_id="empty-alias", message="`aliases item` is empty"),
    Bad("unknown-verdict", """\
        - id: maybe-fact
          claim: "Russia and China are allies now"
          verdict: maybe
          summary: "s"
        """, marker="verdict: maybe", fact_id="maybe-fact",
        message="verdict 'maybe' is not one of true, false, misleading, unproven"),
    Bad("no-match-is-not-a-verdict", """\
        - id: nm-fact
          claim: "Russia and China are allies now"
          verdict: no_match
          summary: "s"
        """, marker="verdict: no_match", fact_id="nm-fact", message="verdict 'no_match'"),
    Bad("verdict-list", """\
        - id: list-verdict
          claim: "Russia and China are allies now"
          verdict: [true]
          summary: "s"
        """, marker="verdict: [true]", fact_id="list-verdict", message="`verdict` must be text"),
    Bad("summary-list", """\
        - id: list-summary
          claim: "Russia and China are allies now"
          verdict: true
          summary: [a, b]
        """, marker="summary: [a, b]", fact_id="list-summary", message="`summary` must be text"),
    Bad("claim-mapping", """\
        - id: map-claim
          claim: {text: "Russia and China are allies"}
          verdict: true
          summary: "s"
        """, marker="claim: {text", fact_id="map-claim", message="`claim` must be text"),
    Bad("aliases-string", """\
        - id: str-aliases
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          aliases: "just one"
        """, marker='aliases: "just one"', fact_id="str-aliases",
        message="`aliases` must be a list of text"),
    Bad("alias-mapping", """\
        - id: map-alias
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          aliases:
            - "fine alias here"
            - {a: b}
        """, marker="- {a: b}", fact_id="map-alias", message="`aliases item` must be text"),
    Bad("tags-mapping", """\
        - id: map-tags
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          tags: {a: 1}
        """, marker="tags: {a: 1}", fact_id="map-tags", message="`tags` must be a list of text"),
    Bad("figures-string", """\
        - id: str-figures
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          figures: "$100 billion"
        """, marker='figures: "$100', fact_id="str-figures", message="`figures` must be a list"),
    Bad("figure-without-what", """\
        - id: half-figure
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          figures:
            - {value: "$100 billion", what: "trade"}
            - {value: "$200 billion"}
        """, marker='- {value: "$200', fact_id="half-figure",
        message="missing required field `what`"),
    Bad("quote-list", """\
        - id: list-quote
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          quote: [a]
        """, marker="quote: [a]", fact_id="list-quote", message="`quote` must be text"),
    Bad("fact-not-mapping", """\
        - "just a sentence"
        """, marker='- "just a sentence"', message="`fact` must be a mapping"),
    Bad("bad-id", """\
        - id: Bad_Id
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
        """, marker="- id: Bad_Id", fact_id="Bad_Id", message="must be lowercase letters"),
    Bad("duplicate-key", """\
        - id: twice
          claim: "Russia and China are allies now"
          verdict: true
          claim: "Russia and China are allies again"
          summary: "s"
        """, marker="claim:", nth=2, fact_id="twice", message="`claim` is given twice"),
    Bad("dangling-related", """\
        - id: lonely
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
          related: [no-such-fact]
        """, marker="- id: lonely", fact_id="lonely",
        message="related id 'no-such-fact' is not a fact"),
    Bad("duplicate-id-in-pack", """\
        - id: same
          claim: "Russia and China are allies now"
          verdict: true
          summary: "s"
        - id: same
          claim: "Russia and China are allies again"
          verdict: true
          summary: "s"
        """, marker="- id: same", nth=2, fact_id="same", message="duplicate id"),
    Bad("facts-not-list", raw="pack: p\nsource:\n  title: T\nfacts:\n  a: 1\n",
        marker="  a: 1", message="`facts` must be a list"),
    Bad("no-facts", raw="pack: p\nsource:\n  title: T\n", marker="pack: p",
        message="missing required field `facts`"),
    Bad("no-source", raw="pack: p\nfacts: []\n", marker="pack: p",
        message="missing required field `source`"),
    Bad("source-not-mapping", raw="pack: p\nsource: Foreign Affairs\nfacts: []\n",
        marker="source: Foreign", message="`source` must be a mapping"),
    Bad("source-without-title", raw="pack: p\nsource:\n  author: A\nfacts: []\n",
        marker="source:", message="missing required field `title`"),
    Bad("top-level-list", raw="- a\n- b\n", marker="- a", message="must be a mapping"),
    Bad("empty-file", raw="", marker="", message="the file is empty"),
    Bad("comment-only", raw="# nothing here\n", marker="# nothing", message="the file is empty"),
    Bad("yaml-alias", raw=pack_text(GOOD_FACT) + "  - &x {id: x}\n  - *x\n",
        marker="- *x", message="aliases (*name) are not allowed"),
]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda c: c.name)
def test_bad_input_is_reported_with_file_line_and_fact(case: Bad, write_pack: WritePack) -> None:
    path = write_pack(f"{case.name}.yaml", case.facts, raw=case.raw)
    problems = lint([path])
    errors = [p for p in problems if not p.warning]
    line = line_of(path, case.marker, case.nth) if case.marker else 1
    who = f"fact '{case.fact_id}': " if case.fact_id else ""
    prefix = f"{path}:{line}: {who}"
    assert any(str(p).startswith(prefix) and case.message in str(p) for p in errors), (
        f"wanted {prefix}...{case.message}", rendered(problems))
    with pytest.raises(FactBaseError) as raised:
        load_fact_base([path])
    assert any(case.message in str(p) for p in raised.value.problems)
    assert case.message in str(raised.value)


def test_good_pack_loads(write_pack: WritePack) -> None:
    path = write_pack("good.yaml", GOOD_FACT)
    assert [p for p in lint([path]) if not p.warning] == []
    base = load_fact_base([path])
    fact = base.get("good-fact")
    assert fact is not None
    assert fact.verdict is Verdict.TRUE
    assert fact.pack == "good"
    assert fact.source.title == "A Test Source"
    assert fact.source.published == "2020"
    assert fact.figures[0].value == "2,600 miles"
    assert fact.texts == (fact.claim, "How long is the Russia-China border?")


def test_scalars_are_kept_as_written(write_pack: WritePack) -> None:
    path = write_pack("scalars.yaml", raw="""\
pack: scalars
source:
  title: 1984
  published: 2019-05-01
facts:
  - id: 2019-figures
    claim: 12345
    verdict: true
    summary: 3.10
    figures:
      - {value: 3.10, what: 2018-01-01}
      - {value: 1e3, what: "a thousand"}
    aliases: [0x1F, 007]
""")
    base = load_fact_base([path])
    (fact,) = base.facts
    assert (fact.source.title, fact.source.published) == ("1984", "2019-05-01")
    assert (fact.id, fact.claim, fact.summary) == ("2019-figures", "12345", "3.10")
    assert [(f.value, f.what) for f in fact.figures] == [
        ("3.10", "2018-01-01"), ("1e3", "a thousand")]
    assert fact.aliases == ("0x1F", "007")


def test_verdict_words_are_parsed(write_pack: WritePack) -> None:
    facts = "\n".join(
        f"""- id: fact-{i}
  claim: "Russia and China did thing number {i}"
  verdict: {word}
  summary: "s"
""" for i, word in enumerate(["true", '"false"', "Misleading", "UNPROVEN", "yes"]))
    base = load_fact_base([write_pack("verdicts.yaml", facts)])
    assert [f.verdict for f in base.facts] == [
        Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING, Verdict.UNPROVEN, Verdict.TRUE]


def test_every_problem_in_a_file_is_reported_at_once(write_pack: WritePack) -> None:
    path = write_pack("many.yaml", raw="""\
pack: many
source:
  author: No Title
facts:
  - id: one
    claim: "Russia and China are allies now"
    verdict: perhaps
    summary: "s"
  - id: two
    verdict: true
    summary: [x]
  - id: three
    claim: "Russia and China are allies again"
    verdict: true
    summary: "s"
    related: [nowhere]
""")
    problems = [p for p in lint([path]) if not p.warning]
    expected = [
        (line_of(path, "source:"), None, "missing required field `title`"),
        (line_of(path, "verdict: perhaps"), "one", "verdict 'perhaps'"),
        (line_of(path, "- id: two"), "two", "missing required field `claim`"),
        (line_of(path, "summary: [x]"), "two", "`summary` must be text"),
        (line_of(path, "- id: three"), "three", "related id 'nowhere'"),
    ]
    for line, fact_id, message in expected:
        assert any(p.line == line and p.fact_id == fact_id and message in p.message
                   for p in problems), (line, fact_id, message, rendered(problems))
    assert len(problems) == len(expected)
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_duplicate_ids_across_two_packs(write_pack: WritePack) -> None:
    first = write_pack("a.yaml", GOOD_FACT)
    second = write_pack("b.yaml", GOOD_FACT.replace("very long border", "long border indeed"))
    problems = [p for p in lint([first.parent]) if not p.warning]
    first_line = line_of(first, "- id: good-fact")
    assert rendered(problems) == [
        f"{second}:{line_of(second, '- id: good-fact')}: fact 'good-fact': "
        f"duplicate id, first defined at {first}:{first_line}",
    ]
    with pytest.raises(FactBaseError):
        load_fact_base([first, second])


def test_cross_pack_problems_are_found_even_when_a_pack_has_errors(
        write_pack: WritePack) -> None:
    broken = write_pack("a.yaml", GOOD_FACT + """\
- id: broken
  claim: "Russia and China are allies now"
  verdict: maybe
  summary: "s"
""")
    other = write_pack("b.yaml", GOOD_FACT.replace("very long border", "long border indeed"))
    messages = rendered([p for p in lint([broken, other]) if not p.warning])
    assert any("verdict 'maybe'" in m for m in messages)
    assert any(m.startswith(f"{other}:") and "duplicate id" in m for m in messages)


def test_related_ids_resolve_across_packs(write_pack: WritePack) -> None:
    first = write_pack("a.yaml", GOOD_FACT)
    second = write_pack("b.yaml", """\
- id: other-fact
  claim: "Russia and China hold joint military exercises"
  verdict: true
  summary: "s"
  related: [good-fact]
""")
    base = load_fact_base([first, second])
    assert base.get("other-fact") is not None
    with pytest.raises(FactBaseError) as raised:
        load_fact_base([second])
    assert "related id 'good-fact'" in str(raised.value)


WARNINGS = [
    ("duplicate-claim", """\
- id: first
  claim: "Russia and China are close allies"
  verdict: true
  summary: "s"
- id: second
  claim: "Russia and China are close allies!"
  verdict: false
  summary: "s"
""", "- id: second", "second", "claim text repeats fact 'first'"),
    ("alias-is-claim", """\
- id: first
  claim: "Russia and China are close allies"
  verdict: true
  summary: "s"
- id: second
  claim: "Russia and China are bitter rivals"
  verdict: false
  summary: "s"
  aliases: ["russia and china are CLOSE allies"]
""", "- id: second", "second", "is the claim of fact 'first'"),
    ("short-claim", """\
- id: short
  claim: "China abstained"
  verdict: true
  summary: "s"
""", "- id: short", "short", "three words or fewer"),
    ("mixed-scripts", """\
- id: lookalike
  claim: "Russi\u0430 and China are close allies"
  verdict: true
  summary: "s"
""", "- id: lookalike", "lookalike", "mixes alphabets"),
    ("bidi-controls", """\
- id: reordered
  claim: "Russia and China are close allies"
  verdict: true
  summary: "s"
  aliases: ["Russia and China are \u202eseilla\u202c close"]
""", "- id: reordered", "reordered", "bidirectional control characters"),
]


@pytest.mark.parametrize(("name", "facts", "marker", "fact_id", "message"), WARNINGS,
                         ids=[w[0] for w in WARNINGS])
def test_warnings_do_not_fail(name: str, facts: str, marker: str, fact_id: str, message: str,
                              write_pack: WritePack) -> None:
    path = write_pack(f"{name}.yaml", facts)
    problems = lint([path])
    assert all(p.warning for p in problems), rendered(problems)
    prefix = f"{path}:{line_of(path, marker)}: warning: fact '{fact_id}': "
    assert any(str(p).startswith(prefix) and message in str(p) for p in problems), (
        prefix, rendered(problems))
    base = load_fact_base([path])
    assert base.get(fact_id) is not None
    assert any(message in w.message for w in base.warnings)


def test_a_failing_pack_is_never_half_loaded(write_pack: WritePack) -> None:
    good = write_pack("good.yaml", GOOD_FACT)
    mixed = write_pack("mixed.yaml", """\
- id: fine-fact
  claim: "Russia and China hold joint military exercises"
  verdict: true
  summary: "s"
- id: bad-fact
  claim: "Russia and China are allies now"
  verdict: maybe
  summary: "s"
""")
    parsed = parse_pack(mixed)
    assert parsed.pack is None
    with pytest.raises(FactBaseError) as raised:
        load_fact_base([good.parent])
    assert [p.fact_id for p in raised.value.problems if not p.warning] == ["bad-fact"]
    # The good pack on its own still loads.
    assert [f.id for f in load_fact_base([good]).facts] == ["good-fact"]


def test_a_directory_without_packs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a pack")
    with pytest.raises(FactBaseError, match="no fact packs"):
        load_fact_base([tmp_path])


def test_a_directory_loads_yaml_and_yml_in_name_order(write_pack: WritePack) -> None:
    write_pack("b.yml", GOOD_FACT.replace("good-fact", "fact-b"))
    path = write_pack("a.yaml", GOOD_FACT.replace("good-fact", "fact-a")
                      .replace("very long border", "long border indeed"))
    write_pack("c.YAML", GOOD_FACT.replace("good-fact", "fact-c")
               .replace("very long border", "border that is long"))
    write_pack("ignored.txt", raw="not: a pack")
    write_pack("._a.yaml", raw=b"\x00\x05\x16\x07 resource fork")
    write_pack(".#b.yml", raw="an editor's lock file")
    base = load_fact_base([path.parent])
    assert [f.id for f in base.facts] == ["fact-a", "fact-b", "fact-c"]
    assert [p.id for p in base.packs] == ["a", "b", "c"]


# -- hostile files: an error in bounded time and memory, never a hang --------------------------

def finishes(func: Callable[[], Any], bound: float = 120.0) -> Any:
    """Run func in a thread and return its result; fail if it is still running after `bound`.

    The bound is far above any normal run; it only turns a hang into a failure.
    """
    result: list[Any] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            result.append(func())
        except BaseException as exc:  # handed to the test thread below
            errors.append(exc)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(bound)
    assert not worker.is_alive(), f"still running after {bound} s"
    if errors:
        raise errors[0]
    return result[0]


def billion_laughs() -> str:
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        refs = ", ".join([f"*lol{i - 1}"] * 9)
        lines.append(f"lol{i}: &lol{i} [{refs}]")
    return "\n".join(lines) + "\nfacts: *lol9\n"


def test_yaml_bomb_is_refused(write_pack: WritePack) -> None:
    path = write_pack("bomb.yaml", raw=billion_laughs())
    problems = finishes(lambda: lint([path]))
    assert [str(p) for p in problems] == [
        f"{path}:2: YAML syntax error: YAML aliases (*name) are not allowed in fact packs; "
        "write the value out"]
    with pytest.raises(FactBaseError):
        finishes(lambda: load_fact_base([path]))


def test_fifty_megabyte_file_is_refused_unread(write_pack: WritePack) -> None:
    row = '    - "' + "lorem ipsum " * 8 + '"\n'
    body = pack_text(GOOD_FACT) + "    aliases:\n" + row * (50 * 1024 * 1024 // len(row) + 1)
    path = write_pack("huge.yaml", raw=body)
    assert path.stat().st_size > 50 * 1024 * 1024 > MAX_PACK_BYTES
    problems = finishes(lambda: lint([path]))
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{path}: file is 50.0 MB, over the")
    with pytest.raises(FactBaseError):
        finishes(lambda: load_fact_base([path]))


@pytest.mark.parametrize("text", ["[" * 100_000, "{a: " * 100_000, "- " * 100_000 + "x"],
                         ids=["flow-sequences", "flow-mappings", "block-sequences"])
def test_deeply_nested_document_is_refused(text: str, write_pack: WritePack) -> None:
    path = write_pack("deep.yaml", raw=text)
    problems = finishes(lambda: lint([path]))
    assert len(problems) == 1
    assert problems[0].path == str(path)
    assert problems[0].line == 1
    assert "YAML syntax error" in problems[0].message
    with pytest.raises(FactBaseError):
        finishes(lambda: load_fact_base([path]))
