"""Moderator commands: /factadmin add, edit, retire, restore, history and queue.

Hidden from members by default permissions (Manage Server) and checked again at run time
(Manage Server, or a moderator role named in /factbot config).
"""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import app_commands

from adapters.discord.access import is_moderator, moderators_only
from adapters.discord.decisions import RejectModal, decided, tell_proposer
from adapters.discord.desk import Desk, actor_of, server_key
from adapters.discord.embeds import (
    DESCRIPTION_LIMIT,
    FIELD_VALUE_LIMIT,
    TITLE_LIMIT,
    VERDICT_COLOURS,
    clip,
    echo,
    fact_embed,
)
from adapters.discord.facts import fact_choice, fact_choices
from adapters.discord.forms import DetailsForm, DetailsModal, FactForm, FactModal
from adapters.discord.member import GUILD_ONLY, AppCommand
from adapters.discord.open_forms import open_form
from adapters.discord.views import guarded, services, tell
from bot import messages
from bot.core.models import Fact, Verdict
from bot.moderation import fields
from bot.moderation.errors import ModerationError
from bot.moderation.types import FactVersion, Report, ServerKey, Suggestion, UnmatchedClaim

QUEUE_ROWS = 5
QUEUE_KINDS = ("all", "suggestions", "reports", "unmatched")
HISTORY_VALUE = 80   # characters of a field's value shown in a history line

EDIT_FORMS = ("fact", "quote and aliases")


def real_changes(fact: Fact, changes: dict[str, Any]) -> dict[str, Any]:
    """`changes` unless, read as the fact fields read them, they leave the fact as it is."""
    if not changes or fields.apply_changes(fact, changes, pack=fact.pack) == fact:
        return {}
    return changes


def history_embed(fact_id: str, versions: list[FactVersion]) -> discord.Embed:
    lines: list[str] = []
    for v in versions:
        lines.append(messages.discord_history_line(
            v.version, v.action.value, echo(v.actor.display or v.actor.user_id),
            v.at.strftime("%Y-%m-%d %H:%M UTC"), v.retired))
        if v.before is not None:   # a first version would list every field
            lines.extend(messages.discord_history_change(
                c.name, echo(clip(c.before, HISTORY_VALUE)), echo(clip(c.after, HISTORY_VALUE)))
                for c in v.changes)
    return discord.Embed(title=clip(messages.discord_history_title(fact_id), TITLE_LIMIT),
                         description=clip("\n".join(lines) or messages.discord_history_empty(),
                                          DESCRIPTION_LIMIT),
                         colour=VERDICT_COLOURS[Verdict.NO_MATCH])


QueueItem = Suggestion | Report | UnmatchedClaim


def queue_line(number: int, item: QueueItem) -> str:
    if isinstance(item, Suggestion):
        claim = item.proposal.claim if item.proposal else (item.fact_id or "")
        return messages.discord_queue_suggestion(number, item.id, echo(claim),
                                                 echo(item.note), item.fact_id)
    if isinstance(item, Report):
        return messages.discord_queue_report(number, item.id, echo(item.claim),
                                             echo(item.reason), item.fact_id)
    return messages.discord_queue_unmatched(number, item.id, echo(item.text), item.count)


def queue_message(items: list[QueueItem], *, page: int = 1,
                  more: bool = False) -> tuple[discord.Embed, discord.ui.View]:
    """One page of the queue: an item per line, its buttons on a row of their own."""
    embed = discord.Embed(title=messages.discord_queue_title(),
                          colour=VERDICT_COLOURS[Verdict.NO_MATCH])
    view = discord.ui.View(timeout=None)
    lines = []
    for row, item in enumerate(items[:QUEUE_ROWS]):
        number = (page - 1) * QUEUE_ROWS + row + 1
        lines.append(clip(queue_line(number, item), FIELD_VALUE_LIMIT))
        actions: tuple[str, ...]
        if isinstance(item, Suggestion):
            actions = ("approve", "reject")
        elif isinstance(item, Report):
            actions = ("resolve",)
        else:
            actions = ("fact", "dismiss")
        for action in actions:
            view.add_item(QueueButton(action, item.id, number, row=row))
    embed.description = clip("\n\n".join(lines) or messages.discord_queue_empty(),
                             DESCRIPTION_LIMIT)
    if page > 1 or more:
        embed.set_footer(text=messages.discord_queue_page(page, more))
    return embed, view


QUEUE_LABELS = {
    "approve": messages.discord_queue_approve, "reject": messages.discord_queue_reject,
    "resolve": messages.discord_queue_resolve, "fact": messages.discord_queue_make_fact,
    "dismiss": messages.discord_queue_dismiss,
}
QUEUE_STYLES = {"approve": discord.ButtonStyle.success, "reject": discord.ButtonStyle.danger,
                "resolve": discord.ButtonStyle.success, "fact": discord.ButtonStyle.primary,
                "dismiss": discord.ButtonStyle.secondary}


class QueueButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                  template=r"factbot:q:(?P<action>approve|reject|resolve|fact|dismiss):"
                           r"(?P<item>\d+)"):
    """A moderator's decision on one queue item; checked again when pressed."""

    def __init__(self, action: str, item_id: int, number: int | None = None, *,
                 row: int | None = None) -> None:
        super().__init__(discord.ui.Button(
            label=messages.discord_button_label(QUEUE_LABELS[action](), number),
            style=QUEUE_STYLES[action], custom_id=f"factbot:q:{action}:{item_id}"), row=row)
        self.action = action
        self.item_id = item_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction,
                             item: discord.ui.Item[Any], match: re.Match[str]) -> QueueButton:
        return cls(match["action"], int(match["item"]))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if await is_moderator(interaction, services(interaction).desk):
            return True
        await tell(interaction, messages.discord_not_moderator())
        return False

    async def callback(self, interaction: discord.Interaction) -> None:
        await guarded(interaction, self.answer(interaction))

    async def answer(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        desk = services(interaction).desk
        server, actor = server_key(interaction.guild_id), actor_of(interaction.user)
        if self.action == "approve":
            done = await desk.approve_suggestion(server, actor, self.item_id)
            text = messages.discord_suggestion_approved(self.item_id, done.fact_id)
        elif self.action == "reject":
            await self.ask_why(interaction, desk)
            return
        elif self.action == "resolve":
            await desk.resolve_report(server, actor, self.item_id)
            text = messages.discord_report_resolved(self.item_id)
        elif self.action == "dismiss":
            await desk.dismiss_unmatched(server, actor, self.item_id)
            text = messages.discord_unmatched_dismissed(self.item_id)
        else:
            await self.open_fact_form(interaction, desk)
            return
        await decided(interaction, self.action, self.item_id, text)

    async def ask_why(self, interaction: discord.Interaction, desk: Desk) -> None:
        """Reject a suggestion: a reason first, then the proposer is told it."""
        assert interaction.guild_id is not None
        server = server_key(interaction.guild_id)

        async def reject(submitted: discord.Interaction, reason: str) -> None:
            await guarded(submitted, self.rejected(submitted, desk, server, reason))

        await open_form(interaction, RejectModal(
            self.item_id, custom_id=f"factbot:reject-form:{interaction.id}", on_done=reject))

    async def rejected(self, interaction: discord.Interaction, desk: Desk, server: ServerKey,
                       reason: str) -> None:
        done = await desk.reject_suggestion(server, actor_of(interaction.user), self.item_id,
                                            reason)
        told = await tell_proposer(interaction.client, interaction.guild, done, reason)
        await decided(interaction, self.action, self.item_id,
                      messages.discord_suggestion_rejected(self.item_id) if told
                      else messages.discord_proposer_not_told(self.item_id))

    async def open_fact_form(self, interaction: discord.Interaction, desk: Desk) -> None:
        assert interaction.guild_id is not None
        server = server_key(interaction.guild_id)
        waiting = {u.id: u for u in await desk.unmatched(server, limit=100)}
        item = waiting.get(self.item_id)
        if item is None:
            await tell(interaction, messages.discord_queue_item_gone(self.item_id))
            return

        async def done(submitted: discord.Interaction, form: FactForm) -> None:
            record = await desk.fact_from_unmatched(server, actor_of(submitted.user),
                                                    self.item_id, form.to_input())
            await decided(submitted, self.action, self.item_id,
                          messages.discord_fact_added(record.fact.id))

        await open_form(interaction, FactModal(
            title=messages.discord_form_new_title(), on_done=done, claim=item.text,
            custom_id=f"factbot:unmatched-form:{interaction.id}"))


async def queue_items(desk: Desk, interaction: discord.Interaction, kind: str,
                      page: int = 1) -> tuple[list[QueueItem], bool]:
    """The items of one page (reports, then suggestions, then unmatched claims), and whether
    there are more after it."""
    assert interaction.guild_id is not None
    server = server_key(interaction.guild_id)
    wanted = page * QUEUE_ROWS + 1
    items: list[QueueItem] = []
    if kind in ("all", "reports"):
        items.extend(await desk.list_reports(server, limit=wanted))
    if kind in ("all", "suggestions"):
        items.extend(await desk.list_suggestions(server, limit=wanted))
    if kind in ("all", "unmatched"):
        items.extend(await desk.unmatched(server, limit=wanted))
    start = (page - 1) * QUEUE_ROWS
    return items[start:start + QUEUE_ROWS], len(items) > start + QUEUE_ROWS


def admin_commands(desk: Desk) -> list[AppCommand]:
    admin = app_commands.Group(name="factadmin", description=messages.discord_factadmin_help(),
                               allowed_contexts=GUILD_ONLY,
                               default_permissions=discord.Permissions(manage_guild=True))

    async def complete(interaction: discord.Interaction,
                       current: str) -> list[app_commands.Choice[str]]:
        return await fact_choices(desk, interaction, current)

    @admin.command(name="add", description=messages.discord_factadmin_add_help())
    @moderators_only(desk)
    async def add(interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        server = server_key(interaction.guild_id)

        async def done(submitted: discord.Interaction, form: FactForm) -> None:
            record = await desk.add_fact(server, actor_of(submitted.user), form.to_input())
            await submitted.response.send_message(
                messages.discord_fact_added_details(record.fact.id),
                embed=fact_embed(record.fact, moderator=True), ephemeral=True)

        await open_form(interaction, FactModal(
            title=messages.discord_form_new_title(), on_done=done,
            custom_id=f"factbot:add-form:{interaction.id}"))

    @admin.command(name="edit", description=messages.discord_factadmin_edit_help())
    @app_commands.describe(id=messages.discord_fact_id_help(),
                           form=messages.discord_edit_form_help())
    @app_commands.autocomplete(id=complete)
    @app_commands.choices(form=[app_commands.Choice(name=f, value=f) for f in EDIT_FORMS])
    @moderators_only(desk)
    async def edit(interaction: discord.Interaction, id: str,
                   form: app_commands.Choice[str] | None = None) -> None:
        assert interaction.guild_id is not None
        server = server_key(interaction.guild_id)
        try:
            record = await desk.get_fact(server, id.strip())
        except ModerationError as exc:
            await tell(interaction, str(exc))
            return

        async def save(submitted: discord.Interaction, typed: FactForm | DetailsForm) -> None:
            changes = real_changes(record.fact, typed.changes_from(record.fact))
            if not changes:
                await tell(submitted, messages.discord_nothing_changed(record.fact.id))
                return
            updated = await desk.edit_fact(server, actor_of(submitted.user), record.fact.id,
                                           changes, expected_version=record.version)
            await submitted.response.send_message(
                messages.discord_fact_edited(updated.fact.id, updated.version),
                embed=fact_embed(updated.fact, moderator=True), ephemeral=True)

        custom_id = f"factbot:edit-form:{interaction.id}"
        if form is not None and form.value == EDIT_FORMS[1]:
            await open_form(interaction, DetailsModal(
                fact=record.fact, on_done=save, custom_id=custom_id))
            return
        await open_form(interaction, FactModal(
            title=messages.discord_form_edit_title(record.fact.id), on_done=save,
            fact=record.fact, custom_id=custom_id))

    @admin.command(name="retire", description=messages.discord_factadmin_retire_help())
    @app_commands.describe(id=messages.discord_fact_id_help())
    @app_commands.autocomplete(id=complete)
    @moderators_only(desk)
    async def retire(interaction: discord.Interaction, id: str) -> None:
        assert interaction.guild_id is not None
        try:
            record = await desk.retire_fact(server_key(interaction.guild_id),
                                            actor_of(interaction.user), id.strip())
            text = messages.discord_fact_retired(record.fact.id)
        except ModerationError as exc:
            text = str(exc)
        await tell(interaction, text)

    async def complete_retired(interaction: discord.Interaction,
                               current: str) -> list[app_commands.Choice[str]]:
        assert interaction.guild_id is not None
        records = await desk.list_facts(server_key(interaction.guild_id))
        typed = current.strip().lower()
        return [fact_choice(r.fact) for r in records
                if r.retired and (typed in r.fact.id or typed in r.fact.claim.lower())][:25]

    @admin.command(name="restore", description=messages.discord_factadmin_restore_help())
    @app_commands.describe(id=messages.discord_fact_id_help(),
                           version=messages.discord_version_help())
    @app_commands.autocomplete(id=complete_retired)
    @moderators_only(desk)
    async def restore(interaction: discord.Interaction, id: str,
                      version: app_commands.Range[int, 1] | None = None) -> None:
        assert interaction.guild_id is not None
        try:
            record = await desk.restore_fact(server_key(interaction.guild_id),
                                             actor_of(interaction.user), id.strip(),
                                             version=version)
            text = messages.discord_fact_restored(record.fact.id, record.version)
        except ModerationError as exc:
            text = str(exc)
        await tell(interaction, text)

    @admin.command(name="history", description=messages.discord_factadmin_history_help())
    @app_commands.describe(id=messages.discord_fact_id_help())
    @app_commands.autocomplete(id=complete)
    @moderators_only(desk)
    async def history(interaction: discord.Interaction, id: str) -> None:
        assert interaction.guild_id is not None
        try:
            versions = await desk.history(server_key(interaction.guild_id), id.strip())
        except ModerationError as exc:
            await tell(interaction, str(exc))
            return
        await interaction.response.send_message(embed=history_embed(id.strip(), versions),
                                                ephemeral=True)

    @admin.command(name="queue", description=messages.discord_factadmin_queue_help())
    @app_commands.describe(kind=messages.discord_queue_kind_help(),
                           page=messages.discord_queue_page_help())
    @app_commands.choices(kind=[app_commands.Choice(name=k, value=k) for k in QUEUE_KINDS])
    @moderators_only(desk)
    async def queue(interaction: discord.Interaction,
                    kind: app_commands.Choice[str] | None = None,
                    page: app_commands.Range[int, 1, 1000] = 1) -> None:
        items, more = await queue_items(desk, interaction, kind.value if kind else "all", page)
        embed, view = queue_message(items, page=page, more=more)
        await interaction.response.send_message(embed=embed, view=view, ephemeral=True)

    return [admin]
