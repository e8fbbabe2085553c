"""Rules real Discord enforces and the fake Discord enforces with it.

Each rule is a pure function over the JSON Discord would see, so that the fake can refuse what
Discord refuses (with Discord's own error codes) and a test can state the rule on its own:

- an interaction's first response within 3 seconds, follow-ups within 15 minutes;
- commands with ``default_member_permissions`` invisible to members who lack them, unless the
  server's Integrations settings grant the command to one of their roles (or to them);
- without the message-content intent, message content is empty except in direct messages,
  in messages that mention the bot and in the bot's own messages;
- modal and component limits (title and label 45, five rows, custom_id 100 and unique within
  a message, text input 4,000);
- a member whose direct messages are closed cannot be sent one (403, code 50007).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]

RESPONSE_WINDOW_S = 3.0
FOLLOWUP_WINDOW_S = 15 * 60.0
MESSAGE_CONTENT_INTENT = 1 << 15
ADMINISTRATOR = 1 << 3

MODAL_TITLE_LIMIT = 45
LABEL_LIMIT = 45
MODAL_ROWS_LIMIT = 5
MESSAGE_ROWS_LIMIT = 5
ROW_BUTTONS_LIMIT = 5
CUSTOM_ID_LIMIT = 100
TEXT_INPUT_LIMIT = 4000
PLACEHOLDER_LIMIT = 100
BUTTON_LABEL_LIMIT = 80
SELECT_OPTIONS_LIMIT = 25
SELECT_PLACEHOLDER_LIMIT = 150
# String, user, role, mentionable and channel selects.
SELECT_TYPES = frozenset({3, 5, 6, 7, 8})

# Discord's error bodies, as its API sends them.
UNKNOWN_INTERACTION: Json = {"message": "Unknown interaction", "code": 10062}
ALREADY_ACKNOWLEDGED: Json = {"message": "Interaction has already been acknowledged.",
                              "code": 40060}
UNKNOWN_WEBHOOK: Json = {"message": "Unknown Webhook", "code": 10015}
INVALID_WEBHOOK_TOKEN: Json = {"message": "Invalid Webhook Token", "code": 50027}
CANNOT_DM: Json = {"message": "Cannot send messages to this user", "code": 50007}


def invalid_form_body(problems: list[str]) -> Json:
    return {"message": "Invalid Form Body", "code": 50035,
            "errors": {str(i): {"_errors": [{"code": "BASE_TYPE_BAD", "message": p}]}
                       for i, p in enumerate(problems)}}


# -- modals and components -------------------------------------------------------------------

def _inner(row: Json) -> list[Json]:
    if row.get("type") == 18:  # a label wrapping one component
        return [row["component"]]
    return list(row.get("components") or [])


def _component_problems(component: Json, where: str) -> list[str]:
    problems: list[str] = []
    custom_id = component.get("custom_id")
    if custom_id is not None and not 1 <= len(custom_id) <= CUSTOM_ID_LIMIT:
        problems.append(f"{where}: custom_id longer than {CUSTOM_ID_LIMIT}")
    if component.get("type") == 4:
        for key in ("max_length", "min_length"):
            if key in component and not 0 <= component[key] <= TEXT_INPUT_LIMIT:
                problems.append(f"{where}: {key} must be at most {TEXT_INPUT_LIMIT}")
        if len(component.get("value") or "") > TEXT_INPUT_LIMIT:
            problems.append(f"{where}: value longer than {TEXT_INPUT_LIMIT}")
        if len(component.get("placeholder") or "") > PLACEHOLDER_LIMIT:
            problems.append(f"{where}: placeholder longer than {PLACEHOLDER_LIMIT}")
        if len(component.get("label") or "") > LABEL_LIMIT:
            problems.append(f"{where}: label longer than {LABEL_LIMIT}")
    if component.get("type") == 2 and len(component.get("label") or "") > BUTTON_LABEL_LIMIT:
        problems.append(f"{where}: button label longer than {BUTTON_LABEL_LIMIT}")
    if len(component.get("options") or []) > SELECT_OPTIONS_LIMIT:
        problems.append(f"{where}: more than {SELECT_OPTIONS_LIMIT} options")
    if component.get("type") in SELECT_TYPES:
        low, high = component.get("min_values", 1), component.get("max_values", 1)
        if not 0 <= low <= high <= SELECT_OPTIONS_LIMIT:
            problems.append(f"{where}: min_values and max_values must be 0 to "
                            f"{SELECT_OPTIONS_LIMIT}, min at most max")
        if component["type"] == 3 and (not component.get("options")
                                       or high > len(component["options"])):
            problems.append(f"{where}: a select's options must be 1 to 25, max_values at most "
                            "their number")
        if len(component.get("default_values") or []) > high:
            problems.append(f"{where}: more default values than max_values")
        if len(component.get("placeholder") or "") > SELECT_PLACEHOLDER_LIMIT:
            problems.append(f"{where}: placeholder longer than {SELECT_PLACEHOLDER_LIMIT}")
    return problems


def modal_problems(modal: Json) -> list[str]:
    """Why Discord would refuse to show this modal (empty when it would show it)."""
    problems: list[str] = []
    if not 1 <= len(modal.get("title") or "") <= MODAL_TITLE_LIMIT:
        problems.append(f"title must be 1 to {MODAL_TITLE_LIMIT} characters")
    if not 1 <= len(modal.get("custom_id") or "") <= CUSTOM_ID_LIMIT:
        problems.append(f"custom_id must be 1 to {CUSTOM_ID_LIMIT} characters")
    rows = modal.get("components") or []
    if not 1 <= len(rows) <= MODAL_ROWS_LIMIT:
        problems.append(f"a modal holds 1 to {MODAL_ROWS_LIMIT} components")
    for n, row in enumerate(rows):
        if row.get("type") == 18 and not 1 <= len(row.get("label") or "") <= LABEL_LIMIT:
            problems.append(f"row {n}: label must be 1 to {LABEL_LIMIT} characters")
        for component in _inner(row):
            problems.extend(_component_problems(component, f"row {n}"))
    return problems


def message_problems(body: Json) -> list[str]:
    """Why Discord would refuse a message's components (empty when it would accept them)."""
    problems: list[str] = []
    rows = body.get("components") or []
    if len(rows) > MESSAGE_ROWS_LIMIT:
        problems.append(f"a message holds at most {MESSAGE_ROWS_LIMIT} rows")
    for n, row in enumerate(rows):
        inner = _inner(row)
        if row.get("type") == 1 and len(inner) > ROW_BUTTONS_LIMIT:
            problems.append(f"row {n}: at most {ROW_BUTTONS_LIMIT} buttons")
        if len(inner) > 1 and any(c.get("type") in SELECT_TYPES for c in inner):
            problems.append(f"row {n}: a select takes a whole row")
        for component in inner:
            problems.extend(_component_problems(component, f"row {n}"))
    ids = [c["custom_id"] for row in rows for c in _inner(row) if c.get("custom_id")]
    if len(ids) != len(set(ids)):
        problems.append("components: custom_id must be unique within a message")
    return problems


# -- the message-content intent -------------------------------------------------------------

def _mentions(message: Json, bot_id: str) -> bool:
    return any(str(u.get("id")) == bot_id for u in message.get("mentions") or [])


def content_visible(message: Json, *, bot_id: str, intents: int) -> bool:
    """Whether a bot with these gateway intents is given this message's content."""
    return bool(intents & MESSAGE_CONTENT_INTENT or "guild_id" not in message
                or str(message.get("author", {}).get("id")) == bot_id
                or _mentions(message, bot_id))


def as_seen(message: Json, *, bot_id: str, intents: int) -> Json:
    """The message as a bot with these intents receives it (the message it replies to too)."""
    out = dict(message)
    if not content_visible(message, bot_id=bot_id, intents=intents):
        out.update(content="", embeds=[], attachments=[], components=[])
    referenced = message.get("referenced_message")
    if isinstance(referenced, Mapping):
        out["referenced_message"] = as_seen(dict(referenced), bot_id=bot_id, intents=intents)
    return out


# -- who sees a command -------------------------------------------------------------------

@dataclass(frozen=True)
class Grant:
    """An Integrations override: a command granted to a role (or @everyone) or to a member."""

    command: str
    target_id: str
    allowed: bool = True


def can_use(command: Json, *, permissions: int, roles: Iterable[str], user_id: str,
            guild_id: str, grants: Iterable[Grant]) -> bool:
    """Whether Discord shows `command` to a member with these permissions and roles."""
    mine = [g for g in grants if g.command == command["name"]]
    own = [g.allowed for g in mine if g.target_id == user_id]
    if own:
        return own[0]
    by_role = [g.allowed for g in mine if g.target_id in set(roles)]
    if by_role:
        return any(by_role)
    everyone = [g.allowed for g in mine if g.target_id == guild_id]
    if everyone:
        return everyone[0]
    needed = command.get("default_member_permissions")
    if needed is None:
        return True
    bits = int(needed)
    if bits == 0:
        return bool(permissions & ADMINISTRATOR)
    return bool(permissions & ADMINISTRATOR) or permissions & bits == bits
