"""Requests reaching /slack/events, checked before Bolt sees them: the signature on the raw
body first (anyone on the internet can POST there), then whether the body is one Slack would
send. A bad or missing signature is 401, a malformed signed body 400; neither is logged with its
body or a traceback."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

from slack_sdk.signature import SignatureVerifier


@dataclass(frozen=True, slots=True)
class Refusal:
    status: int
    reason: str


def _well_formed(body: bytes, content_type: str) -> str | None:
    """Why Slack would never send this body; None when it could have."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "body is not UTF-8"
    if "json" in content_type or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            return "body is not JSON"
        return None if isinstance(data, dict) else "body is not a JSON object"
    form = parse_qs(text, keep_blank_values=True)
    if "payload" not in form:
        # a slash command, or Slack's check of the endpoint's certificate
        return None if "command" in form or "ssl_check" in form else "body is no Slack request"
    try:
        payload = json.loads(form["payload"][0])
    except ValueError:
        return "payload is not JSON"
    return None if isinstance(payload, dict) else "payload is not a JSON object"


def refusal(secret: str, body: bytes, headers: Mapping[str, str]) -> Refusal | None:
    """Why this request is refused, or None to hand it to Bolt."""
    verifier = SignatureVerifier(secret)
    timestamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if not timestamp or not signature:
        return Refusal(401, "not signed")
    if not verifier.is_valid(body, timestamp, signature):
        return Refusal(401, "bad or stale signature")
    problem = _well_formed(body, headers.get("content-type", ""))
    return Refusal(400, problem) if problem else None
