"""Discord's own wording: buttons, forms, /facts, /factadmin and /factbot."""

from __future__ import annotations

from bot.messages.replies import confidence

__all__ = [
    "discord_button_label",
    "discord_buttons_in_servers_only",
    "discord_cannot_read_replied_to",
    "discord_checking_message_by",
    "discord_claim_field",
    "discord_claim_option_help",
    "discord_did_you_mean_heading",
    "discord_dms_closed",
    "discord_dms_off",
    "discord_fact_footer",
    "discord_fact_gone",
    "discord_fact_id_help",
    "discord_factcheck_help",
    "discord_facts_help",
    "discord_facts_search_help",
    "discord_facts_show_help",
    "discord_footer",
    "discord_form_expired",
    "discord_form_expired_typed",
    "discord_form_note",
    "discord_helpful",
    "discord_intents_refused",
    "discord_message_menu_name",
    "discord_missing_access",
    "discord_more_claims",
    "discord_no_quote",
    "discord_not_admin",
    "discord_not_allowed",
    "discord_not_helpful",
    "discord_not_moderator",
    "discord_nothing_to_check",
    "discord_query_help",
    "discord_report_filed",
    "discord_report_placeholder",
    "discord_report_reason",
    "discord_report_title",
    "discord_report_wrong",
    "discord_retrying",
    "discord_search_nothing",
    "discord_search_title",
    "discord_show_quote",
    "discord_source",
    "discord_source_heading",
    "discord_store_unavailable",
    "discord_suggest_claim_help",
    "discord_suggest_help",
    "discord_suggest_note_help",
    "discord_suggest_summary_help",
    "discord_suggest_title",
    "discord_suggest_verdict_help",
    "discord_suggestion_filed",
    "discord_thanks_for_feedback",
    "discord_thread_name",
    "discord_token_refused",
    "discord_went_wrong",
]

# -- Discord ------------------------------------------------------------------------------------

def discord_retrying(reason: str, seconds: float) -> str:
    return f"cannot connect to Discord ({reason}); retrying in {seconds:.1f} s"


def discord_token_refused() -> str:
    return ("Discord refused the bot token (401 Unauthorized); set DISCORD_TOKEN (or "
            "DISCORD_TOKEN_FILE) to the token on the Developer Portal's Bot tab, or Reset Token "
            "there and use the new one")


def discord_intents_refused() -> str:
    return ("Discord refused the message-content intent; turn on Message Content Intent on the "
            "Developer Portal's Bot tab, or set FACTBOT_MESSAGE_CONTENT=0")


def discord_footer(score: float) -> str:
    return confidence(score)


def discord_fact_footer(fact_id: str, pack: str | None = None) -> str:
    return f"Fact {fact_id} · pack {pack}" if pack else f"Fact {fact_id}"


def discord_source_heading() -> str:
    return "Source"


def discord_source(title: str, author: str | None, publisher: str | None,
                   published: str | None) -> str:
    return ", ".join([f"“{title}”", *(p for p in (author, publisher, published) if p)])


def discord_did_you_mean_heading() -> str:
    return "Did you mean"


def discord_no_quote() -> str:
    return "This fact has no quote on record; see its source."


def discord_factcheck_help() -> str:
    return "Check a claim against the cited fact base"


def discord_claim_option_help() -> str:
    return "The claim to check, e.g. Russia and China are allies"


def discord_message_menu_name() -> str:
    return "Fact-check this message"


def discord_nothing_to_check() -> str:
    return "That message has no text I can check."


def discord_checking_message_by(author: str, link: str) -> str:
    return f"Checking {link} by {author}:"


def discord_not_allowed() -> str:
    return "Sorry, you can't use that here."


def discord_dms_off() -> str:
    return "I only answer inside servers; use this command in a server channel."


def discord_not_moderator() -> str:
    return ("Sorry, only moderators can do that: members with Manage Server, or a role the "
            "admins named in /factbot config.")


def discord_not_admin() -> str:
    return "Sorry, only members with Manage Server can change factbot's settings."


def discord_missing_access(channel: str) -> str:
    return (f"I couldn't post in {channel}: I'm missing a permission there (Send Messages, "
            "Embed Links, Add Reactions or Create Public Threads). An admin can fix this in "
            "the channel's settings.")


def discord_cannot_read_replied_to() -> str:
    return ("I can't read the message you replied to: this bot runs without Discord's "
            "message-content access, so it only sees messages that mention it. Use the "
            "message's menu instead: Apps → Fact-check this message.")


def discord_dms_closed() -> str:
    return ("I couldn't send you the answer privately: your direct messages are closed to "
            "members of this server. Use /factcheck here for an answer only you can see.")


def discord_buttons_in_servers_only() -> str:
    return "That button works on answers inside a server; open the answer there to use it."


def discord_store_unavailable() -> str:
    return ("The fact store can't be reached right now, so that couldn't be done; nothing was "
            "changed. Try again in a few minutes. Fact checks still answer, from the bundled "
            "facts only.")


def discord_form_expired() -> str:
    return ("This form expired before it was sent (forms close after 15 minutes, and when the "
            "bot restarts), so nothing was saved. Please open it again with the same button or "
            "command and send it once more.")


def discord_form_expired_typed() -> str:
    return "What you typed, to paste back:"


def discord_went_wrong() -> str:
    return ("Something went wrong there, sorry; it was logged for whoever runs this bot. "
            "Try again, or tell your server's admins if it keeps happening.")


def discord_thread_name() -> str:
    return "Fact check"


# buttons under a verdict

def discord_claim_field(number: int, heading: str, claim: str) -> str:
    return f"{number}. {heading}: “{claim}”"


def discord_more_claims(count: int) -> str:
    return (f"{count} more claim(s) not shown; check them one at a time with /factcheck."
            if count else "")


def discord_button_label(label: str, number: int | None) -> str:
    return f"{label} ({number})" if number is not None else label


def discord_show_quote() -> str:
    return "Show quote"


def discord_helpful() -> str:
    return "Helpful"


def discord_not_helpful() -> str:
    return "Not helpful"


def discord_report_wrong() -> str:
    return "Report wrong answer"


def discord_fact_gone() -> str:
    return "This fact is no longer served here; its moderators retired or replaced it."


def discord_thanks_for_feedback(helpful: bool) -> str:
    if helpful:
        return "Thanks, glad it helped."
    return "Thanks for telling us; the moderators will see it."


def discord_report_title() -> str:
    return "Report a wrong answer"


def discord_report_reason() -> str:
    return "What is wrong with this answer?"


def discord_report_placeholder() -> str:
    return "e.g. the source says something else, or the claim was about another topic"


def discord_report_filed() -> str:
    return "Thanks, your report is in the moderators' queue."


# /facts and /suggest

def discord_facts_help() -> str:
    return "Browse the facts this server checks against"


def discord_facts_search_help() -> str:
    return "Find facts by words or id"


def discord_query_help() -> str:
    return "Words from the claim, or the start of a fact id"


def discord_facts_show_help() -> str:
    return "Show one fact with its source"


def discord_fact_id_help() -> str:
    return "The fact's id (start typing to pick one)"


def discord_search_title(query: str) -> str:
    return f"Facts for “{query}”"


def discord_search_nothing() -> str:
    return "No fact matches that. Try other words, or /suggest a new fact."


def discord_suggest_help() -> str:
    return "Propose a fact for the moderators to review"


def discord_suggest_claim_help() -> str:
    return "The claim, as people say it"


def discord_suggest_verdict_help() -> str:
    return "Is the claim true, false, misleading or unproven?"


def discord_suggest_summary_help() -> str:
    return "One or two sentences explaining the verdict"


def discord_suggest_note_help() -> str:
    return "Anything the moderators should know"


def discord_suggest_title() -> str:
    return "Suggest a fact"


def discord_form_note() -> str:
    return "Note for the moderators"


def discord_suggestion_filed(suggestion_id: int) -> str:
    return f"Thanks! Your suggestion #{suggestion_id} is waiting for a moderator."
