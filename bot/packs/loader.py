"""Load and validate YAML fact packs, reporting every problem with its file and line."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot import messages
from bot.core.models import FACT_VERDICTS, Fact, Figure, Pack, Source, Verdict
from bot.core.normalise import normalise

MAX_PACK_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 200_000  # a 5 MB pack of ordinary facts holds about 175,000
FACT_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PACK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a fact pack: `FILE:LINE: fact 'ID': MESSAGE`."""

    path: str
    line: int
    message: str
    fact_id: str | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        who = f"fact '{self.fact_id}': " if self.fact_id else ""
        tag = "warning: " if self.warning else ""
        return f"{where}{tag}{who}{self.message}"


class FactBaseError(Exception):
    """A fact base that cannot be served; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if not p.warning]
        super().__init__("\n".join(str(p) for p in errors) or "invalid fact base")


class _PackLoader(yaml.SafeLoader):
    """A safe loader that refuses aliases and bounds depth and size (no YAML bombs)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def _mark(self) -> Any:
        return self.peek_event().start_mark  # type: ignore[no-untyped-call]

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                problem=messages.yaml_alias_refused(), problem_mark=self._mark()
            )
        self._depth += 1
        self._nodes += 1
        if self._depth > MAX_DEPTH:
            raise yaml.MarkedYAMLError(
                problem=messages.yaml_too_deep(MAX_DEPTH), problem_mark=self._mark(),
            )
        if self._nodes > MAX_NODES:
            raise yaml.MarkedYAMLError(
                problem=messages.yaml_too_many_nodes(MAX_NODES),
                problem_mark=self._mark(),
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _peek_id(node: yaml.Node) -> str | None:
    """The `id` a fact node gives, read before the fact is validated (for labelling problems)."""
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode):
            return str(value_node.value).strip() or None
    return None


class _PackReader:
    """Walks one parsed pack, turning nodes into model objects and collecting problems."""

    def __init__(self, path: str, loader: _PackLoader) -> None:
        self.path = path
        self.loader = loader
        self.problems: list[Problem] = []
        # Every valid fact and its line, kept even when the pack as a whole fails, so that
        # problems across packs are found in the same run.
        self.facts: list[Fact] = []
        self.fact_lines: list[int] = []
        self.lines: dict[str, int] = {}
        self.known_ids: set[str] = set()

    def problem(self, node: yaml.Node | int, message: str, fact_id: str | None = None,
                *, warning: bool = False) -> None:
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.path, line, message, fact_id, warning))

    def mapping(self, node: yaml.Node, what: str, fact_id: str | None = None
                ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, messages.wrong_type(what, "a mapping"), fact_id)
            return None
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in out:
                self.problem(key_node, messages.duplicate_key(key), fact_id)
            out[key] = value_node
        return out

    def scalar(self, node: yaml.Node) -> Any:
        return self.loader.construct_object(node, deep=True)

    @staticmethod
    def as_text(node: yaml.Node) -> str | None:
        """A scalar as written: `3.10`, `2019-05-01` and `1e3` stay as they are; None if the
        node is not text (a list, a mapping, a boolean or null)."""
        if not isinstance(node, yaml.ScalarNode) or node.tag.endswith((":bool", ":null")):
            return None
        return str(node.value)

    def text(self, fields: dict[str, yaml.Node], key: str, fact_id: str | None,
             *, required: bool, line: int) -> str | None:
        node = fields.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            if required:
                self.problem(line, messages.missing_field(key), fact_id)
            return None
        raw = self.as_text(node)
        if raw is None:
            self.problem(node, messages.wrong_type(key, "text"), fact_id)
            return None
        value = raw.strip()
        if not value:
            if required:
                self.problem(node, messages.empty_field(key), fact_id)
            return None
        return value

    def text_list(self, fields: dict[str, yaml.Node], key: str, fact_id: str | None
                  ) -> tuple[str, ...]:
        node = fields.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, messages.wrong_type(key, "a list of text"), fact_id)
            return ()
        out: list[str] = []
        for item in node.value:
            value = self.as_text(item)
            if value is None:
                self.problem(item, messages.wrong_type(f"{key} item", "text"), fact_id)
                continue
            if value.strip():
                out.append(value.strip())
            else:
                self.problem(item, messages.empty_field(f"{key} item"), fact_id)
        return tuple(out)

    def verdict(self, fields: dict[str, yaml.Node], fact_id: str, line: int) -> Verdict | None:
        node = fields.get("verdict")
        if node is None:
            self.problem(line, messages.missing_field("verdict"), fact_id)
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, messages.wrong_type("verdict", "text"), fact_id)
            return None
        raw = self.scalar(node)
        word = ("true" if raw else "false") if isinstance(raw, bool) else str(raw).strip().lower()
        try:
            verdict = Verdict(word)
        except ValueError:
            verdict = None
        if verdict is None or verdict not in FACT_VERDICTS:
            self.problem(node, messages.unknown_verdict(str(raw)), fact_id)
            return None
        return verdict

    def source(self, node: yaml.Node | None, line: int) -> Source | None:
        if node is None:
            self.problem(line, messages.missing_field("source"))
            return None
        fields = self.mapping(node, "source")
        if fields is None:
            return None
        sline = line  # the `source:` key, where a missing title is noticed
        title = self.text(fields, "title", None, required=True, line=sline)
        if title is None:
            return None
        return Source(
            title=title,
            subtitle=self.text(fields, "subtitle", None, required=False, line=sline),
            author=self.text(fields, "author", None, required=False, line=sline),
            publisher=self.text(fields, "publisher", None, required=False, line=sline),
            published=self.text(fields, "published", None, required=False, line=sline),
            url=self.text(fields, "url", None, required=False, line=sline),
        )

    def figures(self, fields: dict[str, yaml.Node], fact_id: str) -> tuple[Figure, ...]:
        node = fields.get("figures")
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, messages.wrong_type("figures", "a list"), fact_id)
            return ()
        out: list[Figure] = []
        for item in node.value:
            item_fields = self.mapping(item, "figures item", fact_id)
            if item_fields is None:
                continue
            value = self.text(item_fields, "value", fact_id, required=True, line=_line(item))
            what = self.text(item_fields, "what", fact_id, required=True, line=_line(item))
            if value and what:
                out.append(Figure(value=value, what=what))
        return tuple(out)

    def fact(self, node: yaml.Node, pack_id: str, source: Source) -> Fact | None:
        line = _line(node)
        fields = self.mapping(node, "fact", _peek_id(node) or f"#{line}")
        if fields is None:
            return None
        before = len(self.problems)
        fact_id = self.text(fields, "id", None, required=True, line=line)
        if fact_id is not None:
            self.known_ids.add(fact_id)
        if fact_id is not None and not FACT_ID.match(fact_id):
            self.problem(fields["id"], messages.bad_fact_id(fact_id), fact_id)
        label = fact_id or f"#{line}"
        claim = self.text(fields, "claim", label, required=True, line=line)
        verdict = self.verdict(fields, label, line)
        summary = self.text(fields, "summary", label, required=True, line=line)
        quote = self.text(fields, "quote", label, required=False, line=line)
        figures = self.figures(fields, label)
        aliases = self.text_list(fields, "aliases", label)
        tags = self.text_list(fields, "tags", label)
        related = self.text_list(fields, "related", label)
        claimant = self.text(fields, "claimant", label, required=False, line=line)
        appearances = self.text_list(fields, "appearances", label)
        if len(self.problems) > before or not (fact_id and claim and verdict and summary):
            return None
        return Fact(
            id=fact_id, claim=claim, verdict=verdict, summary=summary, source=source,
            quote=quote, figures=figures, aliases=aliases, tags=tags, related=related,
            pack=pack_id, claimant=claimant, appearances=appearances,
        )

    def pack(self, root: yaml.Node, default_id: str) -> Pack | None:
        fields = self.mapping(root, "pack")
        if fields is None:
            return None
        pack_id = self.text(fields, "pack", None, required=False, line=1) or default_id
        key_lines = {str(k.value): _line(k) for k, _ in root.value}
        source = self.source(fields.get("source"), key_lines.get("source", _line(root)))
        facts_node = fields.get("facts")
        if facts_node is None:
            self.problem(_line(root), messages.missing_field("facts"))
            return None
        if not isinstance(facts_node, yaml.SequenceNode):
            self.problem(facts_node, messages.wrong_type("facts", "a list"))
            return None
        # The facts are checked even under a broken source block: every problem at once.
        for item in facts_node.value:
            fact = self.fact(item, pack_id, source or Source(title=""))
            if fact is not None:
                self.facts.append(fact)
                self.fact_lines.append(_line(item))
                self.lines.setdefault(fact.id, _line(item))
        if source is None:
            return None
        return Pack(id=pack_id, source=source, facts=tuple(self.facts), path=self.path)


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            problems.append(Problem(str(path), 0, messages.pack_too_large(size, MAX_PACK_BYTES)))
            return None
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(str(path), 0, messages.unreadable(exc)))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(str(path), line, messages.not_utf8(exc.start)))
        return None


@dataclass(frozen=True, slots=True)
class ParsedPack:
    """One file's outcome. `pack` is None on any error; `facts` still holds the valid facts."""

    pack: Pack | None
    problems: tuple[Problem, ...]
    lines: dict[str, int]
    path: str = ""
    facts: tuple[Fact, ...] = ()
    known_ids: frozenset[str] = frozenset()
    fact_lines: tuple[int, ...] = ()  # the line of each of `facts`


def parse_pack(path: Path) -> ParsedPack:
    """Parse and validate one pack file on its own; `pack` is None if it has any error."""
    problems: list[Problem] = []
    text = _read_text(path, problems)
    if text is None:
        return ParsedPack(None, tuple(problems), {})
    loader = _PackLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and mark is not None and mark.index >= len(text):
            # Found only at the end of the file (an unclosed quote or bracket): the line where
            # the unfinished thing starts is the one to fix.
            mark = exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 0
        detail = " ".join(p for p in (exc.context, exc.problem) if p)
        problems.append(Problem(str(path), line, messages.yaml_syntax(detail)))
        return ParsedPack(None, tuple(problems), {})
    except (yaml.YAMLError, RecursionError) as exc:
        problems.append(Problem(str(path), 0, messages.yaml_syntax(str(exc)[:200])))
        return ParsedPack(None, tuple(problems), {})
    finally:
        loader.dispose()
    if root is None:
        problems.append(Problem(str(path), 1, messages.empty_pack()))
        return ParsedPack(None, tuple(problems), {})
    reader = _PackReader(str(path), loader)
    pack = reader.pack(root, path.stem)
    problems.extend(reader.problems)
    if any(not p.warning for p in problems):
        pack = None
    return ParsedPack(pack, tuple(problems), reader.lines, str(path), tuple(reader.facts),
                      frozenset(reader.known_ids), tuple(reader.fact_lines))


def pack_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand files and directories into pack files, in a stable order.

    In a directory, hidden files are skipped: editors and file systems leave them beside packs
    ("._pack.yaml" from macOS, ".#pack.yaml" from Emacs) and they are not packs.
    """
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.iterdir()
                if p.suffix.lower() in PACK_SUFFIXES and not p.name.startswith(".")
                and p.is_file()
            )
        else:
            yield path


@dataclass(frozen=True, slots=True)
class FactBase:
    """A validated set of packs, served as a whole."""

    packs: tuple[Pack, ...]
    facts: tuple[Fact, ...]
    warnings: tuple[Problem, ...] = ()

    def get(self, fact_id: str) -> Fact | None:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        return None

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> FactBase:
        return cls(packs=(), facts=tuple(facts))


def _facts_of(item: ParsedPack) -> list[tuple[Fact, int]]:
    """Each valid fact of a parsed file with the line it starts on."""
    facts = item.pack.facts if item.pack is not None else item.facts
    if len(item.fact_lines) == len(facts):
        return list(zip(facts, item.fact_lines, strict=True))
    return [(f, item.lines.get(f.id, 0)) for f in facts]


def _path_of(item: ParsedPack) -> str:
    return item.pack.path if item.pack is not None else item.path


def cross_check(parsed: list[ParsedPack]) -> list[Problem]:
    """Problems that span packs: duplicate ids, dangling `related`, and the warnings.

    The valid facts of a pack that failed are checked too, so that one run reports everything.
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    seen_packs: dict[str, str] = {}
    claims: dict[str, str] = {}
    all_ids = {f.id for p in parsed for f, _ in _facts_of(p)}
    all_ids.update(i for p in parsed for i in p.known_ids)
    for item in parsed:
        path = _path_of(item)
        if item.pack is not None:
            if item.pack.id in seen_packs:
                problems.append(Problem(path, 1, messages.duplicate_pack(
                    item.pack.id, seen_packs[item.pack.id])))
            seen_packs.setdefault(item.pack.id, path)
        for fact, line in _facts_of(item):
            if fact.id in seen:
                problems.append(Problem(path, line, messages.duplicate_id(seen[fact.id]), fact.id))
            seen.setdefault(fact.id, f"{path}:{line}")
            for rel in fact.related:
                if rel not in all_ids:
                    problems.append(Problem(path, line, messages.dangling_related(rel), fact.id))
            key = normalise(fact.claim)
            if key in claims and claims[key] != fact.id:
                problems.append(Problem(path, line, messages.duplicate_claim(claims[key]),
                                        fact.id, warning=True))
            claims.setdefault(key, fact.id)
            if len(key.split()) <= 3:
                problems.append(Problem(path, line, messages.short_claim(), fact.id, warning=True))
            problems.extend(Problem(path, line, warning_text, fact.id, warning=True)
                            for warning_text in _spoofing(fact))
    for item in parsed:
        for fact, line in _facts_of(item):
            for alias in fact.aliases:
                owner = claims.get(normalise(alias))
                if owner is not None and owner != fact.id:
                    problems.append(Problem(_path_of(item), line,
                                            messages.alias_is_claim(alias, owner), fact.id,
                                            warning=True))
    return problems


# Characters that reorder how text is shown (bidi embeddings, overrides and isolates) and
# marks that carry no letter: a fact shown with them can read otherwise than it matches.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def _scripts(word: str) -> set[str]:
    """The scripts of a word's letters (LATIN, CYRILLIC, GREEK...), by Unicode name."""
    out: set[str] = set()
    for char in word:
        if char.isalpha():
            out.add(unicodedata.name(char, "UNKNOWN").split()[0])
    return out


def _spoofing(fact: Fact) -> list[str]:
    """Warnings for texts that can look like what they are not: a word mixing scripts
    ("Russiа" with a Cyrillic а) or bidi controls."""
    found: list[str] = []
    for text in (fact.claim, *fact.aliases):
        mixed = [w for w in text.split() if len(_scripts(w)) > 1]
        if mixed:
            found.append(messages.mixed_scripts(mixed[0]))
        if _BIDI.intersection(text):
            found.append(messages.bidi_controls())
    return found


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    files = list(dict.fromkeys(p.path for p in problems))
    return sorted(problems, key=lambda p: (files.index(p.path), p.line))


def lint(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in every pack file named, errors and warnings, file by file, by line."""
    paths = list(paths)
    files = list(pack_files(paths))
    parsed = [parse_pack(p) for p in files]
    problems = [pr for item in parsed for pr in item.problems]
    if not files:
        problems.append(Problem(", ".join(str(p) for p in paths) or ".", 0, messages.no_packs()))
    return _in_file_order(problems + cross_check(parsed))


def load_fact_base(paths: Iterable[Path]) -> FactBase:
    """Load packs as one fact base, or raise FactBaseError: never half-loaded."""
    paths = list(paths)
    files = list(pack_files(paths))
    parsed = [parse_pack(p) for p in files]
    problems = _in_file_order(
        [pr for item in parsed for pr in item.problems] + cross_check(parsed))
    if not files:
        problems.append(Problem(", ".join(str(p) for p in paths) or ".", 0, messages.no_packs()))
    if any(not p.warning for p in problems):
        raise FactBaseError(problems)
    packs = tuple(item.pack for item in parsed if item.pack is not None)
    return FactBase(
        packs=packs,
        facts=tuple(f for pack in packs for f in pack.facts),
        warnings=tuple(problems),
    )
