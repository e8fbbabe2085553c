"""Frozen records the moderation layer hands to adapters and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot import messages
from bot.core.models import Claim, Fact, Figure, Source, Verdict
from bot.moderation.diff import FieldChange, changed_fields

# The most asked facts, the facts with most votes and the busiest channels a statistics
# page lists.
STATS_TOP = 20


@dataclass(frozen=True, slots=True)
class ServerKey:
    """A Discord guild or Slack workspace: `discord:123456`, `slack:T0123`."""

    platform: str
    id: str

    def __post_init__(self) -> None:
        if not self.platform or not self.id or ":" in self.platform or self.platform.strip() != (
                self.platform) or self.id.strip() != self.id:
            raise ValueError(messages.bad_server_key(f"{self.platform}:{self.id}"))

    def __str__(self) -> str:
        return f"{self.platform}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> ServerKey:
        platform, sep, ident = text.strip().partition(":")
        if not sep:
            raise ValueError(messages.bad_server_key(text))
        return cls(platform.lower(), ident)

    @classmethod
    def of_claim(cls, claim: Claim) -> ServerKey | None:
        """The server a claim was asked in; None for direct messages and the console."""
        return cls(claim.platform, claim.server) if claim.server else None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did something: a platform user (or `cli` for the admin command line)."""

    platform: str
    user_id: str
    display: str = ""

    def __str__(self) -> str:
        name = f" ({self.display})" if self.display else ""
        return f"{self.platform}:{self.user_id}{name}"


@dataclass(frozen=True, slots=True)
class FactInput:
    """The fields of a new fact, as a moderator gives them.

    `id` is derived from the claim when omitted; `source` defaults to the server's moderators.
    `verdict` may be a Verdict or its word (true, false, misleading, unproven).
    """

    claim: str
    verdict: Verdict | str
    summary: str
    source: Source | None = None
    quote: str | None = None
    figures: tuple[Figure, ...] = ()
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    id: str | None = None
    claimant: str | None = None
    appearances: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A problem with one field of a fact: `field` names it as the fact form does
    (`bot.moderation.form`), or is empty when the problem is with the fact as a whole."""

    field: str
    message: str


class Origin(StrEnum):
    PACK = "pack"        # a bundled pack fact the server has not changed
    SERVER = "server"    # the server's own fact, or its edited copy of a pack fact


@dataclass(frozen=True, slots=True)
class FactRecord:
    """A fact as one server sees it. `version` is 0 for an unchanged pack fact."""

    server: ServerKey
    fact: Fact
    version: int
    retired: bool
    origin: Origin
    updated_at: datetime | None = None
    updated_by: Actor | None = None


class Action(StrEnum):
    ADD = "add"
    EDIT = "edit"
    RETIRE = "retire"
    RESTORE = "restore"
    IMPORT = "import"
    APPROVE = "approve"
    FOLLOW_PACK = "follow_pack"   # the server's own version dropped: the pack's serves again


@dataclass(frozen=True, slots=True)
class FactVersion:
    """One change of a fact: who, when, and the fact before and after."""

    fact_id: str
    version: int
    action: Action
    actor: Actor
    at: datetime
    before: Fact | None
    after: Fact
    retired: bool
    restored_from: int | None = None

    @property
    def changes(self) -> tuple[FieldChange, ...]:
        """Each field this version changed (each source field on its own), before and after;
        every field a new fact has, for the first version."""
        return changed_fields(self.before, self.after)


class SuggestionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A member's proposal: a new fact (`fact_id` None) or a correction of `fact_id`.

    `proposal` is the fact as proposed: the new fact, or the corrected fact as it would have
    been when the suggestion was made. `changes` names the fields a correction changes (empty
    when the member only wrote a `note`). An approved suggestion's `fact_id` is the fact made
    or changed. `fact_version` is the version of the fact a correction was proposed on (0: the
    pack's; None for one queued before versions were recorded): approving it when the fact
    is at another version is a SuggestionConflict.
    """

    id: int
    server: ServerKey
    proposer: Actor
    created_at: datetime
    status: SuggestionStatus
    fact_id: str | None = None
    proposal: Fact | None = None
    changes: tuple[str, ...] = ()
    note: str = ""
    reason: str = ""
    decided_by: Actor | None = None
    decided_at: datetime | None = None
    fact_version: int | None = None


@dataclass(frozen=True, slots=True)
class FieldOnVersions:
    """A field of a correction's fact as text: on the version the correction was proposed on,
    on the version now, and as proposed (None: the correction leaves it alone)."""

    name: str
    then: str
    now: str
    proposed: str | None


@dataclass(frozen=True, slots=True)
class ChangedSince:
    """A pending correction whose fact changed after it was proposed: the fields it proposes
    and those changed since, on both versions. Approving it applies it to version `current`
    only when a moderator who has seen them says so (`approve_suggestion(on_version=...)`)."""

    suggestion_id: int
    fact_id: str
    proposed_on: int
    current: int
    fields: tuple[FieldOnVersions, ...]


@dataclass(frozen=True, slots=True)
class UnmatchedClaim:
    """Claims asked explicitly that matched nothing, folded by normalised text.

    `dismissed_by` and `dismissed_at` say who last dismissed it and when; a dismissed claim
    is kept, and is back in the queue once asked again after that.
    """

    id: int
    server: ServerKey
    text: str
    normalised: str
    count: int
    first_asked: datetime
    last_asked: datetime
    fact_id: str | None = None
    dismissed_by: Actor | None = None
    dismissed_at: datetime | None = None

    @property
    def dismissed(self) -> bool:
        """Dismissed and not asked since."""
        return self.dismissed_at is not None and self.last_asked <= self.dismissed_at


@dataclass(frozen=True, slots=True)
class AskedFact:
    """A fact members of a server asked about explicitly, as that server serves it now."""

    fact_id: str
    claim: str
    verdict: Verdict
    count: int
    last_asked: datetime


class ReportStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class Report:
    """A member's flag on a reply they think is wrong."""

    id: int
    server: ServerKey
    reporter: Actor
    fact_id: str | None
    claim: str
    reason: str
    status: ReportStatus
    created_at: datetime
    resolution: str = ""
    resolved_by: Actor | None = None
    resolved_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class FeedbackCount:
    fact_id: str
    helpful: int
    not_helpful: int


class ExportFormat(StrEnum):
    YAML = "yaml"                 # a fact pack, the format of facts/
    CSV = "csv"
    CLAIMREVIEW = "claimreview"   # schema.org ClaimReview JSON-LD


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
