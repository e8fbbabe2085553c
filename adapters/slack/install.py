"""Installing into several workspaces: Slack's OAuth flow, with each workspace's bot token kept
by slack_sdk's SQLAlchemy installation store in the same database as the facts."""

from __future__ import annotations

import logging

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

from adapters.slack.run import INSTALL_PATH, OAUTH_REDIRECT_PATH
from adapters.slack.service import ensure_tables
from bot.store.database import Database

log = logging.getLogger("factbot.slack")

# The bot scopes deploy/slack-manifest.yaml asks for; an install grants exactly these.
BOT_SCOPES = (
    "app_mentions:read",
    "channels:history",
    "chat:write",
    "commands",
    "groups:history",
    "usergroups:read",
    "users:read",
)
STATE_SECONDS = 600


async def oauth_settings(db: Database, *, client_id: str, client_secret: str,
                         redirect_uri: str | None = None) -> AsyncOAuthSettings:
    """OAuth for the app, its installations and one-time states stored in the fact database.

    The tables (slack_bots, slack_installations, slack_oauth_states) are created if missing;
    they live beside the fact store's tables and are not part of its migrations.
    """
    installations = AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=db.engine,
                                                     logger=log)
    states = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=db.engine,
                                            logger=log)
    await ensure_tables(db, installations.metadata, states.metadata)
    return AsyncOAuthSettings(
        client_id=client_id, client_secret=client_secret, scopes=list(BOT_SCOPES),
        redirect_uri=redirect_uri, install_path=INSTALL_PATH,
        redirect_uri_path=OAUTH_REDIRECT_PATH, installation_store=installations,
        installation_store_bot_only=True, state_store=states,
        state_expiration_seconds=STATE_SECONDS, logger=log)
