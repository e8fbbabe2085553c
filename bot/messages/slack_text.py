"""Slack's own wording: App Home, modals, shortcuts and slash command answers."""

from __future__ import annotations

__all__ = [
    "slack_add_fact_title",
    "slack_approve",
    "slack_asked_count",
    "slack_asked_times",
    "slack_button_helpful",
    "slack_button_not_helpful",
    "slack_button_report",
    "slack_button_show_quote",
    "slack_button_suggest",
    "slack_by",
    "slack_cancel",
    "slack_claim_too_short",
    "slack_close",
    "slack_dismiss",
    "slack_edit",
    "slack_edit_fact_title",
    "slack_edit_settings",
    "slack_fact_gone",
    "slack_fact_status",
    "slack_fact_title",
    "slack_feedback_thanks",
    "slack_field_claim",
    "slack_field_problem",
    "slack_field_summary",
    "slack_field_verdict",
    "slack_find",
    "slack_find_label",
    "slack_find_title",
    "slack_history",
    "slack_home_howto",
    "slack_home_moderation",
    "slack_home_most_asked",
    "slack_home_settings",
    "slack_home_title",
    "slack_make_fact",
    "slack_mention_help",
    "slack_no_fact_found",
    "slack_no_history",
    "slack_no_quote",
    "slack_none_asked",
    "slack_not_allowed",
    "slack_nothing_to_check",
    "slack_notice_title",
    "slack_open",
    "slack_pick_verdict",
    "slack_queue_counts",
    "slack_queue_reports",
    "slack_queue_suggestions",
    "slack_queue_unmatched",
    "slack_reason_too_short",
    "slack_reject",
    "slack_reject_reason_label",
    "slack_reject_title",
    "slack_reply_mode",
    "slack_report_about",
    "slack_report_intro",
    "slack_report_reason_label",
    "slack_report_resolved",
    "slack_report_thanks",
    "slack_report_title",
    "slack_request_refused",
    "slack_resolution_label",
    "slack_resolve",
    "slack_resolve_title",
    "slack_restore",
    "slack_restore_version",
    "slack_retire",
    "slack_save",
    "slack_send",
    "slack_setting_channel_cooldown",
    "slack_setting_groups",
    "slack_setting_groups_hint",
    "slack_setting_reply_mode",
    "slack_setting_threshold",
    "slack_setting_user_cooldown",
    "slack_setting_watched",
    "slack_settings_summary",
    "slack_settings_title",
    "slack_source_link",
    "slack_suggest_note_label",
    "slack_suggest_summary_label",
    "slack_suggest_thanks",
    "slack_suggest_title",
    "slack_suggestion_about",
    "slack_tokens_revoked",
    "slack_uninstalled",
    "slack_version_line",
]

# -- Slack --------------------------------------------------------------------------------------

def slack_source_link() -> str:
    return "open"


def slack_button_show_quote() -> str:
    return "Show quote"


def slack_button_helpful() -> str:
    return "Helpful"


def slack_button_not_helpful() -> str:
    return "Not helpful"


def slack_button_report() -> str:
    return "Report wrong answer"


def slack_button_suggest() -> str:
    return "Suggest a fact"


def slack_no_quote() -> str:
    return "This fact has no quote from its source."


def slack_fact_gone() -> str:
    return "That fact is no longer in this workspace's fact base."


def slack_cancel() -> str:
    return "Cancel"


def slack_send() -> str:
    return "Send"


def slack_save() -> str:
    return "Save"


def slack_nothing_to_check() -> str:
    return "That message has no text I can check."


def slack_mention_help(command: str) -> str:
    return (f"Mention me with a claim, e.g. “@factbot Russia and China are allies”, "
            f"or use {command} CLAIM.")


def slack_feedback_thanks(helpful: bool) -> str:
    if helpful:
        return "Thanks, glad it helped."
    return "Thanks for telling us; the moderators will see it."


def slack_report_title() -> str:
    return "Report wrong answer"


def slack_report_intro(claim: str) -> str:
    return f"You are reporting the answer to: “{claim}”"


def slack_report_reason_label() -> str:
    return "What is wrong with the answer?"


def slack_report_thanks() -> str:
    return "Thanks, your report is with the moderators."


def slack_reason_too_short(minimum: int) -> str:
    return f"Write at least {minimum} characters so the moderators know what you mean."


def slack_suggest_title() -> str:
    return "Suggest a fact"


def slack_field_claim() -> str:
    return "Claim"


def slack_suggest_note_label() -> str:
    return "Where is it from? (a link or the publication)"


def slack_claim_too_short(minimum: int) -> str:
    return f"Write the claim as a sentence of at least {minimum} characters."


def slack_field_verdict() -> str:
    return "Verdict"


def slack_pick_verdict() -> str:
    return "Pick a verdict."


def slack_suggest_summary_label() -> str:
    return "What is the answer, in a sentence or two?"


def slack_suggest_thanks() -> str:
    return "Thanks, your suggestion waits for a moderator."


def slack_close() -> str:
    return "Close"


def slack_notice_title() -> str:
    return "factbot"


def slack_not_allowed(role: str) -> str:
    return (f"Only a workspace {role} can do that. Workspace admins and owners are moderators, "
            "and so are members of the user groups an admin named in factbot's settings.")


def slack_field_summary() -> str:
    return "Summary"


def slack_add_fact_title() -> str:
    return "Add a fact"


def slack_edit_fact_title() -> str:
    return "Edit fact"


def slack_fact_title() -> str:
    return "Fact"


def slack_fact_status(fact_id: str, version: int, retired: bool, origin: str) -> str:
    state = "retired" if retired else "serving"
    where = "bundled pack" if origin == "pack" else "this workspace"
    return f"id {fact_id} · version {version} · {state} · from {where}"


def slack_edit() -> str:
    return "Edit"


def slack_retire() -> str:
    return "Retire"


def slack_restore() -> str:
    return "Restore"


def slack_history() -> str:
    return "History"


def slack_restore_version() -> str:
    return "Restore this version"


def slack_no_history(fact_id: str) -> str:
    return f"'{fact_id}' is a bundled fact nobody here has changed, so it has no history yet."


def slack_version_line(version: int, action: str, who: str, when: str) -> str:
    return f"*v{version}* · {action} · {who} · {when}"


def slack_find_title() -> str:
    return "Find a fact"


def slack_find() -> str:
    return "Find"


def slack_find_label() -> str:
    return "Fact id or words from the claim"


def slack_no_fact_found(query: str) -> str:
    return f"No fact matches “{query}”. Try other words, or add it as a new fact."


def slack_open() -> str:
    return "Open"


def slack_settings_title() -> str:
    return "factbot settings"


def slack_setting_reply_mode() -> str:
    return "Answers to /factcheck and the shortcut"


def slack_reply_mode(mode: str) -> str:
    return {"public": "In the channel", "thread": "In the channel, in a thread",
            "private": "Only to the person who asked"}.get(mode, mode)


def slack_setting_watched() -> str:
    return "Channels watched without being asked"


def slack_setting_threshold() -> str:
    return "Match threshold (0 to 1)"


def slack_setting_channel_cooldown() -> str:
    return "Quiet time per channel after an unasked answer (seconds)"


def slack_setting_user_cooldown() -> str:
    return "Quiet time per person after an unasked answer (seconds)"


def slack_setting_groups() -> str:
    return "Moderator user groups"


def slack_setting_groups_hint() -> str:
    return ("User group ids (S…), separated by commas. Workspace admins and owners "
            "always moderate.")


def slack_settings_summary(mode: str, threshold: float, channel_s: int, user_s: int) -> str:
    return (f"Answers: {mode}. Match threshold: {threshold:g}. Quiet time after an unasked "
            f"answer: {channel_s} s per channel, {user_s} s per person.")


def slack_edit_settings() -> str:
    return "Edit settings"


def slack_home_title() -> str:
    return "factbot checks claims against cited facts"


def slack_home_howto(command: str) -> str:
    return (f"• Type {command} followed by a claim, e.g. {command} Russia and China are allies\n"
            "• Mention @factbot with a claim in any channel it is in; it answers in a thread\n"
            "• On any message, open its ⋯ menu and choose “Fact-check this message”\n"
            "• Under an answer, tell us if it helped, or report it if it is wrong")


def slack_home_most_asked() -> str:
    return "Most asked here"


def slack_none_asked() -> str:
    return "Nothing has been asked in this workspace yet."


def slack_asked_count(count: int) -> str:
    return f"asked {count} time{'s' if count != 1 else ''}"


def slack_home_moderation() -> str:
    return "Moderation"


def slack_queue_counts(unmatched: str, suggestions: str, reports: str) -> str:
    return (f"Unmatched claims: {unmatched} · Suggestions waiting: {suggestions} · "
            f"Open reports: {reports}")


def slack_queue_unmatched() -> str:
    return "Asked but not answered"


def slack_queue_suggestions() -> str:
    return "Suggestions"


def slack_queue_reports() -> str:
    return "Reports of wrong answers"


def slack_asked_times(count: int, last: str) -> str:
    return f"asked {count} time{'s' if count != 1 else ''}, last on {last}"


def slack_make_fact() -> str:
    return "Make a fact"


def slack_dismiss() -> str:
    return "Dismiss"


def slack_approve() -> str:
    return "Approve"


def slack_reject() -> str:
    return "Reject"


def slack_resolve() -> str:
    return "Resolve"


def slack_by() -> str:
    return "by"


def slack_suggestion_about(item_id: int, fact_id: str | None, claim: str) -> str:
    if fact_id:
        return f"#{item_id}: a correction of '{fact_id}'"
    return f"#{item_id}: a new fact, “{claim}”"


def slack_report_about(item_id: int, fact_id: str | None, claim: str) -> str:
    about = f"the answer from '{fact_id}'" if fact_id else "a “no matching fact” answer"
    return f"#{item_id}: {about} to “{claim}”"


def slack_reject_title() -> str:
    return "Reject suggestion"


def slack_reject_reason_label() -> str:
    return "Why? The person who suggested it will see this."


def slack_resolve_title() -> str:
    return "Resolve report"


def slack_resolution_label() -> str:
    return "What was done? The person who reported it will see this."


def slack_report_resolved(item_id: int, resolution: str) -> str:
    done = f" {resolution}" if resolution else ""
    return f"Your report #{item_id} was looked at by the moderators.{done}"


def slack_home_settings() -> str:
    return "Settings of this workspace"


_SLACK_DATA_KEPT = ("its own facts, settings and queues stay in the database and serve it "
                    "again if it installs factbot again")


def slack_uninstalled(team: str, *, oauth: bool) -> str:
    token = ("its stored bot token was deleted" if oauth else
             "the configured bot token (SLACK_BOT_TOKEN) no longer works for it")
    return f"Slack workspace {team} uninstalled factbot: {token}; {_SLACK_DATA_KEPT}."


def slack_tokens_revoked(team: str, *, oauth: bool) -> str:
    token = ("its stored bot token was deleted" if oauth else
             "the configured bot token (SLACK_BOT_TOKEN) no longer works; set a new one")
    return f"Slack workspace {team} revoked factbot's bot token: {token}; {_SLACK_DATA_KEPT}."


def slack_field_problem(problem: str) -> str:
    """A setting's problem shown under its field, whose label names it already."""
    text = problem.strip()
    return f"{text[:1].upper()}{text[1:]}." if text else text


def slack_request_refused(why: str) -> str:
    return f"Slack request refused: {why}"
