"""Moderation from Slack: the App Home, fact forms, history, the queues, and settings."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import desk_views as views
from adapters.slack.api import COMMAND, api_call
from adapters.slack.fact_forms import (
    ADD_VIEW,
    EDIT_VIEW,
    FormTarget,
    changes_of,
    fact_form,
    field_errors,
    new_fact_input,
)
from adapters.slack.forms import REASON_MIN_CHARS, input_values, reason_error
from adapters.slack.home import home_view
from adapters.slack.roles import Role, Roles
from adapters.slack.service import member, workspace
from adapters.slack.text import clip, escape
from bot import messages
from bot.chat.seam import Desk
from bot.moderation.errors import (
    FactExists,
    InvalidFact,
    InvalidSettings,
    ModerationError,
    VersionConflict,
)
from bot.moderation.types import Actor, FactRecord, ServerKey

log = logging.getLogger("factbot.slack")


def _int(text: str | None) -> int | None:
    try:
        return int(text or "")
    except ValueError:
        return None


def _json(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text or "")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class ModeratorListeners:
    """Every listener that changes facts, queues or settings checks the person's role first."""

    def __init__(self, desk: Desk, roles: Roles | None = None) -> None:
        self.desk = desk
        self.roles = roles or Roles()

    def register(self, app: AsyncApp) -> None:
        app.event("app_home_opened")(self.on_home_opened)
        handlers = {
            views.ADD_FACT: self.on_add_fact, views.FIND_FACT: self.on_find,
            views.OPEN_FACT: self.on_open_fact, views.EDIT_FACT: self.on_edit_fact,
            views.RETIRE_FACT: self.on_retire, views.RESTORE_FACT: self.on_restore,
            views.FACT_HISTORY: self.on_history, views.RESTORE_VERSION: self.on_restore_version,
            views.UNMATCHED_TO_FACT: self.on_unmatched_to_fact,
            views.UNMATCHED_DISMISS: self.on_unmatched_dismiss,
            views.SUGGESTION_APPROVE: self.on_approve, views.SUGGESTION_REJECT: self.on_reject,
            views.REPORT_RESOLVE: self.on_resolve, views.EDIT_SETTINGS: self.on_settings,
        }
        for action_id, handler in handlers.items():
            app.action(action_id)(self._guarded(handler, action_id))
        app.view(ADD_VIEW)(self.on_add_submit)
        app.view(EDIT_VIEW)(self.on_edit_submit)
        app.view(views.FIND_VIEW)(self.on_find_submit)
        app.view(views.REJECT_VIEW)(self.on_reject_submit)
        app.view(views.RESOLVE_VIEW)(self.on_resolve_submit)
        app.view(views.SETTINGS_VIEW)(self.on_settings_submit)

    # -- roles ---------------------------------------------------------------------------------

    async def role(self, client: AsyncWebClient, context: AsyncBoltContext) -> Role:
        if not context.team_id or not context.user_id:
            return Role.MEMBER
        settings = await self.desk.settings(workspace(context.team_id))
        return await self.roles.role(client, context.team_id, context.user_id,
                                     settings.moderator_roles)

    def _guarded(self, handler: Any, action_id: str) -> Any:
        needed = Role.ADMIN if action_id == views.EDIT_SETTINGS else Role.MODERATOR

        async def listener(ack: AsyncAck, action: dict[str, Any], body: dict[str, Any],
                           context: AsyncBoltContext, client: AsyncWebClient) -> None:
            await ack()
            if await self.role(client, context) < needed:
                log.info("Slack: %s refused to %s in %s", context.user_id, action_id,
                         context.team_id)
                await self._notice(client, body, messages.slack_not_allowed(needed.name.lower()))
                return
            try:
                await handler(action, body, context, client)
            except ModerationError as exc:
                await self._notice(client, body, str(exc))

        return listener

    async def _refused(self, ack: AsyncAck, client: AsyncWebClient, context: AsyncBoltContext,
                       block_id: str, needed: Role = Role.MODERATOR) -> bool:
        if await self.role(client, context) >= needed:
            return False
        await ack(response_action="errors",
                  errors={block_id: messages.slack_not_allowed(needed.name.lower())})
        return True

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _where(context: AsyncBoltContext) -> tuple[ServerKey, Actor]:
        return workspace(context.team_id or "-"), member(context.user_id or "-")

    async def _notice(self, client: AsyncWebClient, body: dict[str, Any], text: str) -> None:
        await self._show(client, body, views.notice(messages.slack_notice_title(), text))

    async def _show(self, client: AsyncWebClient, body: dict[str, Any],
                    view: dict[str, Any]) -> None:
        """Open `view`, on top of the current modal when the button was in one."""
        if (body.get("view") or {}).get("type") == "modal":
            await api_call("views.push", client.views_push, trigger_id=body.get("trigger_id"),
                           view=view)
        else:
            await api_call("views.open", client.views_open, trigger_id=body.get("trigger_id"),
                           view=view)

    async def _replace(self, client: AsyncWebClient, body: dict[str, Any],
                       view: dict[str, Any]) -> None:
        current = body.get("view") or {}
        if current.get("type") == "modal" and current.get("id"):
            await api_call("views.update", client.views_update, view_id=current["id"],
                           view=view)
        else:
            await api_call("views.open", client.views_open, trigger_id=body.get("trigger_id"),
                           view=view)

    async def publish_home(self, client: AsyncWebClient, context: AsyncBoltContext) -> None:
        if not context.team_id or not context.user_id:
            return
        role = await self.role(client, context)
        view = await home_view(self.desk, context.team_id, role, COMMAND)
        await api_call("views.publish", client.views_publish, user_id=context.user_id,
                       view=view)

    async def _tell(self, client: AsyncWebClient, actor: Actor, text: str) -> None:
        """A direct message to a member about their suggestion or report."""
        if actor.platform == "slack":
            await api_call("chat.postMessage", client.chat_postMessage, channel=actor.user_id,
                           text=escape(text))

    # -- App Home ------------------------------------------------------------------------------

    async def on_home_opened(self, event: dict[str, Any], context: AsyncBoltContext,
                             client: AsyncWebClient) -> None:
        if event.get("tab", "home") == "home":
            await self.publish_home(client, context)

    # -- facts ---------------------------------------------------------------------------------

    async def on_add_fact(self, action: dict[str, Any], body: dict[str, Any],
                          context: AsyncBoltContext, client: AsyncWebClient) -> None:
        await self._show(client, body, fact_form(FormTarget()))

    async def on_unmatched_to_fact(self, action: dict[str, Any], body: dict[str, Any],
                                   context: AsyncBoltContext, client: AsyncWebClient) -> None:
        data = _json(action.get("value"))
        item = data.get("id")
        claim = data.get("c")
        if isinstance(item, int):
            await self._show(client, body, fact_form(
                FormTarget(unmatched_id=item), claim=claim if isinstance(claim, str) else None))

    async def on_add_submit(self, ack: AsyncAck, view: dict[str, Any],
                            context: AsyncBoltContext, client: AsyncWebClient) -> None:
        if await self._refused(ack, client, context, "claim"):
            return
        server, actor = self._where(context)
        target = FormTarget.decode(view.get("private_metadata") or "")
        fields = new_fact_input(input_values(view))
        try:
            if target.unmatched_id is not None:
                record = await self.desk.fact_from_unmatched(server, actor,
                                                                   target.unmatched_id, fields)
            else:
                record = await self.desk.add_fact(server, actor, fields)
        except InvalidFact as exc:
            await ack(response_action="errors", errors=field_errors(exc.fields))
            return
        except FactExists as exc:
            await ack(response_action="errors", errors={"fact_id": clip(str(exc), 300)})
            return
        except ModerationError as exc:
            await ack(response_action="errors", errors={"claim": clip(str(exc), 300)})
            return
        await ack(response_action="update", view=views.fact_view(record))
        await self.publish_home(client, context)

    async def on_find(self, action: dict[str, Any], body: dict[str, Any],
                      context: AsyncBoltContext, client: AsyncWebClient) -> None:
        await self._show(client, body, views.find_form())

    async def on_find_submit(self, ack: AsyncAck, view: dict[str, Any],
                             context: AsyncBoltContext, client: AsyncWebClient) -> None:
        if await self._refused(ack, client, context, "query"):
            return
        server, _ = self._where(context)
        query = input_values(view).get("query", "")
        try:  # an exact id, retired facts included (that is how one is found to restore)
            record = await self.desk.get_fact(server, query.strip().lower())
        except ModerationError:
            pass
        else:
            await ack(response_action="update", view=views.fact_view(record))
            return
        found = await self.desk.search_facts(server, query) if query else []
        if not found:
            await ack(response_action="errors",
                      errors={"query": messages.slack_no_fact_found(query)})
            return
        await ack(response_action="update", view=views.found_view(found))

    async def _record(self, context: AsyncBoltContext, fact_id: str) -> FactRecord:
        server, _ = self._where(context)
        return await self.desk.get_fact(server, fact_id)

    async def on_open_fact(self, action: dict[str, Any], body: dict[str, Any],
                           context: AsyncBoltContext, client: AsyncWebClient) -> None:
        record = await self._record(context, action.get("value") or "")
        await self._show(client, body, views.fact_view(record))

    async def on_edit_fact(self, action: dict[str, Any], body: dict[str, Any],
                           context: AsyncBoltContext, client: AsyncWebClient) -> None:
        record = await self._record(context, action.get("value") or "")
        target = FormTarget(fact_id=record.fact.id, version=record.version)
        await self._show(client, body, fact_form(target, record.fact))

    async def on_edit_submit(self, ack: AsyncAck, view: dict[str, Any],
                             context: AsyncBoltContext, client: AsyncWebClient) -> None:
        if await self._refused(ack, client, context, "claim"):
            return
        server, actor = self._where(context)
        target = FormTarget.decode(view.get("private_metadata") or "")
        if target.fact_id is None:
            await ack()
            return
        try:
            record = await self.desk.get_fact(server, target.fact_id)
            changes = changes_of(record.fact, input_values(view))
            if changes:
                record = await self.desk.edit_fact(server, actor, target.fact_id, changes,
                                                         expected_version=target.version)
        except InvalidFact as exc:
            await ack(response_action="errors", errors=field_errors(exc.fields, editing=True))
            return
        except VersionConflict as exc:
            await ack(response_action="errors", errors={"claim": clip(str(exc), 300)})
            return
        except ModerationError as exc:
            await ack(response_action="errors", errors={"claim": clip(str(exc), 300)})
            return
        await ack(response_action="update", view=views.fact_view(record))

    async def on_retire(self, action: dict[str, Any], body: dict[str, Any],
                        context: AsyncBoltContext, client: AsyncWebClient) -> None:
        server, actor = self._where(context)
        record = await self.desk.retire_fact(server, actor, action.get("value") or "")
        await self._replace(client, body, views.fact_view(record))

    async def on_restore(self, action: dict[str, Any], body: dict[str, Any],
                         context: AsyncBoltContext, client: AsyncWebClient) -> None:
        server, actor = self._where(context)
        record = await self.desk.restore_fact(server, actor, action.get("value") or "")
        await self._replace(client, body, views.fact_view(record))

    async def on_history(self, action: dict[str, Any], body: dict[str, Any],
                         context: AsyncBoltContext, client: AsyncWebClient) -> None:
        server, _ = self._where(context)
        fact_id = action.get("value") or ""
        versions = await self.desk.history(server, fact_id)
        await self._show(client, body, views.history_view(fact_id, versions))

    async def on_restore_version(self, action: dict[str, Any], body: dict[str, Any],
                                 context: AsyncBoltContext, client: AsyncWebClient) -> None:
        server, actor = self._where(context)
        data = _json(action.get("value"))
        fact_id, version = data.get("f"), data.get("v")
        if not isinstance(fact_id, str) or not isinstance(version, int):
            return
        await self.desk.restore_fact(server, actor, fact_id, version=version)
        versions = await self.desk.history(server, fact_id)
        await self._replace(client, body, views.history_view(fact_id, versions))

    # -- queues --------------------------------------------------------------------------------

    async def on_unmatched_dismiss(self, action: dict[str, Any], body: dict[str, Any],
                                   context: AsyncBoltContext, client: AsyncWebClient) -> None:
        item = _int(action.get("value"))
        if item is not None:
            server, actor = self._where(context)
            await self.desk.dismiss_unmatched(server, actor, item)
            await self.publish_home(client, context)

    async def on_approve(self, action: dict[str, Any], body: dict[str, Any],
                         context: AsyncBoltContext, client: AsyncWebClient) -> None:
        item = _int(action.get("value"))
        if item is None:
            return
        server, actor = self._where(context)
        decided = await self.desk.approve_suggestion(server, actor, item)
        await self._tell(client, decided.proposer,
                         messages.suggestion_approved(decided.id, decided.fact_id or ""))
        await self.publish_home(client, context)

    async def on_reject(self, action: dict[str, Any], body: dict[str, Any],
                        context: AsyncBoltContext, client: AsyncWebClient) -> None:
        item = _int(action.get("value"))
        if item is not None:
            await self._show(client, body, views.reason_form(
                views.REJECT_VIEW, messages.slack_reject_title(),
                messages.slack_reject_reason_label(), item, optional=False))

    async def on_reject_submit(self, ack: AsyncAck, view: dict[str, Any],
                               context: AsyncBoltContext, client: AsyncWebClient) -> None:
        if await self._refused(ack, client, context, "reason"):
            return
        reason = input_values(view).get("reason", "")
        error = reason_error(reason)
        item = _int(view.get("private_metadata"))
        if error or item is None:
            await ack(response_action="errors",
                      errors={"reason": error or messages.slack_reason_too_short(
                          REASON_MIN_CHARS)})
            return
        server, actor = self._where(context)
        try:
            decided = await self.desk.reject_suggestion(server, actor, item, reason)
        except ModerationError as exc:
            await ack(response_action="errors", errors={"reason": clip(str(exc), 300)})
            return
        await ack()
        await self._tell(client, decided.proposer, messages.suggestion_rejected(item, reason))
        await self.publish_home(client, context)

    async def on_resolve(self, action: dict[str, Any], body: dict[str, Any],
                         context: AsyncBoltContext, client: AsyncWebClient) -> None:
        item = _int(action.get("value"))
        if item is not None:
            await self._show(client, body, views.reason_form(
                views.RESOLVE_VIEW, messages.slack_resolve_title(),
                messages.slack_resolution_label(), item, optional=True))

    async def on_resolve_submit(self, ack: AsyncAck, view: dict[str, Any],
                                context: AsyncBoltContext, client: AsyncWebClient) -> None:
        if await self._refused(ack, client, context, "reason"):
            return
        item = _int(view.get("private_metadata"))
        if item is None:
            await ack()
            return
        resolution = input_values(view).get("reason", "")
        server, actor = self._where(context)
        try:
            report = await self.desk.resolve_report(server, actor, item, resolution)
        except ModerationError as exc:
            await ack(response_action="errors", errors={"reason": clip(str(exc), 300)})
            return
        await ack()
        await self._tell(client, report.reporter,
                         messages.slack_report_resolved(item, resolution))
        await self.publish_home(client, context)

    # -- settings ------------------------------------------------------------------------------

    async def on_settings(self, action: dict[str, Any], body: dict[str, Any],
                          context: AsyncBoltContext, client: AsyncWebClient) -> None:
        server, _ = self._where(context)
        settings = await self.desk.settings(server)
        await self._show(client, body, views.settings_form(settings))

    async def on_settings_submit(self, ack: AsyncAck, view: dict[str, Any],
                                 context: AsyncBoltContext, client: AsyncWebClient) -> None:
        if await self._refused(ack, client, context, "reply_mode", Role.ADMIN):
            return
        values = input_values(view)
        changes = {key: values.get(key, "") for key in views.SETTING_KEYS}
        server, actor = self._where(context)
        try:
            await self.desk.update_settings(server, actor, **changes)
        except InvalidSettings as exc:
            await ack(response_action="errors", errors=views.settings_errors(exc.problems))
            return
        await ack()
        self.roles.forget(context.team_id or "")
        await self.publish_home(client, context)
