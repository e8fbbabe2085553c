"""The fact form moderators fill in to add or edit a fact, and reading it back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from adapters.slack.forms import modal, text_input, url_input, verdict_select
from adapters.slack.text import INPUT_VALUE_CHARS, PRIVATE_METADATA_CHARS, clip
from bot import messages
from bot.core.models import Fact, Figure, Source
from bot.moderation.types import FactInput

TEXT_CHARS = {"claim": 1000, "summary": INPUT_VALUE_CHARS, "quote": INPUT_VALUE_CHARS}
ADD_VIEW = "factbot_add_fact"
EDIT_VIEW = "factbot_edit_fact"

# Which form field a worded problem is about, tried in this order.
_FIELD_WORDS = (
    ("source_title", ("source.title",)),
    ("source_url", ("source.url", "source.")),
    ("figures", ("figure",)),
    ("aliases", ("alias",)),
    ("verdict", ("verdict",)),
    ("summary", ("summary",)),
    ("quote", ("quote",)),
    ("fact_id", ("id '", "`id`")),
    ("claim", ("claim",)),
)


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
    if fact is None:
        blocks.append(text_input("fact_id", messages.slack_field_fact_id(), optional=True,
                                 max_length=100, hint=messages.slack_fact_id_hint()))
    source = fact.source if fact else None
    blocks += [
        text_input("claim", messages.slack_field_claim(), initial=fact.claim if fact else claim,
                   max_length=TEXT_CHARS["claim"]),
        verdict_select(initial=fact.verdict.value if fact else None),
        text_input("summary", messages.slack_field_summary(), multiline=True,
                   initial=fact.summary if fact else None),
        text_input("quote", messages.slack_field_quote(), multiline=True, optional=True,
                   initial=fact.quote if fact else None),
        text_input("source_title", messages.slack_field_source_title(), optional=True,
                   initial=source.title if source else None, max_length=500,
                   hint=messages.slack_source_hint()),
        url_input("source_url", messages.slack_field_source_url(), optional=True,
                  initial=source.url if source else None),
        text_input("figures", messages.slack_field_figures(), multiline=True, optional=True,
                   initial="\n".join(f"{f.value} = {f.what}" for f in fact.figures)
                   if fact else None, hint=messages.slack_figures_hint()),
        text_input("aliases", messages.slack_field_aliases(), multiline=True, optional=True,
                   initial="\n".join(fact.aliases) if fact else None,
                   hint=messages.slack_aliases_hint()),
    ]
    if fact is None:
        return modal(ADD_VIEW, messages.slack_add_fact_title(), messages.slack_save(), blocks,
                     target.encode())
    return modal(EDIT_VIEW, messages.slack_edit_fact_title(), messages.slack_save(), blocks,
                 target.encode())


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _source(values: dict[str, str]) -> Source | None:
    title = values.get("source_title", "")
    url = values.get("source_url", "") or None
    if not title and not url:
        return None
    return Source(title=title, url=url)


def new_fact_input(values: dict[str, str]) -> FactInput:
    return FactInput(claim=values.get("claim", ""), verdict=values.get("verdict", ""),
                     summary=values.get("summary", ""), source=_source(values),
                     quote=values.get("quote") or None,
                     figures=figures_of(values),
                     aliases=_lines(values.get("aliases", "")),
                     id=values.get("fact_id") or None)


def changes_of(fact: Fact, values: dict[str, str]) -> dict[str, Any]:
    """The fields the form changes, as `Moderation.edit_fact` takes them."""
    changes: dict[str, Any] = {}
    for key in ("claim", "summary", "quote"):
        current = getattr(fact, key) or ""
        value = values.get(key, "")
        # a text longer than Slack's inputs was shown cut; left as shown, it is unchanged
        if value not in (current, clip(current, TEXT_CHARS[key])):
            changes[key] = value or None if key == "quote" else value
    if values.get("verdict") != fact.verdict.value:
        changes["verdict"] = values.get("verdict", "")
    # Each source field on its own: the source's other fields are kept. A title left empty
    # keeps the title (a source must have one); a link left empty removes the link.
    title = values.get("source_title", "")
    if title and title != fact.source.title:
        changes["source.title"] = title
    url = values.get("source_url", "")
    if (url or None) != fact.source.url:
        changes["source.url"] = url
    figures = _lines(values.get("figures", ""))
    if figures != tuple(f"{f.value} = {f.what}" for f in fact.figures):
        changes["figures"] = list(figures)
    aliases = _lines(values.get("aliases", ""))
    if aliases != fact.aliases:
        changes["aliases"] = list(aliases)
    return changes


def field_errors(problems: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Each worded problem under the form field it is about (Slack shows one text per field)."""
    errors: dict[str, list[str]] = {}
    for problem in problems:
        lowered = problem.lower()
        field = next((name for name, words in _FIELD_WORDS
                      if any(w in lowered for w in words)), "claim")
        errors.setdefault(field, []).append(problem)
    return {k: clip(" ".join(v), 300) for k, v in errors.items()}


def figures_of(values: dict[str, str]) -> tuple[Figure, ...]:
    out = []
    for line in _lines(values.get("figures", "")):
        value, _, what = line.partition("=")
        out.append(Figure(value.strip(), what.strip()))
    return tuple(out)
