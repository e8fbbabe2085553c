"""The five figures of "what is being asked", each a table that is charted, shown and
downloaded as CSV alike."""

from __future__ import annotations

from bot import messages
from bot.moderation.stats import VERDICTS, AskStatistics
from bot.web.charts import Figure, Series

T = messages.DESK_TEXT
KEYS = ("checks", "facts", "unmatched", "feedback", "channels")


def _verdict_series() -> tuple[Series, ...]:
    return tuple(Series(v.value, messages.verdict_label(v)) for v in VERDICTS)


def _shown(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], ...]:
    """Fact id and claim as shown: a fact no longer served says so where its claim would be."""
    return tuple((fact_id, claim or messages.desk_stats_not_served()) for fact_id, claim in rows)


def figures(stats: AskStatistics) -> tuple[Figure, ...]:
    """The figures in the order the page shows them (their keys are KEYS)."""
    start, end = stats.start.isoformat(), stats.end.isoformat()
    days = [(d.day.isoformat(), d.counts) for d in stats.by_day]
    peak_day, peak = max(((day, sum(c)) for day, c in days), key=lambda p: p[1],
                         default=("", 0))
    checks = Figure(
        "checks", T["stats_checks"],
        messages.desk_stats_checks_desc(start, end, sum(sum(c) for _, c in days), peak_day,
                                        peak),
        (T["day"],), ("day",), _verdict_series(),
        tuple(((day,), counts) for day, counts in days), columns=True)
    top = stats.top_facts
    facts = Figure(
        "facts", T["stats_facts"],
        messages.desk_stats_facts_desc(start, end, len(top), top[0].fact_id if top else "",
                                       top[0].checks if top else 0),
        (T["fact"], T["claim"]), ("fact_id", "claim"), (Series("checks", T["checks"]),),
        tuple(((f.fact_id, f.claim), (f.checks,)) for f in top),
        shown=_shown(tuple((f.fact_id, f.claim) for f in top)))
    unmatched = Figure(
        "unmatched", T["stats_unmatched"],
        messages.desk_stats_unmatched_desc(start, end, sum(u.checks for u in stats.unmatched),
                                           sum(u.new_claims for u in stats.unmatched)),
        (T["day"],), ("day",),
        (Series("no_match_checks", T["no_match_checks"]),
         Series("new_claims", T["new_claims"])),
        tuple(((u.day.isoformat(),), (u.checks, u.new_claims)) for u in stats.unmatched),
        stacked=False, columns=True)
    votes = stats.feedback
    feedback = Figure(
        "feedback", T["stats_feedback"],
        messages.desk_stats_feedback_desc(start, end, len(votes),
                                          sum(v.helpful for v in votes),
                                          sum(v.not_helpful for v in votes)),
        (T["fact"], T["claim"]), ("fact_id", "claim"),
        (Series("helpful", T["helpful"]), Series("not_helpful", T["not_helpful"])),
        tuple(((v.fact_id, v.claim), (v.helpful, v.not_helpful)) for v in votes),
        shown=_shown(tuple((v.fact_id, v.claim) for v in votes)))
    channels = Figure(
        "channels", T["stats_channels"],
        messages.desk_stats_channels_desc(start, end, len(stats.by_channel),
                                          sum(c.total for c in stats.by_channel)),
        (T["channel"],), ("channel",), _verdict_series(),
        tuple(((c.channel,), c.counts) for c in stats.by_channel),
        shown=tuple((c.channel or messages.desk_stats_no_channel(),) for c in stats.by_channel))
    return checks, facts, unmatched, feedback, channels
