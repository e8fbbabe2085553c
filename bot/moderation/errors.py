"""Errors a moderator can act on. `str(error)` is a finished sentence: show it as is."""

from __future__ import annotations

from collections.abc import Sequence

from bot import messages
from bot.errors import ModerationError as ModerationError  # the store raises one too
from bot.moderation.types import FieldProblem


class UnknownFact(ModerationError):
    def __init__(self, fact_id: str, nearest: Sequence[str] = ()) -> None:
        self.fact_id = fact_id
        self.nearest = tuple(nearest)
        super().__init__(messages.unknown_fact_in_server(fact_id, list(self.nearest)))


class FactExists(ModerationError):
    def __init__(self, fact_id: str, retired: bool) -> None:
        self.fact_id = fact_id
        super().__init__(messages.fact_exists(fact_id, retired))


class VersionConflict(ModerationError):
    """Someone else changed the fact since the caller read it; nothing was written."""

    def __init__(self, fact_id: str, expected: int, current: int) -> None:
        self.fact_id = fact_id
        self.expected = expected
        self.current = current
        super().__init__(messages.version_conflict(fact_id, expected, current))


class SuggestionConflict(ModerationError):
    """A correction proposed on one version of a fact, approved when the fact is at another:
    nothing was applied. The message shows the proposed fields on both versions."""

    def __init__(self, server: str, item_id: int, fact_id: str, proposed_on: int, current: int,
                 fields: Sequence[tuple[str, str, str, str | None]]) -> None:
        self.item_id = item_id
        self.fact_id = fact_id
        self.proposed_on = proposed_on
        self.current = current
        self.fields = tuple(fields)
        super().__init__(messages.suggestion_conflict(server, item_id, fact_id, proposed_on,
                                                      current, list(fields)))


class UnknownVersion(ModerationError):
    def __init__(self, fact_id: str, version: int) -> None:
        super().__init__(messages.unknown_version(fact_id, version))


class InvalidFact(ModerationError):
    """Fact fields that fail validation; `problems` lists each, already worded, and `fields`
    says which field of the fact form each is about."""

    def __init__(self, problems: Sequence[str | FieldProblem], fact_id: str | None = None) -> None:
        self.fields = tuple(p if isinstance(p, FieldProblem) else FieldProblem("", p)
                            for p in problems)
        self.problems = tuple(p.message for p in self.fields)
        self.fact_id = fact_id
        super().__init__(messages.invalid_fact(fact_id, list(self.problems)))


class NotRetired(ModerationError):
    def __init__(self, fact_id: str) -> None:
        super().__init__(messages.fact_not_retired(fact_id))


class FollowsPack(ModerationError):
    """The server has no version of its own of that pack fact."""

    def __init__(self, fact_id: str) -> None:
        super().__init__(messages.fact_follows_pack(fact_id))


class NotAPackFact(ModerationError):
    """The fact is the server's own: no pack has a version of it."""

    def __init__(self, fact_id: str) -> None:
        super().__init__(messages.fact_not_from_a_pack(fact_id))


class AlreadyRetired(ModerationError):
    def __init__(self, fact_id: str) -> None:
        super().__init__(messages.fact_already_retired(fact_id))


class UnknownItem(ModerationError):
    """A suggestion, report or unmatched claim id that this server does not have."""

    def __init__(self, kind: str, item_id: int) -> None:
        super().__init__(messages.unknown_queue_item(kind, item_id))


class AlreadyDecided(ModerationError):
    def __init__(self, kind: str, item_id: int, status: str) -> None:
        super().__init__(messages.already_decided(kind, item_id, status))


class NothingToApply(ModerationError):
    def __init__(self, item_id: int) -> None:
        super().__init__(messages.nothing_to_apply(item_id))


class ExportNeedsSetting(ModerationError):
    """An export that needs a server setting that is not set."""

    def __init__(self, server: str, setting: str) -> None:
        self.setting = setting
        super().__init__(messages.export_needs_setting(server, setting))


class ImportRejected(ModerationError):
    """An import with problems; nothing of it was written. Each problem names its row/item."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(messages.import_rejected(list(self.problems)))


class ImportInterrupted(ModerationError):
    """An import that failed while writing. The chunks written before the failure stay,
    each fact in them complete with its history; nothing of the failing chunk or after it
    was written. Running the same import again finishes it."""

    def __init__(self, added: Sequence[str], updated: Sequence[str], total: int,
                 reason: str) -> None:
        self.added = tuple(added)
        self.updated = tuple(updated)
        self.total = total
        super().__init__(messages.import_interrupted(len(self.added) + len(self.updated),
                                                     total, reason))


class InvalidSettings(ModerationError):
    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))
