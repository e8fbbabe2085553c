"""What the desk needs to run, taken from the settings once at start."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.ops.config import Settings
from bot.ops.config_schema import Network
from bot.store.cipher import TokenCipher

# The bot token an installed Slack workspace (team id) keeps in the store, if it installed the
# app through OAuth.
WorkspaceToken = Callable[[str], Awaitable[str | None]]


@dataclass(frozen=True, slots=True)
class ProviderApp:
    """A platform's sign-in app: its id and secret, and the base URL of its endpoints."""

    platform: str
    client_id: str
    client_secret: str
    base_url: str


@dataclass(frozen=True, slots=True)
class DeskConfig:
    public_url: str
    providers: tuple[ProviderApp, ...]
    secure_cookies: bool = True
    recheck_seconds: int = 30
    signin_limit: int = 20
    signin_window_minutes: int = 10
    session_hours: int = 12
    # The bots' own credentials, to read a member's roles (Discord) or admin flags and user
    # groups (Slack) that the sign-in scopes do not show.
    discord_bot_token: str | None = None
    discord_api_url: str = "https://discord.com/api"
    slack_bot_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_workspace_token: WorkspaceToken | None = None
    # Encrypts the platforms' access tokens the sessions keep.
    cipher: TokenCipher | None = None
    # Peers whose X-Forwarded-For and X-Forwarded-Proto are believed.
    trusted_proxies: tuple[Network, ...] = ()

    def provider(self, platform: str) -> ProviderApp | None:
        return next((p for p in self.providers if p.platform == platform), None)

    def redirect_uri(self, platform: str) -> str:
        return f"{self.public_url}/auth/{platform}/callback"

    async def slack_token(self, team_id: str) -> str | None:
        """The bot token to ask Slack about a workspace's members: the one the workspace
        installed the app with, else the configured one."""
        if self.slack_workspace_token is not None:
            installed = await self.slack_workspace_token(team_id)
            if installed:
                return installed
        return self.slack_bot_token

    @classmethod
    def from_settings(cls, settings: Settings, *,
                      slack_workspace_token: WorkspaceToken | None = None) -> DeskConfig:
        web = settings.web
        providers = []
        if web.discord_client_id and web.discord_client_secret:
            providers.append(ProviderApp("discord", web.discord_client_id,
                                         web.discord_client_secret.reveal(), web.discord_url))
        if web.slack_client_id and web.slack_client_secret:
            providers.append(ProviderApp("slack", web.slack_client_id,
                                         web.slack_client_secret.reveal(), web.slack_url))
        token = settings.discord.token
        slack_token = settings.slack.bot_token
        return cls(public_url=web.public_url, providers=tuple(providers),
                   secure_cookies=web.secure_cookies, recheck_seconds=web.recheck_seconds,
                   signin_limit=web.signin_limit, session_hours=web.session_hours,
                   discord_bot_token=token.reveal() if token else None,
                   discord_api_url=f"{web.discord_url}/api",
                   slack_bot_token=slack_token.reveal() if slack_token else None,
                   slack_api_url=settings.slack.api_url,
                   slack_workspace_token=slack_workspace_token,
                   cipher=TokenCipher.of([k.reveal() for k in settings.secret_keys]),
                   trusted_proxies=web.trusted_proxies)
