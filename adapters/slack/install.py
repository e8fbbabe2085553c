"""Installing into several workspaces: Slack's OAuth flow, with each workspace's bot token kept
by slack_sdk's SQLAlchemy installation store in the same database as the facts, encrypted with
the secret key (`bot.store.cipher`)."""

from __future__ import annotations

import copy
import logging
from typing import Any, TypeVar

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from sqlalchemy import MetaData, Table
from sqlalchemy.exc import SQLAlchemyError

from adapters.slack.run import INSTALL_PATH, OAUTH_REDIRECT_PATH
from adapters.slack.service import ensure_tables
from bot.store.cipher import TokenCipher, TokenUnreadable, is_sealed
from bot.store.database import Database
from bot.store.sealing import SEALED, seal_stored_tokens, token_column

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
Kept = TypeVar("Kept", Bot, Installation)


def _widened(built: Table) -> Table:
    for name in SEALED[built.name][1]:
        if name in built.c:
            built.c[name].type = token_column(name).type
    return built


class SealedInstallationStore(AsyncSQLAlchemyInstallationStore):
    """slack_sdk's store, its tokens encrypted on the way in and decrypted on the way out;
    its token columns are wide enough for encrypted tokens."""

    def __init__(self, cipher: TokenCipher, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cipher = cipher

    @classmethod
    def build_installations_table(cls, metadata: MetaData, table_name: str) -> Table:
        return _widened(super().build_installations_table(metadata, table_name))

    @classmethod
    def build_bots_table(cls, metadata: MetaData, table_name: str) -> Table:
        return _widened(super().build_bots_table(metadata, table_name))

    def _sealed(self, kept: Kept) -> Kept:
        sealed = copy.copy(kept)
        for name in _token_fields(kept):
            value = getattr(kept, name)
            if value and not is_sealed(value):
                setattr(sealed, name, self.cipher.seal(value))
        return sealed

    def _opened(self, kept: Kept | None) -> Kept | None:
        if kept is not None:
            for name in _token_fields(kept):
                value = getattr(kept, name)
                if value:
                    setattr(kept, name, self.cipher.open(value))
        return kept

    async def async_save(self, installation: Installation) -> None:
        await super().async_save(self._sealed(installation))

    async def async_save_bot(self, bot: Bot) -> None:
        await super().async_save_bot(self._sealed(bot))

    async def async_find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                             is_enterprise_install: bool | None = False) -> Bot | None:
        return self._opened(await super().async_find_bot(
            enterprise_id=enterprise_id, team_id=team_id,
            is_enterprise_install=is_enterprise_install))

    async def async_find_installation(self, *, enterprise_id: str | None, team_id: str | None,
                                      user_id: str | None = None,
                                      is_enterprise_install: bool | None = False
                                      ) -> Installation | None:
        return self._opened(await super().async_find_installation(
            enterprise_id=enterprise_id, team_id=team_id, user_id=user_id,
            is_enterprise_install=is_enterprise_install))


def _token_fields(kept: Bot | Installation) -> tuple[str, ...]:
    table = "slack_installations" if isinstance(kept, Installation) else "slack_bots"
    return SEALED[table][1]


class WorkspaceTokens:
    """The bot token each workspace installed the app with, for the moderators' desk."""

    def __init__(self, db: Database, cipher: TokenCipher, *, client_id: str) -> None:
        self.store = SealedInstallationStore(cipher, client_id=client_id, engine=db.engine,
                                             logger=log)

    async def __call__(self, team_id: str) -> str | None:
        try:
            bot = await self.store.async_find_bot(enterprise_id=None, team_id=team_id)
        except (SQLAlchemyError, TokenUnreadable):
            # No workspace has installed the app yet (its tables do not exist), the database
            # failed, or the token was encrypted with a key no longer held: none to use.
            log.warning("installed Slack token not read", exc_info=True)
            return None
        return bot.bot_token if bot is not None else None


async def oauth_settings(db: Database, cipher: TokenCipher, *, client_id: str,
                         client_secret: str,
                         redirect_uri: str | None = None) -> AsyncOAuthSettings:
    """OAuth for the app, its installations and one-time states stored in the fact database.

    The tables (slack_bots, slack_installations, slack_oauth_states) are created if missing;
    they live beside the fact store's tables and are not part of its migrations. Tokens stored
    before they were encrypted, or with a key since rotated, are encrypted now.
    """
    installations = SealedInstallationStore(cipher, client_id=client_id, engine=db.engine,
                                            logger=log)
    states = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=db.engine,
                                            logger=log)
    await ensure_tables(db, installations.metadata, states.metadata)
    sealed = await seal_stored_tokens(db, cipher)
    if any(sealed.sealed.values()) or any(sealed.unreadable.values()):
        log.info("stored tokens encrypted with the current key",
                 extra={"sealed": sealed.sealed, "unreadable": sealed.unreadable})
    return AsyncOAuthSettings(
        client_id=client_id, client_secret=client_secret, scopes=list(BOT_SCOPES),
        redirect_uri=redirect_uri, install_path=INSTALL_PATH,
        redirect_uri_path=OAUTH_REDIRECT_PATH, installation_store=installations,
        installation_store_bot_only=True, state_store=states,
        state_expiration_seconds=STATE_SECONDS, logger=log)
