"""The forms (modals) this process has shown that can still be sent, and the answer to one
that cannot.

discord.py forgets a form when it times out (so abandoned forms do not pile up) and knows none
from before a restart; a form sent after either would get no answer at all, and the member
would see "Something went wrong" with what they typed lost. Such a form is answered privately:
it expired, nothing was saved, open it again; and what they typed, to paste back.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

import discord

from adapters.discord.embeds import clip, echo
from bot import messages

TEXT_INPUT = 4
CONTENT_LIMIT = 2000


class OpenForms:
    """Forms shown by this process, by custom_id (each opening has its own)."""

    def __init__(self) -> None:
        self._forms: dict[str, discord.ui.Modal] = {}

    def add(self, form: discord.ui.Modal) -> None:
        for custom_id in [c for c, f in self._forms.items() if f.is_finished()]:
            del self._forms[custom_id]
        self._forms[form.custom_id] = form

    def is_open(self, custom_id: str) -> bool:
        """Shown, and neither sent nor timed out."""
        form = self._forms.get(custom_id)
        return form is not None and not form.is_finished()


class HasForms(Protocol):
    forms: OpenForms


async def open_form(interaction: discord.Interaction, form: discord.ui.Modal) -> None:
    """Show `form` to whoever pressed or ran something, remembering it is open."""
    cast(HasForms, interaction.client).forms.add(form)
    await interaction.response.send_modal(form)


def typed_texts(components: list[dict[str, Any]]) -> list[str]:
    """The non-empty text inputs of a form submission, in order."""
    out: list[str] = []
    for row in components:
        inner = [row["component"]] if "component" in row else row.get("components", [])
        out += [c["value"].strip() for c in inner
                if c.get("type") == TEXT_INPUT and (c.get("value") or "").strip()]
    return out


def expired_answer(interaction: discord.Interaction) -> str:
    data: dict[str, Any] = cast(dict[str, Any], interaction.data or {})
    typed = typed_texts(data.get("components") or [])
    text = messages.discord_form_expired()
    if typed:
        quoted = "\n\n".join("> " + echo(t).replace("\n", "\n> ") for t in typed)
        text += "\n" + messages.discord_form_expired_typed() + "\n" + quoted
    return clip(text, CONTENT_LIMIT)
