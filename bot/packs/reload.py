"""Bundled pack directories, reloaded when their files change; a bad edit never stops serving.

`PackLibrary.poll()` compares each pack file's modification time and size with what it
loaded. Changed files are parsed and checked against the others; a file with an error (or
one that clashes with another pack) is refused and reported, and its last good version keeps
serving. A file that was never good is left out until it is fixed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot import messages
from bot.core.models import Fact, Pack
from bot.packs.loader import ParsedPack, Problem, cross_check, pack_files, parse_pack

log = logging.getLogger(__name__)

Stamp = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What one poll found: the packs now served, and the problems if a change was refused."""

    changed: tuple[str, ...]
    refused: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def accepted(self) -> bool:
        return not self.refused


def _stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class PackLibrary:
    """The packs of some directories (or files), keyed by pack id, with last-good reloads."""

    def __init__(self, paths: Sequence[Path | str], *,
                 on_reload: Callable[[ReloadResult], None] | None = None) -> None:
        self.paths = [Path(p) for p in paths]
        self.on_reload = on_reload
        self.generation = 0
        self.problems: tuple[Problem, ...] = ()
        self._parsed: dict[Path, ParsedPack] = {}
        self._stamps: dict[Path, Stamp | None] = {}
        self._packs: dict[str, Pack] = {}
        self.poll()

    @property
    def packs(self) -> Mapping[str, Pack]:
        return self._packs

    def facts(self, pack_ids: Sequence[str]) -> list[Fact]:
        return [f for pid in pack_ids if (p := self._packs.get(pid)) for f in p.facts]

    def poll(self) -> ReloadResult | None:
        """Reload changed files; None when nothing changed since the last poll."""
        files = list(pack_files(p for p in self.paths if p.exists()))
        stamps = {f: _stamp(f) for f in files}
        changed = [f for f in files if stamps[f] != self._stamps.get(f)]
        removed = [f for f in self._stamps if f not in stamps]
        if not changed and not removed:
            return None
        candidate = {f: p for f, p in self._parsed.items() if f in stamps}
        for f in changed:
            candidate[f] = parse_pack(f)
        problems = [pr for f in changed for pr in candidate[f].problems]
        refused = {f for f in changed if candidate[f].pack is None}
        self._revert(candidate, refused)
        changed_names = {str(f): f for f in changed}
        for _ in range(2):
            cross = [pr for pr in cross_check(list(candidate.values()))
                     if pr.path in changed_names and Path(pr.path) not in refused]
            problems += cross
            clash = {changed_names[pr.path] for pr in cross if not pr.warning}
            if not clash:
                break
            refused |= clash
            self._revert(candidate, clash)
        errors = tuple(p for p in problems if not p.warning)
        self._stamps = dict(stamps)
        self._parsed = candidate
        packs = {p.pack.id: p.pack for p in candidate.values() if p.pack is not None}
        if packs != self._packs:
            self._packs = packs
            self.generation += 1
        self.problems = errors
        if errors:
            log.warning("%s\n%s", messages.reload_failed_keeping_last(len(errors)),
                        "\n".join(str(p) for p in errors))
        result = ReloadResult(tuple(str(f) for f in changed + removed),
                              refused=tuple(str(f) for f in sorted(refused)),
                              problems=tuple(problems))
        if self.on_reload is not None:
            self.on_reload(result)
        return result

    def _revert(self, candidate: dict[Path, ParsedPack], files: set[Path]) -> None:
        """Serve the last good version of `files` (or nothing, for a file never loaded)."""
        for f in files:
            if f in self._parsed and self._parsed[f].pack is not None:
                candidate[f] = self._parsed[f]
            else:
                candidate.pop(f, None)
