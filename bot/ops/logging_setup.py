"""Structured logs: one JSON object a line, one event per check, secrets masked everywhere.

A check event carries platform, server, channel, verdict, fact id, score and latency, never the
text of the message unless the admin sets `logging.message_text = true`.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from bot.core.models import Claim, Reply

CHECK_LOGGER = "factbot.checks"
MASK = "********"
# Shorter values would shred ordinary words in every line, and guard nothing worth guarding.
MIN_MASKED_LENGTH = 8
# Attributes every LogRecord has; anything else on a record came from `extra=`.
_RECORD_ATTRS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class _State:
    message_text = False


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k not in _RECORD_ATTRS}


class MaskingFormatter(logging.Formatter):
    """Formats a record, then masks every known secret in the finished line."""

    def __init__(self, secrets: Iterable[str] = (), fmt: str | None = None) -> None:
        super().__init__(fmt)
        # Longest first, so a secret that contains another is masked whole.
        self.secrets = sorted({s for s in secrets if len(s) >= MIN_MASKED_LENGTH}, key=len,
                              reverse=True)

    def mask(self, line: str) -> str:
        for secret in self.secrets:
            line = line.replace(secret, MASK)
        return line

    def format(self, record: logging.LogRecord) -> str:
        return self.mask(self.render(record))

    def render(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _extra_fields(record)
        if fields:
            line += " " + " ".join(f"{k}={v}" for k, v in fields.items())
        return line


class JsonFormatter(MaskingFormatter):
    def render(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        data.update(_extra_fields(record))
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def configure_logging(*, level: str = "info", fmt: str = "json", message_text: bool = False,
                      secrets: Iterable[str] = (), stream: TextIO | None = None) -> None:
    """Send every log record (factbot's, the libraries' and Python's warnings) to one stream,
    masked. Libraries log through the root logger's handler as long as they add none of their
    own (uvicorn is told not to: see adapters/slack/run.py)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    formatter: logging.Formatter = (
        JsonFormatter(secrets) if fmt == "json"
        else MaskingFormatter(secrets, "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    logging.captureWarnings(True)
    _State.message_text = message_text


def message_text_logged() -> bool:
    """Whether the operator let logs carry what members wrote (`logging.message_text`)."""
    return _State.message_text


def check_fields(claim: Claim, reply: Reply, seconds: float, *,
                 message_text: bool = False) -> dict[str, Any]:
    primary = reply.primary
    fields: dict[str, Any] = {
        "platform": claim.platform,
        "server": claim.server,
        "channel": claim.channel,
        "explicit": claim.explicit,
        "verdict": str(reply.verdict),
        "fact_id": primary.fact.id if primary.fact else None,
        "score": round(primary.score, 4),
        "claims": len(reply.checks),
        "latency_ms": round(seconds * 1000, 3),
    }
    if message_text:
        fields["text"] = claim.text
    return fields


def log_check(claim: Claim, reply: Reply, seconds: float) -> None:
    """The one log event for a checked message."""
    logging.getLogger(CHECK_LOGGER).info(
        "check", extra=check_fields(claim, reply, seconds, message_text=_State.message_text))
