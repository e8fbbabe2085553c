"""Every sentence factbot shows to a person, in one place."""

from __future__ import annotations

from bot.core.models import Check, Verdict

# -- verdicts -----------------------------------------------------------------------------------

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.TRUE: "True",
    Verdict.FALSE: "False",
    Verdict.MISLEADING: "Misleading",
    Verdict.UNPROVEN: "Unproven",
    Verdict.CONTEXT: "Context",
    Verdict.NO_MATCH: "No matching fact",
}

VERDICT_EMOJI: dict[Verdict, str] = {
    Verdict.TRUE: "✅",
    Verdict.FALSE: "❌",
    Verdict.MISLEADING: "⚠️",
    Verdict.UNPROVEN: "❔",
    Verdict.CONTEXT: "ℹ️",
    Verdict.NO_MATCH: "🔍",
}


def verdict_label(verdict: Verdict) -> str:
    return VERDICT_LABELS[verdict]


def verdict_heading(verdict: Verdict) -> str:
    return f"{VERDICT_EMOJI[verdict]} {VERDICT_LABELS[verdict]}"


# -- replies ------------------------------------------------------------------------------------

_CLAIM_OPEN, _CLAIM_CLOSE = "Claim: “", "”"


def claim_as_understood(claim: str) -> str:
    return f"{_CLAIM_OPEN}{claim}{_CLAIM_CLOSE}"


def claim_in_line(line: str) -> str | None:
    """The claim of a line that claim_as_understood wrote, else None."""
    if (len(line) > len(_CLAIM_OPEN) + len(_CLAIM_CLOSE) and line.startswith(_CLAIM_OPEN)
            and line.endswith(_CLAIM_CLOSE)):
        return line[len(_CLAIM_OPEN):-len(_CLAIM_CLOSE)]
    return None


def matched_fact(claim: str) -> str:
    return f"Matched fact: {claim}"


def negation_note(fact_verdict: Verdict) -> str:
    return (
        "Your claim negates the fact on record, whose verdict is "
        f"{VERDICT_LABELS[fact_verdict].lower()}; the verdict above is on your wording."
    )


# Why a claim's wording was read against its fact (Check.reading).
_READING_NOTES: dict[str, str] = {
    "roles": "Your claim swaps who did what to whom",
    "comparison": "Your claim runs the comparison the other way",
    "quantifier": "Your claim says more (only, all, every, always...) than the source states",
    "substitution": "Your claim names someone else where the source names another",
    "opposite": "Your claim says the opposite of what the source says",
    "inference": "Your claim draws a conclusion that this fact does not support on its own",
    "gap": "Your claim makes the gap between them much smaller or larger than the source does",
    "intent": "Your claim and the source differ on whether this was planned or done",
    "negation": "Your claim denies a statement the source does not call simply true or false",
    "certainty": "Your claim is sure of what the source only calls likely",
    "wording": "Your claim is worded too differently from the source for me to judge it",
    "unexplained": "Your claim says more than this fact covers",
}


def reading_note(reading: str, fact_verdict: Verdict, verdict: Verdict) -> str:
    """What the checker read in the claim's wording, and what it did with the verdict."""
    said = _READING_NOTES.get(reading, "Your claim's wording differs from the fact on record")
    if verdict is Verdict.CONTEXT:
        return (f"{said}, so I can't tell whether it is true; here is what the source says "
                f"(the fact on record is {VERDICT_LABELS[fact_verdict].lower()}).")
    return (f"{said}: the fact on record is {VERDICT_LABELS[fact_verdict].lower()}, "
            "so the verdict above is on your wording.")


def wording_note(check: Check) -> str | None:
    """The note on how the claim's wording was read against its fact, if any: the one
    sentence every renderer shows under the claim."""
    fact = check.fact
    if fact is None:
        return None
    if check.reading is not None:
        return reading_note(check.reading, fact.verdict, check.verdict)
    if check.negated:
        return negation_note(fact.verdict)
    return None


def figure_conflict(claimed: str, source_value: str, what: str) -> str:
    return f"You said {claimed}; the source gives {source_value} ({what})."


def figures_heading() -> str:
    return "Figures"


def quote_heading() -> str:
    return "Quote"


def source_line(title: str, author: str | None, publisher: str | None,
                published: str | None) -> str:
    parts = [f"“{title}”"]
    if author:
        parts.append(author)
    if publisher:
        parts.append(publisher)
    if published:
        parts.append(published)
    return "Source: " + ", ".join(parts)


def confidence(score: float) -> str:
    """How closely the claim matches the fact, worded so that it cannot read as how sure the
    verdict is ("❌ False · 58%" is not "58% sure it is false")."""
    return f"Match with this fact: {round(score * 100)}%"


def did_you_mean(claims: list[str]) -> str:
    return "Did you mean: " + "; ".join(f"“{c}”" for c in claims)


def no_match() -> str:
    return "I have no fact on that, so I can't check it."


def no_match_suggestions(claims: list[str]) -> str:
    return "Closest facts I have: " + "; ".join(f"“{c}”" for c in claims)


def empty_claim() -> str:
    return "Give me a claim to check, e.g. “Russia and China are allies”."


def several_claims(count: int) -> str:
    return f"I checked {count} claims in that message."


def internal_error() -> str:
    return "Something went wrong while checking that. The admins have been told."


def truncated_input(limit: int) -> str:
    return f"Only the first {limit} characters were checked."


# -- console ------------------------------------------------------------------------------------

def console_banner(fact_count: int, pack_count: int) -> str:
    return (
        f"factbot console: {fact_count} facts from {pack_count} pack(s). "
        "Type a claim and press Enter; /help for examples, /quit or Ctrl-D ends."
    )


# Claims a newcomer can try, one per kind of answer.
CONSOLE_EXAMPLES = (
    "Russia and China are allies",
    "China invested $100 billion in Russia after Crimea",
    "China sold Russia the S-400",
    "Russia is China's tenth-largest export market",
    "Putin and Xi have met more than 25 times",
)


def console_help(examples: tuple[str, ...] = CONSOLE_EXAMPLES) -> str:
    lines = [
        "Type a claim, or paste a message, and I check it against the fact base:",
        "✅ true, ❌ false, ⚠️ misleading, ❔ unproven, or ℹ️ context where I can show what "
        "the source says but cannot judge your wording; 🔍 when I have no fact on it.",
        "Try:",
        *(f"  {e}" for e in examples),
        "Commands: /help shows this; /quit, /exit or Ctrl-D ends.",
    ]
    return "\n".join(lines)


def console_greeting() -> str:
    return "Hi! Type a claim to check, or /help for examples."


def console_prompt() -> str:
    return "claim> "


def console_bye() -> str:
    return "Bye."


# -- fact lookups -------------------------------------------------------------------------------

def unknown_fact(fact_id: str) -> str:
    return f"No fact with id '{fact_id}'."


def lint_clean(files: int, facts: int) -> str:
    return f"OK: {files} file(s), {facts} fact(s), no errors."


def lint_summary(errors: int, warnings: int) -> str:
    return f"{errors} error(s), {warnings} warning(s)."


def bad_fact_base(problem_count: int) -> str:
    return f"The fact base has {problem_count} error(s); fix them and run again."


def coverage_header(covered: int, total: int, share: float) -> str:
    return f"covered {covered} of {total} sentences ({share:.1%})"


def coverage_uncovered(line: int, sentence: str) -> str:
    return f"{line}: {sentence}"


def coverage_below_minimum(share: float, minimum: float) -> str:
    return (f"The packs quote {share:.1%} of the source's sentences, "
            f"below the minimum {minimum:.1%}.")


def coverage_source_unreadable(detail: str) -> str:
    return f"cannot read it as UTF-8 text ({detail})"


def coverage_source_empty() -> str:
    return "it has no sentences to cover"


def reload_failed_keeping_last(problem_count: int) -> str:
    return (
        f"Fact packs changed but have {problem_count} error(s); "
        "the last good fact base keeps serving."
    )


# -- pack validation ----------------------------------------------------------------------------

def yaml_syntax(detail: str) -> str:
    return f"YAML syntax error: {detail}"


def yaml_alias_refused() -> str:
    return "YAML aliases (*name) are not allowed in fact packs; write the value out"


def yaml_too_deep(limit: int) -> str:
    return f"the document nests deeper than {limit} levels; a fact pack never needs that"


def yaml_too_many_nodes(limit: int) -> str:
    return f"the document has more than {limit} values; split it into several packs"


def pack_too_large(size: int, limit: int) -> str:
    return (
        f"file is {size / 1_048_576:.1f} MB, over the {limit // 1_048_576} MB limit for one pack; "
        "split it into several packs"
    )


def unreadable(exc: OSError) -> str:
    return f"cannot read the file: {exc.strerror or exc}"


def not_utf8(offset: int) -> str:
    return f"not UTF-8 text (bad byte at offset {offset}); save the file as UTF-8"


def empty_pack() -> str:
    return "the file is empty; a pack needs a `source` block and a `facts` list"


def no_packs() -> str:
    return "no fact packs (*.yaml) found here"


def wrong_type(field: str, expected: str) -> str:
    return f"`{field}` must be {expected}"


def duplicate_key(key: str) -> str:
    return f"`{key}` is given twice"


def missing_field(field: str) -> str:
    return f"missing required field `{field}`"


def empty_field(field: str) -> str:
    return f"`{field}` is empty"


def unknown_verdict(value: str) -> str:
    return f"verdict '{value}' is not one of true, false, misleading, unproven"


def bad_fact_id(fact_id: str) -> str:
    return f"id '{fact_id}' must be lowercase letters, digits and single dashes"


def duplicate_id(first: str) -> str:
    return f"duplicate id, first defined at {first}"


def duplicate_pack(pack_id: str, first: str) -> str:
    return f"pack id '{pack_id}' is already used by {first}"


def dangling_related(fact_id: str) -> str:
    return f"related id '{fact_id}' is not a fact in the loaded packs"


def duplicate_claim(other: str) -> str:
    return f"claim text repeats fact '{other}'"


def mixed_scripts(word: str) -> str:
    shown = word.encode("ascii", "backslashreplace").decode("ascii")
    return (f"the word {shown!r} mixes alphabets (a Cyrillic or Greek letter that looks Latin?); "
            "it will not match what people type")


def bidi_controls() -> str:
    return "text holds bidirectional control characters, which can make it read otherwise"


def short_claim() -> str:
    return "claim has three words or fewer; it may match too much"


def alias_is_claim(alias: str, other: str) -> str:
    return f"alias “{alias}” is the claim of fact '{other}'"


# -- configuration and operations ---------------------------------------------------------------

def config_expected(what: str) -> str:
    return f"must be {what}"


def config_password_in_file() -> str:
    return ("this URL carries a password; put it in FACTBOT_DATABASE_URL or FACTBOT_REDIS_URL "
            "(or a file named by the _FILE variable), never in the settings file")


def config_unreadable(exc: OSError) -> str:
    return f"cannot read the settings file: {exc.strerror or exc}"


def config_not_utf8() -> str:
    return "the settings file is not UTF-8 text; save it as UTF-8"


def config_toml_syntax(detail: str) -> str:
    return f"TOML syntax error: {detail}"


def config_unknown(name: str, suggestion: str | None) -> str:
    hint = f"; did you mean '{suggestion}'?" if suggestion else ""
    return f"'{name}' is not a setting factbot knows{hint}"


def config_unknown_env(suggestion: str | None) -> str:
    hint = f"; did you mean {suggestion}?" if suggestion else ""
    return f"this FACTBOT_ variable is not read by factbot and has no effect{hint}"


def config_secret_in_file(env: str) -> str:
    return (f"secrets are never read from the settings file; remove it and set {env} "
            f"(or {env}_FILE naming a file that holds it)")


def config_secret_twice(file_env: str) -> str:
    return f"both this and {file_env} are set; keep only one"


def config_secret_file_unreadable(path: str, exc: OSError | None) -> str:
    reason = f": {exc.strerror or exc}" if exc is not None else ": not UTF-8 text"
    return f"cannot read the secret file '{path}'{reason}"


def config_secret_empty() -> str:
    return "the secret is empty"


def config_secret_missing(env: str, file_env: str, platform: str) -> str:
    return f"{platform} is enabled but {env} is not set; set it, or {file_env} naming a file"


def config_shards_without_count() -> str:
    return "shard ids are given but discord.shard_count is not; set the total number of shards"


def config_shard_out_of_range(shard: int, count: int) -> str:
    return f"shard id {shard} is not below discord.shard_count ({count})"


def config_console_alone() -> str:
    return ("the console adapter reads the terminal and runs alone; "
            "choose it or the chat platforms, not both")


def config_no_adapters() -> str:
    return "no adapter chosen; name at least one of console, discord, slack"


def config_semantic_missing() -> str:
    return ("the semantic matcher needs the semantic extra: pip install 'factbot[semantic]', "
            "or choose \"auto\" or \"lexical\"")


def config_ok(source: str, adapters: list[str]) -> str:
    where = source or "defaults and environment"
    return f"OK: settings from {where} are valid; adapters: {', '.join(adapters)}."


def config_failed(errors: int, warnings: int) -> str:
    return (f"{errors} error(s), {warnings} warning(s) in the settings and fact packs; "
            "nothing was started.")


def config_value_set() -> str:
    return "set"


def config_value_unset() -> str:
    return "not set"


def adapter_not_installed(adapter: str, extra: str) -> str:
    return (f"the {adapter} adapter needs its extra: pip install 'factbot[{extra}]'")


def adapter_failed(adapter: str) -> str:
    return f"the {adapter} adapter stopped with an error; see the log. factbot is shutting down."


def not_a_port(value: str) -> str:
    return f"{value!r} is not a port number (0 to 65535; 0 picks a free port)"


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


# moderators: /factadmin

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


def discord_form_claim() -> str:
    return "Claim"


def discord_form_verdict() -> str:
    return "Verdict"


def discord_form_summary() -> str:
    return "Summary"


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


# admins: /factbot

def discord_factbot_help() -> str:
    return "factbot's settings and status for this server"


def discord_config_help() -> str:
    return "Show or change this server's settings (no options: show them)"


def discord_threshold_help() -> str:
    return "Lowest match score (0 to 1) that counts as a match"


def discord_reply_mode_help() -> str:
    return "Answer in the channel, in a thread, or privately"


def discord_reaction_first_help() -> str:
    return "In watched channels, react first and answer when someone clicks the reaction"


def discord_channel_cooldown_help() -> str:
    return "Seconds between passive answers in one channel"


def discord_user_cooldown_help() -> str:
    return "Seconds between passive answers to one member"


def discord_config_title() -> str:
    return "factbot settings"


def discord_config_pick() -> str:
    return ("Pick watched channels, moderator roles, the log channel and fact packs below; "
            "each choice is saved at once. The other settings are options of /factbot config.")


def discord_config_watch_placeholder() -> str:
    return "Channels to watch (none: watch nowhere)"


def discord_config_moderators_placeholder() -> str:
    return "Moderator roles (besides Manage Server)"


def discord_config_log_placeholder() -> str:
    return "Log channel for admin notices (none: no notices)"


def discord_config_packs_placeholder() -> str:
    return "Fact packs to serve"


def discord_config_saved() -> str:
    return "Saved. The new settings apply from now on."


def discord_config_packs() -> str:
    return "Fact packs"


def discord_all_packs() -> str:
    return "all bundled packs"


def discord_config_threshold() -> str:
    return "Match threshold"


def discord_config_reply_mode() -> str:
    return "Reply mode"


def discord_config_watched() -> str:
    return "Watched channels"


def discord_config_reaction_first() -> str:
    return "React first in watched channels"


def discord_config_cooldowns() -> str:
    return "Cooldowns"


def discord_cooldowns(channel_s: int, user_s: int) -> str:
    return f"{channel_s} s per channel, {user_s} s per member"


def discord_config_moderators() -> str:
    return "Moderator roles (besides Manage Server)"


def discord_moderators_need_the_commands(roles: str) -> str:
    return (f"Discord shows /factadmin and /factbot only to members with Manage Server. So "
            f"that {roles} can use them, grant them the commands in Server Settings → "
            "Integrations → factbot (add the role under each command).")


def discord_moderators_where_granted() -> str:
    return ("Grant these roles /factadmin and /factbot in Server Settings → Integrations → "
            "factbot, or Discord hides the commands from them.")


def discord_yes_no(value: bool) -> str:
    return "yes" if value else "no"


def discord_none() -> str:
    return "none"


def discord_status_help() -> str:
    return "Version, matcher, facts loaded and latency"


def discord_status_title() -> str:
    return "factbot status"


def discord_status_version() -> str:
    return "Version"


def discord_status_matcher() -> str:
    return "Matcher"


def discord_status_facts() -> str:
    return "Facts served here"


def discord_status_latency() -> str:
    return "Gateway latency"


def discord_config_log_channel() -> str:
    return "Log channel (notices for admins)"


def discord_watch_needs_content(channel: str) -> str:
    return (f"Nothing was saved: I can't watch {channel}. This bot runs without Discord's "
            "message-content access, so it cannot read messages there. Its operator can turn "
            "it on (Message Content Intent in the Developer Portal, and "
            "FACTBOT_MESSAGE_CONTENT=1). Members can still use /factcheck, mentions and "
            "Apps → Fact-check this message.")


def discord_status_watch() -> str:
    return "Passive watch"


def discord_watch_state(channels: int, can_read: bool, private: bool) -> str:
    if not channels:
        return "no channels watched"
    if not can_read:
        return (f"⚠️ {channels} channel(s) set, but not watched: this bot runs without "
                "Discord's message-content access (see /factbot config)")
    if private:
        return (f"⚠️ {channels} channel(s) set, but quiet: replies are private, and passive "
                "answers are never sent by direct message")
    return f"watching {channels} channel(s)"


def discord_status_problems() -> str:
    return "Recent permission problems"


def discord_problem_line(channel: str, what: str, status: int, code: int, at: str) -> str:
    return f"{at} · {channel}: couldn't send {what or 'a message'} ({status}, code {code})"


def discord_status_no_problems() -> str:
    return "none since the bot started"


def discord_status_shard() -> str:
    return "Shard"


def discord_shard(shard_id: int, count: int) -> str:
    return f"{shard_id + 1} of {count}"


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


def slack_field_fact_id() -> str:
    return "Fact id"


def slack_fact_id_hint() -> str:
    return "Optional: lowercase words joined by dashes. Left empty, it is made from the claim."


def slack_field_summary() -> str:
    return "Summary"


def slack_field_quote() -> str:
    return "Quote from the source"


def slack_field_source_title() -> str:
    return "Source title"


def slack_source_hint() -> str:
    return "Left empty, the source is this workspace's moderators."


def slack_field_source_url() -> str:
    return "Source link"


def slack_field_figures() -> str:
    return "Figures"


def slack_figures_hint() -> str:
    return "One a line, written VALUE = WHAT, e.g. “$110 billion = trade in 2018”."


def slack_field_aliases() -> str:
    return "Other wordings of the claim"


def slack_aliases_hint() -> str:
    return "One a line; each is matched like the claim."


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


# -- shared cooldowns ---------------------------------------------------------------------------

def redis_not_installed() -> str:
    return "redis.url is set but the Redis client is not installed: pip install 'factbot[ops]'"


def redis_unreachable(reason: str) -> str:
    return (f"cannot reach Redis at redis.url (FACTBOT_REDIS_URL): {reason.rstrip('. ')}. "
            "Start it, fix the URL, or unset it to keep cooldowns in each process.")


def ops_port_unavailable(host: str, port: int, reason: str) -> str:
    return (f"cannot listen on {host}:{port} for /healthz, /readyz and /metrics ({reason}); "
            "set ops.port (FACTBOT_OPS_PORT) to a free port, or ops.enabled = false")


# -- matcher choice -----------------------------------------------------------------------------

def unknown_matcher(variable: str, value: str) -> str:
    return f"{variable}={value!r} is not a matcher; use auto, lexical or semantic"


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
