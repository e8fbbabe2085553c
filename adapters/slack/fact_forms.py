"""The fact form on Slack: a modal with every field of the one fact-form spec
(`bot.moderation.form`), one input block per field with the field's name as its block id, so a
problem shows under its own field (`response_action: errors`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from adapters.slack.forms import modal, text_input, verdict_select
from adapters.slack.text import INPUT_VALUE_CHARS, PRIVATE_METADATA_CHARS, clip
from bot import messages
from bot.core.models import Fact
from bot.moderation import form
from bot.moderation.types import FactInput, FieldProblem

ADD_VIEW = "factbot_add_fact"
EDIT_VIEW = "factbot_edit_fact"
ERROR_CHARS = 300

@dataclass(frozen=True, slots=True)
class FormTarget:
    """What a submitted fact form changes: a new fact (maybe from an unmatched claim) or one."""

    fact_id: str | None = None
    version: int | None = None
    unmatched_id: int | None = None

    def encode(self) -> str:
        data = {"f": self.fact_id, "v": self.version, "u": self.unmatched_id}
        return clip(json.dumps(data), PRIVATE_METADATA_CHARS)

    @classmethod
    def decode(cls, text: str) -> FormTarget:
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        fact_id, version, unmatched = data.get("f"), data.get("v"), data.get("u")
        return cls(fact_id=fact_id if isinstance(fact_id, str) else None,
                   version=version if isinstance(version, int) else None,
                   unmatched_id=unmatched if isinstance(unmatched, int) else None)


def fact_form(target: FormTarget, fact: Fact | None = None, *,
              claim: str | None = None) -> dict[str, Any]:
    """The add form (empty, or with an asked claim filled in) or the edit form of `fact`."""
    blocks: list[dict[str, Any]] = []
    for field in form.FIELDS:
        if field.name == "fact_id" and fact is not None:
            continue  # an id is chosen once
        initial = form.shown(field.name, fact) if fact else (
            claim if field.name == "claim" else None)
        if field.choices:
            blocks.append(verdict_select(field.name, initial=initial))
            continue
        blocks.append(text_input(field.name, field.label, initial=initial or None,
                                 multiline=field.multiline, optional=not field.required,
                                 max_length=min(field.limit, INPUT_VALUE_CHARS),
                                 hint=field.hint or None))
    if fact is None:
        return modal(ADD_VIEW, messages.slack_add_fact_title(), messages.slack_save(), blocks,
                     target.encode())
    return modal(EDIT_VIEW, messages.slack_edit_fact_title(), messages.slack_save(), blocks,
                 target.encode())


def new_fact_input(values: dict[str, str]) -> FactInput:
    return form.fact_input(values)


def changes_of(fact: Fact, values: dict[str, str]) -> dict[str, Any]:
    """The fields the form changes, as `edit_fact` takes them."""
    return form.changes(fact, values)


def field_errors(problems: tuple[FieldProblem, ...], *, editing: bool = False) -> dict[str, str]:
    """Each problem under the block of the field it is about (the claim's when no block is)."""
    shown = [f.name for f in form.FIELDS if not (editing and f.name == "fact_id")]
    grouped = form.by_field(problems, shown, fallback="claim")
    return {k: clip(" ".join(v), ERROR_CHARS) for k, v in grouped.items()}
