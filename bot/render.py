"""The plain-text rendering of a reply, used by the console and the CLI."""

from __future__ import annotations

from bot import messages
from bot.checker import nearest
from bot.models import Check, Reply, Source, Verdict


def source_text(source: Source) -> str:
    return messages.source_line(source.title, source.author, source.publisher, source.published)


def render_check(check: Check, *, suggest: bool = True) -> str:
    if check.fact is None:
        lines = [messages.no_match()]
        closest = nearest(check)
        if suggest and closest:
            lines.append(messages.no_match_suggestions([m.fact.claim for m in closest]))
        return "\n".join(lines)
    fact = check.fact
    lines = [messages.verdict_heading(check.verdict), messages.claim_as_understood(check.claim)]
    lines.append(messages.matched_fact(fact.claim))
    if check.negated:
        if check.verdict is not fact.verdict:
            lines.append(messages.negation_note(fact.verdict))
        else:
            lines.append(messages.negation_unresolved_note())
    lines.extend(messages.figure_conflict(c.claimed, c.source_value, c.what)
                 for c in check.conflicts)
    lines.append(fact.summary)
    if fact.figures:
        lines.append(messages.figures_heading() + ":")
        lines.extend(f"  • {f.value}: {f.what}" for f in fact.figures)
    if fact.quote:
        lines.append(f"{messages.quote_heading()}: “{fact.quote}”")
    lines.append(source_text(fact.source))
    lines.append(messages.confidence(check.score))
    if check.alternatives:
        lines.append(messages.did_you_mean([m.fact.claim for m in check.alternatives]))
    return "\n".join(lines)


def render_reply(reply: Reply, *, suggest: bool = True) -> str:
    if len(reply.checks) == 1:
        return render_check(reply.primary, suggest=suggest)
    parts = [messages.several_claims(len(reply.checks))]
    parts.extend(render_check(c, suggest=suggest) for c in reply.checks)
    return "\n\n".join(parts)


def is_silent(reply: Reply) -> bool:
    return reply.verdict is Verdict.NO_MATCH
