"""The settings form: each server setting as the desk's inputs show it, and a submitted form
back as the changes `bot.chat.settings.apply_changes` checks, one field at a time, so that
each problem is shown beside its own field.

A setting is sent only when its input differs from what the form showed (kept in the form's
`shown` field), so two admins changing different settings at once do not undo each other.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from bot.chat.settings import LANGUAGES, REPLY_MODES, ServerSettings, SettingsError, apply_changes

ALL_PACKS = "all"
YES, NO = "yes", "no"


@dataclass(frozen=True, slots=True)
class SettingField:
    """One input: `kind` is packs, number, choice, flag, ids or text; `choices` for a choice."""

    key: str
    kind: str
    choices: tuple[str, ...] = ()
    step: str = ""


FIELDS: tuple[SettingField, ...] = (
    SettingField("enabled_packs", "packs"),
    SettingField("threshold", "number", step="0.01"),
    SettingField("reply_mode", "choice", REPLY_MODES),
    SettingField("watched_channels", "ids"),
    SettingField("passive_reaction_first", "flag", (YES, NO)),
    SettingField("channel_cooldown_s", "number", step="1"),
    SettingField("user_cooldown_s", "number", step="1"),
    SettingField("moderator_roles", "ids"),
    SettingField("language", "choice", LANGUAGES),
    SettingField("allow_dms", "flag", (YES, NO)),
    SettingField("reviewer_name", "text"),
    SettingField("fact_page_url", "text"),
    SettingField("log_channel", "text"),
)


def shown_text(settings: ServerSettings) -> dict[str, str]:
    """Each setting as its input shows it: lists comma-separated, flags yes or no, every pack
    (including packs added later) as `all`."""
    values: dict[str, str] = {}
    for field in FIELDS:
        value = getattr(settings, field.key)
        if value is None:
            values[field.key] = ALL_PACKS
        elif isinstance(value, bool):
            values[field.key] = YES if value else NO
        elif isinstance(value, tuple):
            values[field.key] = ", ".join(value)
        else:
            values[field.key] = f"{value:g}" if isinstance(value, float) else str(value)
    return values


def submitted(form: Any) -> dict[str, Any]:
    """Each setting as the form sent it: text, and the ticked packs as a list (none ticked is
    no pack; the `all_packs` box is every pack)."""
    values: dict[str, Any] = {}
    for field in FIELDS:
        if field.kind == "packs":
            values[field.key] = (ALL_PACKS if form.get("all_packs") else
                                 [str(p) for p in form.getall(field.key, [])])
        else:
            values[field.key] = str(form.get(field.key, "")).strip()
    return values


def as_text(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)


def shown_of(form: Any, current: ServerSettings) -> dict[str, str]:
    """What the form showed, as it says in its `shown` field; the current settings where it
    does not say."""
    shown = shown_text(current)
    try:
        sent = json.loads(str(form.get("shown", "")))
    except ValueError:
        sent = None
    if isinstance(sent, dict):
        shown = {k: str(sent.get(k, shown[k])) for k in shown}
    return shown


def changes_of(form: Any, current: ServerSettings) -> dict[str, Any]:
    """The settings whose input differs from what the form showed."""
    shown = shown_of(form, current)
    return {key: value for key, value in submitted(form).items()
            if as_text(value) != shown[key]}


def problems_by_field(current: ServerSettings, changes: Mapping[str, Any],
                      known_packs: Collection[str]) -> dict[str, list[str]]:
    """The problems of each changed setting, by the same rules as `factbot server set` and
    /factbot config (each checked on its own, so each problem is its field's)."""
    found: dict[str, list[str]] = {}
    for key, value in changes.items():
        try:
            apply_changes(current, {key: value}, known_packs=known_packs)
        except SettingsError as exc:
            found[key] = list(exc.problems)
    return found


def shown_json(values: Mapping[str, str]) -> str:
    return json.dumps(dict(values), sort_keys=True)
