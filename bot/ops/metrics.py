"""Prometheus metrics: the few calls adapters and the store make, and the text exposition.

The metrics live in their own registry (not the library's global one), so importing factbot
never mixes with an embedding application's metrics.
"""

from __future__ import annotations

from prometheus_client import (
    GC_COLLECTOR,
    CollectorRegistry,
    Counter,
    Histogram,
    Info,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

from bot import __version__
from bot.core.models import Reply

REGISTRY = CollectorRegistry(auto_describe=True)
# The usual process_* (CPU, memory, open files), python_info and python_gc_* series.
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)
REGISTRY.register(GC_COLLECTOR)
Info("factbot", "The running factbot.", registry=REGISTRY).info({"version": __version__})
# The classic text format, which every Prometheus version scrapes.
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# Matching takes about a millisecond; a platform round trip can take seconds.
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                   5.0, 10.0)

CHECKS = Counter("factbot_checks", "Claims checked, by platform and verdict.",
                 ["platform", "verdict"], registry=REGISTRY)
UNMATCHED = Counter("factbot_unmatched_claims", "Claims for which no fact was close enough.",
                    ["platform"], registry=REGISTRY)
MATCH_LATENCY = Histogram("factbot_match_latency_seconds",
                          "Time to check one message against the fact base.",
                          ["platform"], buckets=LATENCY_BUCKETS, registry=REGISTRY)
CHECK_FAILURES = Counter("factbot_check_failures",
                         "Checks that failed instead of answering, by cause: the database "
                         "failing, or anything else (internal).",
                         ["platform", "cause"], registry=REGISTRY)
MODERATION = Counter("factbot_moderation_actions", "Moderation actions taken, by kind.",
                     ["platform", "action"], registry=REGISTRY)
PLATFORM_ERRORS = Counter("factbot_platform_errors",
                          "Errors talking to a platform, by kind.",
                          ["platform", "kind"], registry=REGISTRY)
RATE_LIMITS = Counter("factbot_rate_limits", "Times a platform told factbot to slow down.",
                      ["platform"], registry=REGISTRY)


def record_check(platform: str, reply: Reply, seconds: float) -> None:
    """One message checked: its verdict, whether it matched, and how long it took."""
    CHECKS.labels(platform=platform, verdict=str(reply.verdict)).inc()
    if not reply.matched:
        UNMATCHED.labels(platform=platform).inc()
    MATCH_LATENCY.labels(platform=platform).observe(max(seconds, 0.0))


def record_check_failure(platform: str, cause: str) -> None:
    """A check that raised instead of answering; `cause` is `database` or `internal`."""
    CHECK_FAILURES.labels(platform=platform, cause=cause).inc()


def record_moderation(platform: str, action: str) -> None:
    """A moderator action, e.g. `fact_added`, `fact_edited`, `fact_removed`, `muted`."""
    MODERATION.labels(platform=platform, action=action).inc()


def record_platform_error(platform: str, kind: str) -> None:
    """A failed platform call; `kind` is short and bounded (`http_403`, `timeout`, ...)."""
    PLATFORM_ERRORS.labels(platform=platform, kind=kind).inc()


def record_rate_limit(platform: str) -> None:
    RATE_LIMITS.labels(platform=platform).inc()


def exposition() -> bytes:
    """Every metric in the Prometheus text format."""
    return generate_latest(REGISTRY)
