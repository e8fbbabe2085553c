"""The Slack app: an async Bolt app whose listeners turn Slack events into claims and replies."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext, AsyncRespond
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import forms as slack_forms
from adapters.slack.admin import ModeratorListeners
from adapters.slack.api import COMMAND, MESSAGE_SHORTCUT, api_call, respond_to, web_client
from adapters.slack.blocks import (
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_REPORT,
    ACTION_SHOW_QUOTE,
    ACTION_SUGGEST,
    ButtonRef,
    notice_blocks,
    quote_blocks,
    reply_blocks,
    reply_text,
)
from adapters.slack.events_seen import SeenEvents
from adapters.slack.lifecycle import Departures
from adapters.slack.logs import bolt_logger
from adapters.slack.people import Names
from adapters.slack.roles import Roles
from adapters.slack.service import PLATFORM, member, served_fact, workspace
from adapters.slack.text import clip, decode, escape, mentioned_users
from adapters.slack.watch import is_person_message
from bot import messages
from bot.chat.cooldowns import PassiveCooldowns, Spot
from bot.chat.seam import Desk
from bot.chat.settings import ServerSettings
from bot.chat.watch import confident, looks_like_claim
from bot.core.models import Claim, Reply
from bot.moderation.errors import ModerationError
from bot.moderation.types import FactInput
from bot.store.cipher import SecretKeyMissing, TokenCipher
from bot.store.database import Database

log = logging.getLogger("factbot.slack")


def private(settings: ServerSettings) -> bool:
    """Answers to commands and shortcuts go only to the asker."""
    return settings.reply_mode == "private"


def _claim(text: str, team: str | None, channel: str | None, user: str | None, *,
           explicit: bool = True) -> Claim:
    return Claim(text=text, platform=PLATFORM, server=team, channel=channel, user=user,
                 explicit=explicit)


class MemberListeners:
    """Everything a member can do: ask, mention, use the shortcut, press the reply's buttons."""

    def __init__(self, desk: Desk, cooldowns: PassiveCooldowns | None = None) -> None:
        self.desk = desk
        self.cooldowns = cooldowns or PassiveCooldowns()
        self.names = Names()

    async def read(self, text: str, client: AsyncWebClient, team: str | None,
                   bot_user: str | None = None) -> str:
        """What a member wrote, as they typed and saw it, from the text Slack sends; the app's
        own mention (`bot_user`) left out."""
        users = mentioned_users(text) - {bot_user or ""}
        names = await self.names.of(client, team or "-", users) if users else {}
        return decode(text, names, drop_user=bot_user)

    async def settings(self, team: str | None) -> ServerSettings:
        return await self.desk.settings(workspace(team or "-"))

    def register(self, app: AsyncApp) -> None:
        app.command(COMMAND)(self.on_command)
        app.shortcut(MESSAGE_SHORTCUT)(self.on_message_shortcut)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.action(ACTION_SHOW_QUOTE)(self.on_show_quote)
        app.action(ACTION_HELPFUL)(self.on_feedback)
        app.action(ACTION_NOT_HELPFUL)(self.on_feedback)
        app.action(ACTION_REPORT)(self.on_report_button)
        app.action(ACTION_SUGGEST)(self.on_suggest_button)
        app.view(slack_forms.REPORT_VIEW)(self.on_report_submit)
        app.view(slack_forms.SUGGEST_VIEW)(self.on_suggest_submit)

    async def _check(self, claim: Claim) -> Reply | None:
        try:
            return await self.desk.check(claim)
        except Exception:
            log.exception("checking a claim from Slack workspace %s failed", claim.server)
            return None

    async def on_command(self, ack: AsyncAck, command: dict[str, Any],
                         respond: AsyncRespond, client: AsyncWebClient) -> None:
        if not decode(command.get("text") or ""):
            await ack(response_type="ephemeral", text=escape(messages.empty_claim()))
            return
        await ack()
        team = command.get("team_id")
        text = await self.read(command.get("text") or "", client, team)
        reply = await self._check(_claim(text, team, command.get("channel_id"),
                                         command.get("user_id")))
        if reply is None:
            await respond(response_type="ephemeral", text=escape(messages.internal_error()))
            return
        alone = private(await self.settings(team))
        # In the channel the quote waits behind a button; privately it is shown in full.
        await respond(response_type="ephemeral" if alone else "in_channel",
                      blocks=reply_blocks(reply, compact=not alone), text=reply_text(reply))

    async def on_message_shortcut(self, ack: AsyncAck, shortcut: dict[str, Any],
                                  context: AsyncBoltContext, respond: AsyncRespond,
                                  client: AsyncWebClient) -> None:
        await ack()
        message = shortcut.get("message") or {}
        team = (shortcut.get("team") or {}).get("id")
        channel = (shortcut.get("channel") or {}).get("id")
        text = await self.read(message.get("text") or "", client, team, context.bot_user_id)
        if not text:
            await respond(response_type="ephemeral", replace_original=False,
                          text=escape(messages.slack_nothing_to_check()))
            return
        reply = await self._check(_claim(text, team, channel,
                                         (shortcut.get("user") or {}).get("id")))
        if reply is None:
            await respond(response_type="ephemeral", replace_original=False,
                          text=escape(messages.internal_error()))
            return
        settings = await self.settings(team)
        if private(settings) or not channel:
            await respond(response_type="ephemeral", replace_original=False,
                          blocks=reply_blocks(reply), text=reply_text(reply))
            return
        posted = await api_call("chat.postMessage", client.chat_postMessage, channel=channel,
                                thread_ts=message.get("thread_ts") or message.get("ts"),
                                blocks=reply_blocks(reply, compact=True),
                                text=reply_text(reply))
        if posted is None:  # not in that channel, say: the asker still gets the answer
            await respond(response_type="ephemeral", replace_original=False,
                          blocks=reply_blocks(reply), text=reply_text(reply))

    async def on_mention(self, event: dict[str, Any], context: AsyncBoltContext,
                         client: AsyncWebClient) -> None:
        if not is_person_message(event):
            return
        channel = event.get("channel")
        thread = event.get("thread_ts") or event.get("ts")
        text = await self.read(event.get("text") or "", client, context.team_id,
                               context.bot_user_id)
        if not text:
            await api_call("chat.postMessage", client.chat_postMessage, channel=channel,
                           thread_ts=thread, text=escape(messages.slack_mention_help(COMMAND)))
            return
        reply = await self._check(_claim(text, context.team_id, channel, event.get("user")))
        if reply is None:
            await api_call("chat.postMessage", client.chat_postMessage, channel=channel,
                           thread_ts=thread, text=escape(messages.internal_error()))
            return
        await api_call("chat.postMessage", client.chat_postMessage, channel=channel,
                       thread_ts=thread, blocks=reply_blocks(reply, compact=True),
                       text=reply_text(reply))

    async def on_message(self, event: dict[str, Any], context: AsyncBoltContext,
                         client: AsyncWebClient) -> None:
        if not is_person_message(event) or event.get("channel_type") == "im":
            return
        sent = event.get("text") or ""
        if context.bot_user_id and f"<@{context.bot_user_id}" in sent:
            return  # the app_mention listener answers this one
        team, channel, user = context.team_id or "", event.get("channel"), event.get("user")
        if not channel or not user:
            return
        settings = await self.settings(team)
        if channel not in settings.watched_channels:
            return
        text = await self.read(sent, client, team, context.bot_user_id)
        if not looks_like_claim(text):
            return
        spot = Spot(PLATFORM, team, channel, user)
        if not self.cooldowns.ready(spot, settings):
            return
        reply = await self._check(_claim(text, team, channel, user, explicit=False))
        if reply is None or not confident(reply, settings):
            return
        if not await self.cooldowns.take(spot, settings):
            return
        await api_call("chat.postMessage", client.chat_postMessage, channel=channel,
                       thread_ts=event.get("thread_ts") or event.get("ts"),
                       blocks=reply_blocks(reply, compact=True), text=reply_text(reply))

    async def on_show_quote(self, ack: AsyncAck, action: dict[str, Any],
                            context: AsyncBoltContext, respond: AsyncRespond) -> None:
        await ack()
        ref = ButtonRef.decode(action.get("value") or "")
        fact = (await served_fact(self.desk, context.team_id or "", ref.fact_id)
                if ref and ref.fact_id else None)
        if fact is None:
            await respond(response_type="ephemeral", replace_original=False,
                          text=escape(messages.slack_fact_gone()))
            return
        await respond(response_type="ephemeral", replace_original=False,
                      blocks=quote_blocks(fact), text=escape(fact.quote or fact.claim))

    async def on_feedback(self, ack: AsyncAck, action: dict[str, Any], body: dict[str, Any],
                          context: AsyncBoltContext, respond: AsyncRespond) -> None:
        await ack()
        helpful = action.get("action_id") == ACTION_HELPFUL
        ref = ButtonRef.decode(action.get("value") or "")
        if ref is None or ref.fact_id is None or not context.team_id or not context.user_id:
            return
        if await served_fact(self.desk, context.team_id, ref.fact_id) is None:
            await respond(response_type="ephemeral", replace_original=False,
                          text=escape(messages.slack_fact_gone()))
            return
        container = body.get("container") or {}
        try:
            await self.desk.feedback(workspace(context.team_id), member(context.user_id),
                                           ref.fact_id, helpful,
                                           reply_id=str(container.get("message_ts") or ""))
        except ModerationError as exc:
            await respond(response_type="ephemeral", replace_original=False, text=escape(str(exc)))
            return
        await respond(response_type="ephemeral", replace_original=False,
                      blocks=notice_blocks(messages.slack_feedback_thanks(helpful)),
                      text=escape(messages.slack_feedback_thanks(helpful)))

    async def _open(self, client: AsyncWebClient, body: dict[str, Any],
                    view: dict[str, Any]) -> None:
        await api_call("views.open", client.views_open, trigger_id=body.get("trigger_id"),
                       view=view)

    def _origin(self, action: dict[str, Any], body: dict[str, Any]) -> slack_forms.Origin | None:
        ref = ButtonRef.decode(action.get("value") or "")
        if ref is None:
            return None
        channel = (body.get("channel") or {}).get("id")
        return slack_forms.Origin(ref=ref, channel=channel,
                                  response_url=body.get("response_url") or None)

    async def on_report_button(self, ack: AsyncAck, action: dict[str, Any],
                               body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        origin = self._origin(action, body)
        if origin is not None:
            await self._open(client, body, slack_forms.report_modal(origin))

    async def on_suggest_button(self, ack: AsyncAck, action: dict[str, Any],
                                body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        origin = self._origin(action, body)
        if origin is not None:
            await self._open(client, body, slack_forms.suggest_modal(origin))

    async def _confirm(self, client: AsyncWebClient, origin: slack_forms.Origin | None,
                       user: str | None, text: str) -> None:
        """Thank the member where they are; chat.postEphemeral fails where the app is not a
        member of the channel, so then through the button's response_url, else in a direct
        message from the app."""
        if not user:
            return
        if origin is not None and origin.channel and await api_call(
                "chat.postEphemeral", client.chat_postEphemeral, channel=origin.channel,
                user=user, text=escape(text)) is not None:
            return
        if origin is not None and origin.response_url and await respond_to(
                origin.response_url, text=escape(text)):
            return
        await api_call("chat.postMessage", client.chat_postMessage, channel=user,
                       text=escape(text))

    async def on_report_submit(self, ack: AsyncAck, view: dict[str, Any],
                               context: AsyncBoltContext, client: AsyncWebClient) -> None:
        values = slack_forms.input_values(view)
        reason = values.get("reason", "")
        error = slack_forms.reason_error(reason)
        if error:
            await ack(response_action="errors", errors={"reason": error})
            return
        origin = slack_forms.Origin.decode(view.get("private_metadata") or "")
        if origin is None or not context.team_id or not context.user_id:
            await ack()
            return
        await ack()
        await self.desk.report(workspace(context.team_id), member(context.user_id),
                                     origin.ref.fact_id, origin.ref.claim, reason)
        await self._confirm(client, origin, context.user_id, messages.slack_report_thanks())

    async def on_suggest_submit(self, ack: AsyncAck, view: dict[str, Any],
                                context: AsyncBoltContext, client: AsyncWebClient) -> None:
        values = slack_forms.input_values(view)
        errors = slack_forms.suggestion_errors(values)
        origin = slack_forms.Origin.decode(view.get("private_metadata") or "")
        if errors or not context.team_id or not context.user_id:
            await ack(response_action="errors", errors=errors)
            return
        fields = FactInput(claim=values["claim"], verdict=values["verdict"],
                           summary=values["summary"])
        try:
            await self.desk.suggest(workspace(context.team_id), member(context.user_id),
                                          fields, note=values.get("note", ""))
        except ModerationError as exc:
            await ack(response_action="errors", errors={"summary": clip(str(exc), 300)})
            return
        await ack()
        await self._confirm(client, origin, context.user_id, messages.slack_suggest_thanks())


def answer_once(seen: SeenEvents) -> Callable[..., Awaitable[BoltResponse | None]]:
    """A global middleware: an Events API event whose id was already taken, by this instance or
    another, gets its acknowledgement and nothing else."""

    async def middleware(body: dict[str, Any], resp: BoltResponse,
                         next: Callable[[], Awaitable[None]]) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if isinstance(event_id, str) and event_id and not await seen.first(event_id):
            log.info("Slack event already answered; this delivery is dropped",
                     extra={"event_id": event_id})
            return BoltResponse(status=200, body="")
        await next()
        return resp

    return middleware


def create_app(desk: Desk, *, token: str | None = None,
               signing_secret: str | None = None, client: AsyncWebClient | None = None,
               oauth_settings: AsyncOAuthSettings | None = None,
               cooldowns: PassiveCooldowns | None = None, roles: Roles | None = None,
               seen: SeenEvents | None = None) -> AsyncApp:
    """The Bolt app with every listener registered; safety switches stay at their defaults.
    With `seen`, an event that some instance already took (Slack's retries) is acknowledged
    and dropped."""
    # The client carries the token (none with OAuth: each workspace's comes from the store).
    app = AsyncApp(
        logger=bolt_logger(),
        signing_secret=signing_secret,
        client=client or web_client(None if oauth_settings else token),
        oauth_settings=oauth_settings,
        ignoring_self_events_enabled=True,
        request_verification_enabled=True,
    )
    if seen is not None:
        app.middleware(answer_once(seen))
    MemberListeners(desk, cooldowns).register(app)
    ModeratorListeners(desk, roles).register(app)
    Departures(app).register(app)  # with OAuth, uninstalling deletes the stored tokens

    @app.error
    async def on_error(error: Exception, body: dict[str, Any]) -> None:
        log.error("Slack listener failed for a %s request", body.get("type", "?"),
                  exc_info=error)

    return app


async def build_app(desk: Desk, *, token: str | None = None, db: Database | None = None,
                    signing_secret: str | None = None, client_id: str | None = None,
                    client_secret: str | None = None, client: AsyncWebClient | None = None,
                    cooldowns: PassiveCooldowns | None = None,
                    roles: Roles | None = None,
                    cipher: TokenCipher | None = None) -> AsyncApp:
    """The app for one workspace (a bot token), or for any number through OAuth installs
    (client id and secret; tokens kept in `db`, the fact store's database, encrypted with
    `cipher`: SecretKeyMissing without it)."""
    settings = None
    if client_id and client_secret:
        if db is None:
            raise ValueError("OAuth installs are kept in the fact store's database: pass db")
        if cipher is None:
            raise SecretKeyMissing("the workspaces' Slack tokens")
        from adapters.slack.install import oauth_settings

        settings = await oauth_settings(db, cipher, client_id=client_id,
                                        client_secret=client_secret)
    seen = await SeenEvents(db).create() if db is not None else None
    return create_app(desk, token=token, signing_secret=signing_secret, client=client,
                      oauth_settings=settings, cooldowns=cooldowns, roles=roles, seen=seen)
