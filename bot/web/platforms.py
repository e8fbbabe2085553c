"""Sign-in with Discord (OAuth2: identify, guilds) and Slack (OpenID Connect), and what each
platform says about the servers a person may moderate."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp

from bot.web.config import DeskConfig, ProviderApp
from bot.web.sessions import ServerAccess

MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
TIMEOUT = aiohttp.ClientTimeout(total=15)

# Which moderator roles or user groups a server's admins named (from its settings).
NamedRoles = Callable[[str], Awaitable[tuple[str, ...]]]


class SignInFailed(Exception):
    """The platform refused or failed a step; the message is a short reason."""


@dataclass(frozen=True, slots=True)
class Identity:
    platform: str
    user_id: str
    display: str
    team_id: str
    access_token: str


def authorize_url(app: ProviderApp, state: str, redirect_uri: str) -> str:
    if app.platform == "discord":
        query = {"client_id": app.client_id, "redirect_uri": redirect_uri,
                 "response_type": "code", "scope": "identify guilds", "state": state,
                 "prompt": "none"}
        return f"{app.base_url}/oauth2/authorize?{urlencode(query)}"
    query = {"client_id": app.client_id, "redirect_uri": redirect_uri, "response_type": "code",
             "scope": "openid profile", "state": state, "nonce": secrets.token_urlsafe(12)}
    return f"{app.base_url}/openid/connect/authorize?{urlencode(query)}"


async def _json(response: aiohttp.ClientResponse, step: str) -> Any:
    if response.status >= 400:
        raise SignInFailed(f"{step}: HTTP {response.status}")
    try:
        data = await response.json(content_type=None)
    except ValueError as exc:
        raise SignInFailed(f"{step}: not JSON") from exc
    if isinstance(data, dict) and data.get("ok") is False:
        raise SignInFailed(f"{step}: {data.get('error', 'refused')}")
    return data


async def sign_in(app: ProviderApp, code: str, redirect_uri: str) -> Identity:
    """Exchange the one-time code for a token and read who signed in."""
    form = {"client_id": app.client_id, "client_secret": app.client_secret, "code": code,
            "redirect_uri": redirect_uri, "grant_type": "authorization_code"}
    async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
        try:
            if app.platform == "discord":
                async with http.post(f"{app.base_url}/api/oauth2/token", data=form) as r:
                    token = str((await _json(r, "token"))["access_token"])
                async with http.get(f"{app.base_url}/api/users/@me",
                                    headers=_bearer(token)) as r:
                    user = await _json(r, "user")
                return Identity("discord", str(user["id"]),
                                str(user.get("global_name") or user.get("username") or ""),
                                "", token)
            async with http.post(f"{app.base_url}/api/openid.connect.token", data=form) as r:
                token = str((await _json(r, "token"))["access_token"])
            async with http.get(f"{app.base_url}/api/openid.connect.userInfo",
                                headers=_bearer(token)) as r:
                info = await _json(r, "user")
            return Identity("slack", str(info["https://slack.com/user_id"]),
                            str(info.get("name") or ""),
                            str(info["https://slack.com/team_id"]), token)
        except (aiohttp.ClientError, TimeoutError, KeyError, TypeError) as exc:
            raise SignInFailed(type(exc).__name__) from exc


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def servers_of(config: DeskConfig, platform: str, user_id: str, team_id: str,
                     access_token: str, named_roles: NamedRoles) -> list[ServerAccess]:
    """The servers the person is in, with whether they administer each and their roles there
    (looked up only where the server's admins named moderator roles or groups)."""
    app = config.provider(platform)
    if app is None:
        return []
    async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
        try:
            if platform == "discord":
                return await _discord_servers(http, config, app, user_id, access_token,
                                              named_roles)
            return await _slack_servers(http, config, user_id, team_id, access_token,
                                        named_roles)
        except (aiohttp.ClientError, TimeoutError, KeyError, TypeError, ValueError) as exc:
            raise SignInFailed(type(exc).__name__) from exc


async def _discord_servers(http: aiohttp.ClientSession, config: DeskConfig, app: ProviderApp,
                           user_id: str, token: str,
                           named_roles: NamedRoles) -> list[ServerAccess]:
    async with http.get(f"{app.base_url}/api/users/@me/guilds", headers=_bearer(token)) as r:
        guilds = await _json(r, "guilds")
    found = []
    for guild in guilds:
        key = f"discord:{guild['id']}"
        permissions = int(guild.get("permissions") or 0)
        admin = bool(guild.get("owner")) or bool(permissions & (MANAGE_GUILD | ADMINISTRATOR))
        roles: tuple[str, ...] = ()
        if not admin and config.discord_bot_token and await named_roles(key):
            roles = await _discord_member_roles(http, config, str(guild["id"]), user_id)
        found.append(ServerAccess(key, str(guild.get("name") or key), admin, roles))
    return found


async def _discord_member_roles(http: aiohttp.ClientSession, config: DeskConfig, guild_id: str,
                                user_id: str) -> tuple[str, ...]:
    url = f"{config.discord_api_url}/guilds/{guild_id}/members/{user_id}"
    async with http.get(url, headers={"Authorization": f"Bot {config.discord_bot_token}"}) as r:
        if r.status == 404:
            return ()
        member = await _json(r, "member")
    return tuple(str(role) for role in member.get("roles") or ())


async def _slack_servers(http: aiohttp.ClientSession, config: DeskConfig, user_id: str,
                         team_id: str, token: str,
                         named_roles: NamedRoles) -> list[ServerAccess]:
    key = f"slack:{team_id}"
    bot_token = await config.slack_token(team_id)
    if not bot_token:
        return [ServerAccess(key, team_id, False)]
    api = config.slack_api_url.rstrip("/")
    bot = _bearer(bot_token)
    async with http.post(f"{api}/users.info", data={"user": user_id}, headers=bot) as r:
        profile = (await _json(r, "users.info")).get("user") or {}
    admin = bool(profile.get("is_admin") or profile.get("is_owner")
                 or profile.get("is_primary_owner")) and not profile.get("deleted")
    groups: list[str] = []
    if not admin:
        for group in await named_roles(key):
            async with http.post(f"{api}/usergroups.users.list", data={"usergroup": group},
                                 headers=bot) as r:
                members: Iterable[str] = (await _json(r, "usergroups.users.list")).get(
                    "users") or []
            if user_id in members:
                groups.append(group)
    return [ServerAccess(key, str(profile.get("team_name") or team_id), admin, tuple(groups))]
