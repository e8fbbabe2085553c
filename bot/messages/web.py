"""The moderators' desk on the web: pages, sign-in and form answers."""

from __future__ import annotations

__all__ = [
    "DESK_TEXT",
    "desk_alias_added",
    "desk_body_too_large",
    "desk_csrf_failed",
    "desk_fact_restored",
    "desk_fact_retired",
    "desk_fact_saved",
    "desk_import_changed_since",
    "desk_import_confirm_broken",
    "desk_import_format_unknown",
    "desk_import_no_file",
    "desk_import_not_utf8",
    "desk_import_preview_heading",
    "desk_import_too_large",
    "desk_imported",
    "desk_more_not_shown",
    "desk_not_found",
    "desk_not_moderator",
    "desk_page_of",
    "desk_platform_unavailable",
    "desk_reason_needed",
    "desk_recheck_failed",
    "desk_report_resolved",
    "desk_settings_admins_only",
    "desk_settings_same",
    "desk_signed_in_as",
    "desk_signin_expired",
    "desk_signin_failed",
    "desk_signin_needed",
    "desk_signin_throttled",
    "desk_stats_channels_desc",
    "desk_stats_checks_desc",
    "desk_stats_facts_desc",
    "desk_stats_feedback_desc",
    "desk_stats_no_channel",
    "desk_stats_not_served",
    "desk_stats_period",
    "desk_stats_unmatched_desc",
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
    "settings": "Settings",
    "transfer": "Import / export",
    # Settings
    "settings_intro": "How factbot answers in this server. The same settings as /factbot "
                      "config in chat and `factbot server set` on the command line.",
    "settings_read_only": "Only the server's administrators (Manage Server; workspace admins "
                          "and owners) change these settings; you can read them.",
    "settings_problems": "Nothing was saved. Please fix these and save again:",
    "all_packs": "Every pack, including packs added later",
    "yes": "yes",
    "no": "no",
    "setting_enabled_packs": "Fact packs",
    "setting_enabled_packs_help": "The bundled packs this server answers from, besides its "
                                  "own facts.",
    "setting_threshold": "Match threshold",
    "setting_threshold_help": "From 0 to 1: how close a claim must be to a fact to be answered "
                              "with it. Higher answers less often, and more surely.",
    "setting_reply_mode": "Answers",
    "setting_reply_mode_help": "public: in the channel; thread: in a thread; private: only the "
                               "asker sees them, and passive watch is silent.",
    "setting_watched_channels": "Watched channels",
    "setting_watched_channels_help": "Channel ids, separated by commas: their messages are "
                                     "checked without being asked.",
    "setting_passive_reaction_first": "React first in watched channels",
    "setting_passive_reaction_first_help": "yes: react with the verdict's emoji and answer "
                                           "when someone adds it too; no: answer at once.",
    "setting_channel_cooldown_s": "Channel quiet time (seconds)",
    "setting_channel_cooldown_s_help": "After an unasked answer, how long a channel is left "
                                       "alone (0 to 86400).",
    "setting_user_cooldown_s": "Member quiet time (seconds)",
    "setting_user_cooldown_s_help": "After an unasked answer, how long that member's messages "
                                    "are left alone (0 to 86400).",
    "setting_moderator_roles": "Moderator roles or user groups",
    "setting_moderator_roles_help": "Role ids (Discord) or user group ids (Slack), separated "
                                    "by commas: their members moderate, here and in chat.",
    "setting_language": "Language",
    "setting_language_help": "The language of factbot's answers.",
    "setting_allow_dms": "Answer direct messages",
    "setting_allow_dms_help": "Whether members may ask factbot in a direct message.",
    "setting_reviewer_name": "Reviewing organisation",
    "setting_reviewer_name_help": "Who publishes this server's fact checks, for the "
                                  "ClaimReview export (empty: the community moderators).",
    "setting_fact_page_url": "Address of a fact's page",
    "setting_fact_page_url_help": "With {id} where the fact id goes, e.g. "
                                  "https://example.org/facts/{id}; the ClaimReview export "
                                  "needs it.",
    "setting_log_channel": "Log channel",
    "setting_log_channel_help": "A channel id for notices to admins (missing permissions); "
                                "empty: none.",
    # Import / export
    "export_heading": "Export the server's facts",
    "export_intro": "The facts this server added or edited, retired ones left out; tick the box "
                    "to have every fact it serves, the packs' too.",
    "export_yaml": "YAML pack",
    "export_csv": "CSV (a spreadsheet)",
    "export_claimreview": "ClaimReview JSON-LD (Google's fact check markup)",
    "include_packs": "Also the pack facts this server serves",
    "download": "Download",
    "go_to_settings": "Set it on the settings page",
    "import_heading": "Import facts from a file",
    "import_intro": "A CSV file or a YAML pack (or ClaimReview JSON-LD), as the export writes "
                    "them. Facts with an id this server has get a new version; nothing is "
                    "written until you confirm the preview.",
    "file": "File",
    "format": "Format",
    "format_auto": "From the file's name (.csv, .yaml, .json)",
    "preview_import": "Preview the import",
    "import_problems": "Nothing was imported. Fix these in the file and send it again:",
    "new_facts": "New facts",
    "changed_facts": "Changed facts",
    "unchanged_facts": "Unchanged facts",
    "served_again": "retired now: the import serves it again",
    "confirm_import": "Import these facts",
    "cancel": "Cancel",
    # What is being asked
    "stats": "What is being asked",
    "stats_intro": "Checks members asked for (a command, a mention, the message menu); each "
                   "claim of a message counts once. Days are UTC.",
    "period": "Period",
    "download_csv": "Download CSV",
    "show_table": "The figures as a table",
    "day": "Day",
    "fact": "Fact",
    "claim": "Claim",
    "channel": "Channel",
    "checks": "Checks",
    "no_match_checks": "Checks no fact matched",
    "new_claims": "New unmatched claims",
    "helpful": "Helpful",
    "not_helpful": "Not helpful",
    "stats_checks": "Checks per day by verdict",
    "stats_facts": "Most asked facts",
    "stats_unmatched": "Unmatched claims over time",
    "stats_feedback": "Helpful and not helpful, per fact",
    "stats_channels": "Checks per channel",
    "nothing_recorded": "Nothing was recorded in this period.",
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


# -- what is being asked ----------------------------------------------------------------------

def desk_stats_period(days: int) -> str:
    return f"Last {days} days"


def desk_stats_no_channel() -> str:
    return "no channel (direct messages)"


def desk_stats_not_served() -> str:
    return "(no longer served here)"


def _span(start: str, end: str) -> str:
    return f"from {start} to {end}"


def desk_stats_checks_desc(start: str, end: str, total: int, peak_day: str,
                           peak: int) -> str:
    if not total:
        return f"No checks {_span(start, end)}."
    return (f"Checks per day {_span(start, end)}, each day's column divided by verdict: "
            f"{total} in all, most on {peak_day} ({peak}).")


def desk_stats_facts_desc(start: str, end: str, shown: int, first: str, count: int) -> str:
    if not shown:
        return f"No fact answered a check {_span(start, end)}."
    return (f"The {shown} facts that answered most checks {_span(start, end)}, most first: "
            f"{first} answered {count}.")


def desk_stats_unmatched_desc(start: str, end: str, checks: int, new_claims: int) -> str:
    return (f"Per day {_span(start, end)}, side by side: checks no fact matched ({checks} in "
            f"all) and claims asked for the first time that nothing matched ({new_claims}).")


def desk_stats_feedback_desc(start: str, end: str, facts: int, helpful: int,
                             not_helpful: int) -> str:
    if not facts:
        return f"No helpful or not helpful votes {_span(start, end)}."
    return (f"Votes on answers {_span(start, end)}, per fact, the most voted first: "
            f"{helpful} helpful and {not_helpful} not helpful on {facts} facts.")


def desk_stats_channels_desc(start: str, end: str, channels: int, total: int) -> str:
    if not channels:
        return f"No checks {_span(start, end)}."
    return (f"Checks per channel {_span(start, end)}, the busiest first, each bar divided by "
            f"verdict: {total} checks in {channels} channels.")


# -- settings ---------------------------------------------------------------------------------

def desk_settings_admins_only(server: str) -> str:
    return (f"Only the administrators of {server} (Manage Server; workspace admins and owners) "
            "change its settings.")


def desk_settings_same() -> str:
    return "Nothing changed: the settings are as they were."


# -- import / export --------------------------------------------------------------------------

def desk_import_format_unknown(what: str) -> str:
    return (f"I can't tell the format of “{what}”: name the file .csv, .yaml or .json, or "
            "choose its format.")


def desk_import_no_file() -> str:
    return "Please choose a file to import (it is empty, or none was sent)."


def desk_import_too_large(name: str, megabytes: int) -> str:
    return (f"{name} is larger than {megabytes} MB, more than an import from the desk takes; "
            "split it, or import it with `factbot facts import`.")


def desk_import_not_utf8(name: str, offset: int) -> str:
    return (f"{name} is not UTF-8 text (byte {offset} is not): save it as UTF-8 and send it "
            "again.")


def desk_import_preview_heading(name: str) -> str:
    return f"What importing {name} would change"


def desk_import_changed_since() -> str:
    return ("The server's facts changed since the preview, so nothing was imported yet. This "
            "is what the import would change now; confirm again to import it.")


def desk_import_confirm_broken() -> str:
    return "This confirmation is damaged or out of date: please send the file again."


def desk_imported(added: int, updated: int, unchanged: int) -> str:
    return (f"Imported: {added} new, {updated} changed, {unchanged} left as they were. Each "
            "change is in the fact's history as an import.")


def desk_more_not_shown(count: int) -> str:
    return f"… and {count} more."


def desk_body_too_large(megabytes: int) -> str:
    return (f"What was sent is larger than the desk takes ({megabytes} MB). For a larger "
            "import, split the file or use `factbot facts import`.")


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
