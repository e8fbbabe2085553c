"""A workspace leaving: app_uninstalled and tokens_revoked, answered in every mode.

What happens to the workspace's data: with OAuth installs its stored bot token is deleted; with
a single configured token that token simply stops working. In both modes the workspace's own
facts, settings and queues stay in the fact database, so a reinstall finds them as they were;
the log says so, naming the workspace.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.listener.async_builtins import AsyncTokenRevocationListeners

from bot import messages

log = logging.getLogger("factbot.slack")


class Departures:
    """Listeners for a workspace uninstalling the app or revoking its tokens."""

    def __init__(self, app: AsyncApp) -> None:
        store = app.installation_store
        self.oauth = store is not None
        self.revocation = AsyncTokenRevocationListeners(store) if store is not None else None

    def register(self, app: AsyncApp) -> None:
        app.event("app_uninstalled")(self.on_uninstalled)
        app.event("tokens_revoked")(self.on_tokens_revoked)

    async def on_uninstalled(self, context: AsyncBoltContext) -> None:
        if self.revocation is not None:
            await self.revocation.handle_app_uninstalled_events(context)
        log.warning(messages.slack_uninstalled(context.team_id or "?", oauth=self.oauth))

    async def on_tokens_revoked(self, event: dict[str, Any], context: AsyncBoltContext) -> None:
        if self.revocation is not None:
            await self.revocation.handle_tokens_revoked_events(event, context)
        bot_revoked = bool((event.get("tokens") or {}).get("bot"))
        if bot_revoked:
            log.warning(messages.slack_tokens_revoked(context.team_id or "?", oauth=self.oauth))
