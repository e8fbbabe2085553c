"""Discord's wording for moderators: /factadmin, its forms and queue pages."""

from __future__ import annotations

__all__ = [
    "FACT_FORM_HINTS",
    "FACT_FORM_LABELS",
    "cli_form_field_help",
    "discord_bad_figure_line",
    "discord_edit_form_help",
    "discord_fact_added",
    "discord_fact_added_details",
    "discord_fact_edited",
    "discord_fact_restored",
    "discord_fact_retired",
    "discord_factadmin_add_help",
    "discord_factadmin_edit_help",
    "discord_factadmin_help",
    "discord_factadmin_history_help",
    "discord_factadmin_queue_help",
    "discord_factadmin_restore_help",
    "discord_factadmin_retire_help",
    "discord_figures_placeholder",
    "discord_form_aliases",
    "discord_form_aliases_hint",
    "discord_form_details_title",
    "discord_form_edit_title",
    "discord_form_figures",
    "discord_form_figures_hint",
    "discord_form_new_title",
    "discord_form_quote",
    "discord_form_quote_hint",
    "discord_form_source",
    "discord_form_source_hint",
    "discord_history_change",
    "discord_history_empty",
    "discord_history_line",
    "discord_history_title",
    "discord_nothing_changed",
    "discord_proposer_not_told",
    "discord_proposer_told_of_rejection",
    "discord_queue_approve",
    "discord_queue_dismiss",
    "discord_queue_empty",
    "discord_queue_item_gone",
    "discord_queue_kind_help",
    "discord_queue_make_fact",
    "discord_queue_page",
    "discord_queue_page_help",
    "discord_queue_reject",
    "discord_queue_report",
    "discord_queue_resolve",
    "discord_queue_suggestion",
    "discord_queue_title",
    "discord_queue_unmatched",
    "discord_reject_placeholder",
    "discord_reject_reason",
    "discord_reject_title",
    "discord_report_resolved",
    "discord_source_placeholder",
    "discord_suggestion_approved",
    "discord_suggestion_rejected",
    "discord_unmatched_dismissed",
    "discord_version_help",
    "fact_form_hint",
    "fact_form_label",
    "fact_form_problems",
]

# -- Discord moderators ----------------------------------------------------------------------

def discord_factadmin_help() -> str:
    return "Edit this server's facts and review its queue"


def discord_factadmin_add_help() -> str:
    return "Add a fact (opens a form)"


def discord_factadmin_edit_help() -> str:
    return "Edit a fact (opens a form with its current fields)"


def discord_factadmin_retire_help() -> str:
    return "Stop serving a fact (it is kept and can be restored)"


def discord_factadmin_restore_help() -> str:
    return "Serve a retired fact again, or bring back an earlier version"


def discord_factadmin_history_help() -> str:
    return "Every change to a fact: who, when, what"


def discord_factadmin_queue_help() -> str:
    return "Unmatched claims, suggestions and reports waiting for a decision"


def discord_version_help() -> str:
    return "The version to bring back (see /factadmin history)"


def discord_queue_kind_help() -> str:
    return "Which items to show (all by default)"


def discord_form_new_title() -> str:
    return "New fact"


def discord_form_edit_title(fact_id: str) -> str:
    return f"Edit {fact_id}"


FACT_FORM_LABELS = {
    "fact_id": "Fact id",
    "claim": "Claim",
    "verdict": "Verdict",
    "summary": "Summary",
    "quote": "Quote from the source",
    "source": "Source",
    "figures": "Figures",
    "aliases": "Other wordings of the claim",
}
FACT_FORM_HINTS = {
    "fact_id": "Optional: lowercase words joined by dashes. Left empty, it is made from the claim.",
    "source": "title | author | publisher | year | link. Left empty: this server's moderators.",
    "figures": "One a line, written VALUE = WHAT, e.g. “$110 billion = trade in 2018”.",
    "aliases": "One a line; each is matched like the claim.",
}


def fact_form_label(field: str) -> str:
    """The label of a fact-form field, the same on every platform."""
    return FACT_FORM_LABELS[field]


def fact_form_hint(field: str) -> str:
    return FACT_FORM_HINTS.get(field, "")


def discord_form_figures() -> str:
    return "Figures"


def discord_form_figures_hint() -> str:
    return "One per line: value = what it measures"


def discord_form_source() -> str:
    return "Source"


def discord_form_source_hint() -> str:
    return "title | author | publisher | year | link (all but the title may be left out)"


def discord_figures_placeholder() -> str:
    return "$100 billion = Russia-China trade in 2018"


def discord_source_placeholder() -> str:
    return "Are Russia and China Really Forming an Alliance? | Leon Aron | Foreign Affairs | 2019"


def discord_bad_figure_line(line: str) -> str:
    return f"figure “{line}” needs the form value = what it measures"
def cli_form_field_help(label: str, limit: int, *, repeatable: bool) -> str:
    """`factbot facts add|edit` help for a fact-form field."""
    if repeatable:
        return f"{label}, one an option; repeatable, at most {limit:,} characters in all."
    return f"{label}, at most {limit:,} characters."


def fact_form_problems(fact_id: str | None, by_label: list[tuple[str, list[str]]]) -> str:
    """A fact form's problems where the form cannot mark its fields: one line per field."""
    who = f"Fact '{fact_id}'" if fact_id else "That fact"
    lines = [(f"**{label}**: " if label else "") + "; ".join(problems) + "."
             for label, problems in by_label]
    return f"{who} was not saved:\n" + "\n".join(lines)


def discord_fact_added(fact_id: str) -> str:
    return f"Added fact '{fact_id}'; it is served from now on."


def discord_fact_edited(fact_id: str, version: int) -> str:
    return f"Saved '{fact_id}' as version {version}."


def discord_nothing_changed(fact_id: str) -> str:
    return f"Nothing changed in '{fact_id}', so nothing was saved."


def discord_form_details_title(fact_id: str) -> str:
    return f"Quote and aliases: {fact_id}"


def discord_form_quote() -> str:
    return "Quote"


def discord_form_quote_hint() -> str:
    return "The passage of the source that settles the claim, word for word"


def discord_form_aliases() -> str:
    return "Other wordings of the claim"


def discord_form_aliases_hint() -> str:
    return "One per line; each is matched like the claim itself"


def discord_edit_form_help() -> str:
    return "Which part of the fact to edit (default: the claim, verdict, summary and source)"


def discord_fact_added_details(fact_id: str) -> str:
    return (f"Added fact '{fact_id}'; it is served from now on. To give it a quote or other "
            f"wordings, use /factadmin edit id:{fact_id} form:quote and aliases.")


def discord_fact_retired(fact_id: str) -> str:
    return f"Retired '{fact_id}'; /factadmin restore brings it back."


def discord_fact_restored(fact_id: str, version: int) -> str:
    return f"Restored '{fact_id}' (now version {version})."


def discord_history_title(fact_id: str) -> str:
    return f"History of {fact_id}"


def discord_history_line(version: int, action: str, who: str, when: str, retired: bool) -> str:
    state = " (retired)" if retired else ""
    return f"v{version} · {action} by {who} · {when}{state}"


def discord_history_change(field: str, before: str, after: str) -> str:
    return f"  └ {field}: {before or '(none)'} → {after or '(none)'}"


def discord_history_empty() -> str:
    return "Unchanged since it was loaded from its pack."


def discord_queue_title() -> str:
    return "Moderation queue"


def discord_queue_empty() -> str:
    return "Nothing is waiting. 🎉"


def discord_queue_suggestion(number: int, item_id: int, claim: str, note: str,
                             fact_id: str | None) -> str:
    what = f"correction of `{fact_id}`" if fact_id else "new fact"
    line = f"**{number}.** Suggestion #{item_id} ({what}): {claim}"
    return line + (f"\n> {note}" if note else "")


def discord_queue_report(number: int, item_id: int, claim: str, reason: str,
                         fact_id: str | None) -> str:
    about = f" about `{fact_id}`" if fact_id else ""
    return f"**{number}.** Report #{item_id}{about}: {claim}\n> {reason}"


def discord_queue_unmatched(number: int, item_id: int, text: str, count: int) -> str:
    return f"**{number}.** Unmatched #{item_id}, asked {count}×: {text}"


def discord_queue_page_help() -> str:
    return "Which page of the queue (five items a page)"


def discord_queue_page(page: int, more: bool) -> str:
    return f"Page {page}" + (f" · more: /factadmin queue page:{page + 1}" if more else "")


def discord_queue_approve() -> str:
    return "Approve"


def discord_queue_reject() -> str:
    return "Reject"


def discord_queue_resolve() -> str:
    return "Resolve"


def discord_queue_make_fact() -> str:
    return "Turn into fact"


def discord_queue_dismiss() -> str:
    return "Dismiss"


def discord_queue_item_gone(item_id: int) -> str:
    return f"Item #{item_id} is no longer in the queue."


def discord_suggestion_approved(item_id: int, fact_id: str | None) -> str:
    return f"Approved suggestion #{item_id}; fact '{fact_id}' is served now."


def discord_suggestion_rejected(item_id: int) -> str:
    return f"Rejected suggestion #{item_id}."


def discord_reject_title(item_id: int) -> str:
    return f"Reject suggestion #{item_id}"


def discord_reject_reason() -> str:
    return "Why? (the member who suggested it is told)"


def discord_reject_placeholder() -> str:
    return "e.g. The source says the opposite; see page 3."


def discord_proposer_told_of_rejection(server: str, claim: str, reason: str) -> str:
    return (f"Your suggestion in {server} (“{claim}”) was not accepted by its moderators. "
            f"Their reason: {reason}")


def discord_proposer_not_told(item_id: int) -> str:
    return (f"Rejected suggestion #{item_id}, but I couldn't tell the member who suggested it: "
            "their direct messages are closed or they left the server.")


def discord_report_resolved(item_id: int) -> str:
    return f"Marked report #{item_id} as resolved."


def discord_unmatched_dismissed(item_id: int) -> str:
    return f"Dismissed unmatched claim #{item_id}; it comes back if someone asks again."
