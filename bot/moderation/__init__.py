"""Moderation: per-server fact bases that moderators edit, with history and review queues.

Adapters hold one `Moderation` for the life of the process::

    from bot.moderation import Actor, FactInput, Moderation, ServerKey

    mod = await Moderation.open()          # $FACTBOT_DATABASE_URL or SQLite under $FACTBOT_DATA_DIR
    server = ServerKey("discord", str(guild.id))
    reply = await mod.check(Claim(text, platform="discord", server=str(guild.id), ...))
    settings = await mod.settings(server)  # reply_mode, watched_channels, cooldowns, ...
    ...
    await mod.close()

Every method is a coroutine. Servers need no set-up: one never written to has the default
`ServerSettings` and serves every bundled pack.

Checking
    check(claim, top=5) -> Reply
        The claim's server is `ServerKey(claim.platform, claim.server)`; without a server
        (direct messages) only the bundled packs answer, at the default threshold. An explicit
        claim (`claim.explicit`) that matches nothing is recorded in the unmatched queue; one
        that matches counts one ask of each fact it matched; each claim of it counts once
        by day, channel, verdict and fact. All are counted in memory and
        written in batches by a background task (every second by default, and at `close()`),
        so a check never waits for the database's write lock; failing to write them is
        logged, they are kept for the next try, and never fail the check. Reading them
        (`most_asked`, `unmatched`, `ask_statistics`) writes this instance's pending counts
        first.
    most_asked(server, limit=5) -> list[AskedFact]   (.fact_id, .claim, .verdict, .count,
        .last_asked) most asked first; retired facts and ones the server no longer serves
        are left out.

    ask_statistics(server, days, today=None) -> AskStatistics   (bot.moderation.stats) the
        last `days` days: checks per day by verdict, the most asked facts, unmatched checks
        and new unmatched claims per day, helpful / not helpful votes per fact, checks per
        channel by verdict (explicit checks, each claim of a message once; UTC days).

    fact_base(server) -> ServerBase   (.facts: id -> Fact it serves, .settings, .matcher)
    refresh()   re-read changed packs and forget cached fact bases now

Settings
    settings(server) -> ServerSettings             (alias: get_settings)
    update_settings(server, actor, **changes) -> ServerSettings
        Values may be typed or text (`threshold="0.7"`, `watched_channels="123,456"`,
        `enabled_packs="all"`); InvalidSettings lists every problem and nothing changes.
    The façade does not check permissions: call moderator methods only for members who are
    server administrators or hold one of `settings.moderator_roles` (see `role_of`).

Facts (FactRecord: .fact, .version, .retired, .origin, .updated_at, .updated_by)
    get_fact(server, fact_id)              the server's version, or the pack fact (version 0)
    list_facts(server, include_retired=True)   the server's own facts and edited pack facts
    search_facts(server, query, limit=10)  by id prefix, then by matching the text
    add_fact(server, actor, FactInput(...)) -> FactRecord (version 1)
    edit_fact(server, actor, fact_id, {"verdict": "false", ...}, expected_version)
    retire_fact(server, actor, fact_id, expected_version=None)
    restore_fact(server, actor, fact_id, version=None, expected_version=None)
        without `version`: un-retire; with it: bring that version's fields back.
    follow_pack(server, actor, fact_id, expected_version=None) -> FactRecord (version 0)
        drop the server's own version of a pack fact: the pack's serves again and later
        pack reloads update it; history keeps every version and notes the change.
    history(server, fact_id) -> list[FactVersion]  (who, when, action, before, after)
    Changes keys are field names; `source.title`, `source.url`, ... change one source field
    and keep the others. FactVersion.changes lists each field a version changed, before and
    after. Pass the version the moderator saw as `expected_version`; if someone changed the
    fact since, VersionConflict is raised and nothing is written. Without it (the admin
    command line), the change applies to the current version, read in the same transaction
    (the server's facts are locked while written, on SQLite and PostgreSQL alike). Editing
    or retiring a pack fact makes the server's own copy, which then replaces the pack fact in
    that server only.

Queues
    suggest(server, actor, FactInput(...)) / suggest(server, actor, fact_id=..., changes=...,
            note=...)                      -> Suggestion
    list_suggestions(server, status=PENDING, limit=50)
    approve_suggestion(server, actor, suggestion_id, overrides=None, on_version=None)
        a correction applies to the fact version it was proposed on (Suggestion.fact_version);
        if the fact changed since, SuggestionConflict shows both versions and nothing is
        applied, until a moderator approves it with `on_version` = the current version.
    changed_since(server, suggestion_id) -> ChangedSince | None
        what SuggestionConflict would show, without approving: the proposed fields and those
        changed since, on both versions; None when the correction applies as proposed.
    reject_suggestion(server, actor, suggestion_id, reason) -> Suggestion
        tell the proposer `messages.suggestion_rejected(suggestion.id, reason)`.
    unmatched(server, limit=20, offset=0) -> list[UnmatchedClaim]  (folded by normalised text,
        counted)
    fact_from_unmatched(server, actor, unmatched_id, FactInput(...)) -> FactRecord
    alias_from_unmatched(server, actor, unmatched_id, fact_id) -> FactRecord
        answer it with an existing fact: the claim's wording becomes one of its aliases.
    dismiss_unmatched(server, actor, unmatched_id)   kept, with who and when; hidden from
        unmatched() until asked again (unmatched(..., include_dismissed=True) shows them)
    report(server, actor, fact_id | None, claim, reason) -> Report
    list_reports(server, status=OPEN, limit=50); resolve_report(server, actor, id, resolution)
    feedback(server, actor, fact_id, helpful, reply_id="") -> FeedbackCount
    feedback_counts(server, fact_ids=None) -> dict[fact_id, FeedbackCount]

Import and export
    export_facts(server, ExportFormat.YAML | CSV | CLAIMREVIEW) -> str
        ClaimReview needs the server's `fact_page_url` setting (ExportNeedsSetting names it)
        and names `reviewer_name` (or a plain default) as the reviewing organisation.
    import_facts(server, actor, text, fmt) -> ImportResult
        checked all or nothing: ImportRejected names each bad row or item and nothing is
        written. Then written in chunks of 200 facts, one transaction each, so readers and
        other writers are not held back; if a chunk fails, ImportInterrupted says how many
        facts were written: those are complete with their history, the rest untouched, and
        importing the same text again finishes the job.
    plan_import(server, text, fmt) -> ImportPlan   (.writes: PlannedFact with .before and
        .data, .unchanged, .digest()) what an import would write now, checked, writing
        nothing; apply_import(server, actor, plan) -> ImportResult writes it (import_facts
        is the two together).

Errors
    Every ModerationError (UnknownFact, FactExists, VersionConflict, InvalidFact,
    ImportRejected, ImportInterrupted, InvalidSettings, ...) carries a finished sentence:
    show `str(error)`. A write that waited 30 s for another writer's lock raises
    StoreBusy (`bot.store.database`), a ModerationError too; reads never wait for writers.

Freshness
    Writes through an instance take effect in its next check. Other instances over the same
    database see them within `refresh_s` seconds (default 2): each server's revision counter
    is polled. Pack files are re-read within `pack_poll_s` seconds of a change; a pack with
    errors is refused and its last good version keeps serving (`mod.packs.problems`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.chat.settings import ServerSettings
from bot.moderation.errors import (
    AlreadyDecided,
    AlreadyRetired,
    ExportNeedsSetting,
    FactExists,
    FollowsPack,
    ImportInterrupted,
    ImportRejected,
    InvalidFact,
    InvalidSettings,
    ModerationError,
    NotAPackFact,
    NothingToApply,
    NotRetired,
    SuggestionConflict,
    UnknownFact,
    UnknownItem,
    UnknownVersion,
    VersionConflict,
)
from bot.moderation.permissions import Role, Standing, role_of
from bot.moderation.types import (
    Action,
    Actor,
    AskedFact,
    ChangedSince,
    ExportFormat,
    FactInput,
    FactRecord,
    FactVersion,
    FeedbackCount,
    ImportResult,
    Origin,
    Report,
    ReportStatus,
    ServerKey,
    Suggestion,
    SuggestionStatus,
    UnmatchedClaim,
)

__all__ = [
    "Action", "Actor", "AlreadyDecided", "AlreadyRetired", "AskedFact", "ChangedSince",
    "ExportFormat",
    "ExportNeedsSetting", "FactExists", "FactInput", "FactRecord", "FactVersion",
    "FeedbackCount", "FollowsPack", "ImportInterrupted", "ImportRejected", "ImportResult",
    "InvalidFact", "InvalidSettings", "Moderation", "ModerationError", "NotAPackFact",
    "NotRetired", "NothingToApply", "Origin", "Report", "ReportStatus", "Role", "ServerKey",
    "ServerSettings", "Standing", "Suggestion", "SuggestionConflict", "SuggestionStatus",
    "UnknownFact", "UnknownItem", "UnknownVersion", "UnmatchedClaim", "VersionConflict",
    "role_of",
]

if TYPE_CHECKING:
    from bot.moderation.service import Moderation


def __getattr__(name: str) -> Any:
    # The service (and the store under it) is imported when first asked for, so that what
    # needs only the types, the fact form or drafting (`factbot facts draft`) starts quickly.
    if name == "Moderation":
        from bot.moderation.service import Moderation
        return Moderation
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
