"""Moderation and the store: edits, queues, reviews, imports, worded for moderators."""

from __future__ import annotations

__all__ = [
    "already_decided",
    "bad_server_key",
    "config_database_url",
    "config_redis_url",
    "db_busy",
    "db_schema_too_new",
    "db_unreachable",
    "db_upgraded",
    "default_reviewer_name",
    "edit_needs_changes",
    "export_needs_setting",
    "fact_add_needs_fields",
    "fact_already_retired",
    "fact_exists",
    "fact_following_pack",
    "fact_follows_pack",
    "fact_not_from_a_pack",
    "fact_not_retired",
    "fact_restored",
    "fact_retired",
    "fact_saved",
    "figure_format",
    "history_change",
    "history_field",
    "import_csv_extra_cells",
    "import_csv_header",
    "import_csv_list",
    "import_csv_unreadable",
    "import_duplicate_id",
    "import_interrupted",
    "import_item",
    "import_needs_format",
    "import_no_claimreviews",
    "import_not_claimreview",
    "import_not_json",
    "import_rejected",
    "import_result",
    "import_row",
    "import_unknown_rating",
    "invalid_fact",
    "moderators_source_title",
    "no_history",
    "nothing_to_apply",
    "queue_empty",
    "report_resolved",
    "setting_bad_fact_page_url",
    "setting_not_one_of",
    "setting_out_of_range",
    "setting_pair_format",
    "setting_too_long",
    "setting_wrong_type",
    "settings_saved",
    "settings_unusable",
    "suggestion_approved",
    "suggestion_conflict",
    "suggestion_rejected",
    "text_too_long",
    "too_many_items",
    "unknown_fact_in_server",
    "unknown_field",
    "unknown_pack",
    "unknown_queue_item",
    "unknown_setting",
    "unknown_version",
    "unmatched_dismissal",
    "unmatched_dismissed",
    "version_conflict",
]

# -- moderation and storage ---------------------------------------------------------------------

def bad_server_key(text: str) -> str:
    return f"“{text}” is not a server; write it as PLATFORM:ID, e.g. discord:123456789."


def default_reviewer_name() -> str:
    """The ClaimReview author of a server that did not set `reviewer_name`."""
    return "Community fact-check moderators (factbot)"


def export_needs_setting(server: str, setting: str) -> str:
    return (f"A ClaimReview export needs the address of each fact's page, which Google's fact "
            f"check markup requires: set it with `factbot server set --server {server} "
            f"{setting}=https://example.org/facts/{{id}}` ({{id}} is replaced by the fact id); "
            "`reviewer_name=...` names your organisation as the reviewer.")


def moderators_source_title(server: str) -> str:
    return f"Moderators of {server}"


def unknown_fact_in_server(fact_id: str, nearest: list[str]) -> str:
    hint = f" Did you mean: {', '.join(nearest)}?" if nearest else ""
    return f"This server has no fact with id '{fact_id}'.{hint}"


def fact_exists(fact_id: str, retired: bool) -> str:
    if retired:
        return f"Fact '{fact_id}' already exists but is retired; restore it instead."
    return f"Fact '{fact_id}' already exists; edit it, or give the new fact another id."


def version_conflict(fact_id: str, expected: int, current: int) -> str:
    return (
        f"Fact '{fact_id}' was changed by someone else while you edited it (you had version "
        f"{expected}, it is now version {current}). Nothing was saved; look at the new version "
        "and make your change again."
    )


def unknown_version(fact_id: str, version: int) -> str:
    return f"Fact '{fact_id}' has no version {version}; `history {fact_id}` lists them."


def invalid_fact(fact_id: str | None, problems: list[str]) -> str:
    who = f"Fact '{fact_id}'" if fact_id else "That fact"
    return f"{who} was not saved: " + "; ".join(problems) + "."


def fact_not_retired(fact_id: str) -> str:
    return f"Fact '{fact_id}' is not retired; give a version to bring back older wording."


def fact_follows_pack(fact_id: str) -> str:
    return (f"Fact '{fact_id}' already follows its pack: this server has no version of its "
            "own.")


def fact_not_from_a_pack(fact_id: str) -> str:
    return (f"Fact '{fact_id}' is this server's own, not a pack's: there is no pack version to "
            "go back to (retire it to stop serving it).")


def fact_following_pack(fact_id: str, pack: str) -> str:
    return (f"Fact '{fact_id}' follows pack '{pack}' again: the pack's version serves in this "
            "server and pack updates reach it; its history keeps the server's versions.")


def fact_already_retired(fact_id: str) -> str:
    return f"Fact '{fact_id}' is already retired."


def unknown_queue_item(kind: str, item_id: int) -> str:
    return f"This server has no {kind} #{item_id}."


def already_decided(kind: str, item_id: int, status: str) -> str:
    return f"The {kind} #{item_id} is already {status}."


def nothing_to_apply(item_id: int) -> str:
    return (
        f"Suggestion #{item_id} proposes no change of fields (only a note); edit the fact "
        "yourself and reject or approve the suggestion with the fields to change."
    )


def suggestion_rejected(item_id: int, reason: str) -> str:
    because = f" Reason: {reason}" if reason else ""
    return f"Your suggestion #{item_id} was not accepted by the moderators.{because}"


def suggestion_approved(item_id: int, fact_id: str) -> str:
    return f"Your suggestion #{item_id} was accepted: it is now fact '{fact_id}'."


def text_too_long(field: str, limit: int) -> str:
    return f"{field} is longer than {limit} characters"


def too_many_items(field: str, limit: int) -> str:
    return f"{field} has more than {limit} items"


def unknown_field(field: str, allowed: tuple[str, ...] | list[str]) -> str:
    return f"'{field}' is not a fact field (fields: {', '.join(allowed)})"


def figure_format(text: str) -> str:
    return f"figure “{text}” should be written VALUE=WHAT, e.g. “$110 billion=trade in 2018”"


def import_rejected(problems: list[str]) -> str:
    shown = problems[:20]
    more = f"\n… and {len(problems) - len(shown)} more." if len(problems) > len(shown) else ""
    return (
        f"Nothing was imported: {len(problems)} problem(s).\n" + "\n".join(shown) + more
    )


def import_row(row: int, problem: str) -> str:
    return f"row {row}: {problem}"


def import_item(item: int, fact_id: str | None, problem: str) -> str:
    who = f" (id '{fact_id}')" if fact_id else ""
    return f"item {item}{who}: {problem}"


def import_not_json(detail: str) -> str:
    return f"not valid JSON: {detail}"


def import_no_claimreviews() -> str:
    return "no ClaimReview items found (expected an object, a list, or an @graph of them)"


def import_not_claimreview(found: str) -> str:
    return f"is a {found}, not a ClaimReview"


def import_unknown_rating(rating: str) -> str:
    return (
        f"rating “{rating}” is not one of true, false, misleading, unproven "
        "(or a ratingValue between worstRating and bestRating)"
    )


def import_csv_header(missing: list[str]) -> str:
    return "the header row lacks the column(s): " + ", ".join(missing)


def import_csv_list(column: str) -> str:
    return f"column {column} must be a JSON list or one item a line"


def import_csv_unreadable(detail: str) -> str:
    return f"the CSV cannot be read here ({detail}); save it again from the spreadsheet"


def import_csv_extra_cells() -> str:
    return "has more cells than the header row has columns"


def import_duplicate_id(fact_id: str, first: str) -> str:
    return f"id '{fact_id}' was already used by {first}"


def import_interrupted(written: int, total: int, reason: str) -> str:
    return (f"The import stopped after writing {written} of the {total} facts it had to "
            f"write: {reason}. The facts written are complete, with their history; the rest "
            "were not written. Run the same import again to finish it (facts already imported "
            "are left unchanged).")


def import_result(added: int, updated: int, unchanged: int) -> str:
    return f"Imported: {added} added, {updated} updated, {unchanged} unchanged."


def setting_wrong_type(key: str, expected: str) -> str:
    return f"{key} should be {expected}"


def setting_too_long(key: str, limit: int) -> str:
    return f"{key} should be at most {limit} characters"


def setting_bad_fact_page_url(key: str, value: str) -> str:
    return (f"{key} “{value}” should be an http:// or https:// address with {{id}} where the "
            "fact id goes, e.g. https://example.org/facts/{id}")


def setting_out_of_range(key: str, low: float, high: float) -> str:
    return f"{key} should be from {low} to {high}"


def setting_not_one_of(key: str, value: str, allowed: tuple[str, ...]) -> str:
    return f"{key} “{value}” is not one of {', '.join(allowed)}"


def unknown_setting(key: str, known: list[str]) -> str:
    return f"there is no setting '{key}' (settings: {', '.join(known)})"


def unknown_pack(pack_id: str, known: list[str]) -> str:
    return f"there is no pack '{pack_id}' (packs: {', '.join(known) or 'none'})"


def db_upgraded(url: str, applied: list[str]) -> str:
    if not applied:
        return f"{url}: the schema is up to date."
    return f"{url}: applied migration(s) {', '.join(applied)}."


def config_database_url(scheme: str) -> str:
    return (f"cannot open a database at a {scheme!r} URL; use sqlite+aiosqlite:///PATH or "
            "postgresql+asyncpg://USER@HOST/DB")


def config_redis_url(scheme: str) -> str:
    return f"cannot reach Redis at a {scheme!r} URL; use redis://HOST:PORT/0 or rediss://..."


def settings_unusable(problems: str) -> str:
    return ("The settings cannot be used, so I don't know which database to open "
            f"(pass --db URL to name one):\n{problems}")


def db_schema_too_new(revision: str) -> str:
    return (f"its schema (revision {revision}) is newer than this factbot knows; run the "
            "factbot version that migrated it, or a newer one")


def db_busy(seconds: float) -> str:
    return (f"The database stayed busy with another change (a large import, or another "
            f"factbot writing) for {seconds:g} s, so nothing was saved; try again in a moment.")


def db_unreachable(url: str, detail: str) -> str:
    return f"Cannot open the database {url}: {detail}"


def fact_saved(fact_id: str, version: int) -> str:
    return f"Saved fact '{fact_id}' (version {version})."


def fact_retired(fact_id: str, version: int) -> str:
    return f"Retired fact '{fact_id}' (version {version}); restore brings it back."


def fact_restored(fact_id: str, version: int, restored_from: int | None) -> str:
    what = f" to the wording of version {restored_from}" if restored_from else ""
    return f"Restored fact '{fact_id}'{what} (version {version})."


def fact_add_needs_fields() -> str:
    return "Give --claim, --verdict and --summary, or a YAML file with those fields."


def edit_needs_changes() -> str:
    return "Give at least one field to change (--claim, --verdict, --summary, ...)."


def no_history(fact_id: str) -> str:
    return f"Fact '{fact_id}' comes unchanged from a pack; it has no history in this server."


def queue_empty(kind: str) -> str:
    return f"No {kind} waiting."


def settings_saved() -> str:
    return "Settings saved."


def report_resolved(item_id: int) -> str:
    return f"Report #{item_id} resolved."


def import_needs_format(choices: list[str]) -> str:
    return "Cannot tell the format from the file name; give --format " + "|".join(choices) + "."


def unmatched_dismissed(item_id: int) -> str:
    return f"Unmatched claim #{item_id} dismissed."


def unmatched_dismissal(who: str, when: str, still: bool) -> str:
    """Under an unmatched claim someone dismissed: still dismissed, or asked again since."""
    if still:
        return f"dismissed by {who} at {when}"
    return f"dismissed by {who} at {when}, asked again since"


def setting_pair_format(text: str) -> str:
    return f"“{text}” should be written KEY=VALUE, e.g. threshold=0.7"


# -- versions of facts --------------------------------------------------------------------------

def suggestion_conflict(server: str, item_id: int, fact_id: str, proposed_on: int, current: int,
                        fields: list[tuple[str, str, str, str | None]]) -> str:
    """A correction proposed on one version of a fact, approved when it is at another;
    `fields` are (name, on the version proposed on, now, proposed or None if not proposed)."""
    def shown(text: str) -> str:
        text = " ".join(text.split())
        return f"“{text[:197]}…”" if len(text) > 200 else (f"“{text}”" if text else "(none)")

    lines = [
        f"Suggestion #{item_id} was made on version {proposed_on} of fact '{fact_id}', which is "
        f"now at version {current}; nothing was applied.",
    ]
    lines += [f"• {name}: version {proposed_on} {shown(then)}; version {current} {shown(now)}"
              + (f"; proposed {shown(proposed)}" if proposed is not None else "")
              for name, then, now, proposed in fields]
    lines.append(
        f"To apply it to version {current} as it is now, approve it on that version "
        f"(factbot queue approve {item_id} --on-version {current} --server {server}); or edit "
        "the fact yourself, or reject the suggestion.")
    return "\n".join(lines)


def history_change(field: str, before: str, after: str) -> str:
    """One field a version of a fact changed, in `facts history`."""
    return f"{field}: {before or '(none)'} -> {after or '(none)'}"


def history_field(field: str, value: str) -> str:
    """One field of a fact's first version, in `facts history`."""
    return f"{field}: {value}"
