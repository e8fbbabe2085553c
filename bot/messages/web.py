"""The moderators' desk on the web: pages, sign-in and form answers."""

from __future__ import annotations

__all__ = [
    "DESK_TEXT",
    "desk_alias_added",
    "desk_csrf_failed",
    "desk_fact_restored",
    "desk_fact_retired",
    "desk_fact_saved",
    "desk_not_found",
    "desk_not_moderator",
    "desk_page_of",
    "desk_platform_unavailable",
    "desk_reason_needed",
    "desk_recheck_failed",
    "desk_report_resolved",
    "desk_signed_in_as",
    "desk_signin_expired",
    "desk_signin_failed",
    "desk_signin_needed",
    "desk_signin_throttled",
    "desk_suggestion_approved",
    "desk_suggestion_changed",
    "desk_suggestion_rejected",
    "desk_unavailable_port",
]

# -- the moderators' desk on the web ----------------------------------------------------------

# Headings, labels and short sentences of the desk's pages, by the name templates use.
DESK_TEXT: dict[str, str] = {
    "title": "factbot moderators' desk",
    "skip": "Skip to the content",
    "signin_heading": "Sign in",
    "signin_intro": "Sign in with the platform your server lives on. You will see the servers "
                    "where you are a moderator.",
    "signin_discord": "Sign in with Discord",
    "signin_slack": "Sign in with Slack",
    "signout": "Sign out",
    "servers_heading": "Your servers",
    "no_servers": "You are not a moderator of any server factbot knows. Ask a server admin to "
                  "give you Manage Server or a moderator role, then sign in again.",
    "facts": "Facts",
    "unmatched": "Unmatched claims",
    "suggestions": "Suggestions",
    "reports": "Reports",
    "search": "Search",
    "search_label": "Words in the id, claim, aliases or summary",
    "tag": "Tag",
    "verdict": "Verdict",
    "origin": "Origin",
    "any": "any",
    "filter": "Filter",
    "no_facts": "No fact matches these filters.",
    "new_fact": "New fact",
    "save": "Save",
    "retire": "Retire",
    "restore": "Restore",
    "history": "History",
    "edit": "Edit",
    "retired": "retired",
    "status": "Status",
    "served": "served",
    "version": "Version",
    "before": "Before",
    "after": "After",
    "field": "Field",
    "no_history": "This pack fact has not been changed in this server.",
    "previous": "Previous page",
    "next": "Next page",
    "asked": "Asked",
    "first_seen": "First asked",
    "last_seen": "Last asked",
    "make_fact": "Make a fact of it",
    "add_alias": "Answer with an existing fact",
    "alias_fact": "Fact id",
    "dismiss": "Dismiss",
    "queue_empty": "Nothing waiting here.",
    "approve": "Approve",
    "reject": "Reject",
    "reason": "Reason",
    "resolution": "Resolution",
    "resolve": "Resolve",
    "proposed_by": "Proposed by",
    "reported_by": "Reported by",
    "note": "Note",
    "changes": "Changes",
    "new_fact_proposal": "a new fact",
    "figures_help": "One per line: value = what it measures",
    "list_help": "One per line",
    "comma_help": "Separated by commas",
    "source": "Source",
    "problems": "Please fix these and save again:",
    "changed_since": "The fact changed after this was proposed.",
    "proposed_on": "On version {then} (proposed on)",
    "now_at": "Now (version {now})",
    "proposed": "Proposed",
    "not_proposed": "(not changed by the suggestion)",
    "approve_on": "Approve on version {now}",
}


def desk_signed_in_as(name: str, platform: str) -> str:
    return f"Signed in as {name} ({platform.capitalize()})."


def desk_not_moderator(server: str) -> str:
    return (f"You are not a moderator of {server} (any more): Manage Server, a workspace admin "
            "or owner, or a moderator role or user group its admins named is needed.")


def desk_signin_needed() -> str:
    return "Please sign in to use the desk."


def desk_signin_failed(platform: str, reason: str) -> str:
    return (f"Signing in with {platform.capitalize()} did not work ({reason}). "
            "Please try again from the sign-in page.")


def desk_signin_expired() -> str:
    return ("This sign-in link was already used or has expired. "
            "Please start again from the sign-in page.")


def desk_signin_throttled(minutes: int) -> str:
    return (f"Too many sign-in attempts from your address. Please wait {minutes} minutes "
            "and try again.")


def desk_csrf_failed() -> str:
    return ("This form is out of date or did not come from the desk. Reload the page and "
            "submit it again.")


def desk_platform_unavailable(platform: str) -> str:
    return f"Signing in with {platform.capitalize()} is not set up on this desk."


def desk_recheck_failed(platform: str) -> str:
    return (f"The desk could not confirm with {platform.capitalize()} just now that you still "
            "moderate your servers, so it cannot let you in. Please try again in a moment.")


def desk_not_found() -> str:
    return "There is nothing at this address."


def desk_fact_saved(fact_id: str, version: int) -> str:
    return f"Saved {fact_id} as version {version}."


def desk_fact_retired(fact_id: str) -> str:
    return f"{fact_id} is retired: factbot no longer answers with it."


def desk_fact_restored(fact_id: str) -> str:
    return f"{fact_id} is served again."


def desk_alias_added(fact_id: str) -> str:
    return f"The claim is now an alias of {fact_id}; factbot answers it with that fact."


def desk_suggestion_approved(item_id: int, fact_id: str) -> str:
    return f"Suggestion #{item_id} approved: {fact_id} is served."


def desk_suggestion_changed(item_id: int, fact_id: str, current: int) -> str:
    return (f"Suggestion #{item_id} was not applied: {fact_id} has changed since it was "
            f"proposed and is at version {current} now. Compare the two versions below, then "
            f"approve it on version {current}, or reject it.")


def desk_suggestion_rejected(item_id: int) -> str:
    return f"Suggestion #{item_id} rejected; the proposer is told your reason."


def desk_report_resolved(item_id: int) -> str:
    return f"Report #{item_id} resolved."


def desk_reason_needed() -> str:
    return "Please write a reason: the person who proposed it reads it."


def desk_page_of(page: int, shown: int, total: int) -> str:
    return f"Page {page}: {shown} of {total}."


def desk_unavailable_port(host: str, port: int, reason: str) -> str:
    return (f"cannot listen on {host}:{port} for the moderators' desk ({reason}); "
            "set web.port (FACTBOT_WEB_PORT) to a free port, or web.enabled = false")


# -- drafting facts from a source -------------------------------------------------------------

__all__ += [
    "desk_draft_batch",
    "desk_draft_coverage",
    "desk_draft_empty",
    "desk_draft_published",
    "desk_draft_unreadable",
]

DESK_TEXT.update({
    "draft": "Draft from a source",
    "draft_intro": "Paste an article or upload it (a .txt file, or an HTML page saved to disk). "
                   "You get a draft fact for each sentence that says something checkable: the "
                   "sentence as the quote, its figures, a suggested claim and the source. "
                   "Review them, edit what needs it, and publish the ones you choose.",
    "draft_file": "File",
    "draft_file_help": "UTF-8 text or an HTML page; it wins over the text box",
    "draft_text": "Or paste the text",
    "draft_source_help": "Left empty, the page's own title and meta tags are used, and "
                         "for a text its first line is the title",
    "draft_source_title": "Title",
    "draft_source_author": "Author",
    "draft_source_publisher": "Publisher",
    "draft_source_date": "Date",
    "draft_source_url": "Link",
    "draft_submit": "Draft facts",
    "draft_coverage": "Coverage of the source",
    "draft_uncovered": "Sentences no fact of this server quotes yet (line: sentence):",
    "draft_list": "Draft facts",
    "draft_none": "No draft is left to review.",
    "draft_line": "Line",
    "draft_covered": "already quoted by a fact",
    "draft_pick": "Publish this fact",
    "draft_publish": "Publish the chosen facts",
    "draft_kind_figure": "a figure",
    "draft_kind_event": "an event",
    "draft_kind_actors": "who did what",
    "draft_kind_judgment": "a judgment",
    "draft_previous": "Previous drafts",
    "draft_next": "Next drafts",
})


def desk_draft_batch(first: int, last: int, total: int) -> str:
    return f"Drafts {first} to {last} of {total}; publish these, then go on to the next ones."


def desk_draft_coverage(covered: int, total: int, share: float) -> str:
    return (f"This server's facts quote {covered} of the source's {total} sentences "
            f"({share:.0%}).")


def desk_draft_empty() -> str:
    return "Paste the article's text or choose a file to draft facts from."


def desk_draft_unreadable(name: str, detail: str) -> str:
    return (f"{name} is not UTF-8 text ({detail}). Save the page or article as UTF-8 and "
            "upload it again.")


def desk_draft_published(count: int) -> str:
    return (f"Published {count} fact(s): factbot now answers with them. "
            "The coverage below counts them.")
