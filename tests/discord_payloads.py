"""The Discord payloads the tests send and read: users, the guild, messages and interactions.

`discord_fake` re-exports every name here, so tests import them from there; a change in
Discord's schema shows up in this module and `discord_fake` only.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from discord_rules import SELECT_TYPES

Json = dict[str, Any]

_ids = itertools.count(1_300_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_ids))


ALL_PERMISSIONS = str((1 << 53) - 1)
# View channel, send messages, embed links, read history, add reactions, use app commands...
MEMBER_PERMISSIONS = "2248473465835073"
MANAGE_GUILD = 1 << 5

BOT_USER: Json = {"id": "1100000000000000001", "username": "factbot", "discriminator": "0",
                  "global_name": None, "avatar": None, "bot": True, "flags": 0}
APP_ID = BOT_USER["id"]
GUILD_ID = "1100000000000000100"
CHANNEL_ID = "1100000000000000200"
WATCHED_CHANNEL_ID = "1100000000000000201"
LOG_CHANNEL_ID = "1100000000000000202"
ADMIN_ROLE_ID = "1100000000000000400"
MOD_ROLE_ID = "1100000000000000401"


def user(uid: str, name: str, *, bot: bool = False) -> Json:
    return {"id": uid, "username": name, "discriminator": "0", "global_name": name.title(),
            "avatar": None, "bot": bot, "flags": 0}


ADMIN = user("1100000000000000300", "alice")
MEMBER = user("1100000000000000301", "bob")
MODERATOR = user("1100000000000000302", "carol")
OTHER_BOT = user("1100000000000000303", "otherbot", bot=True)

ROLES_OF: dict[str, list[str]] = {
    ADMIN["id"]: [ADMIN_ROLE_ID], MEMBER["id"]: [], MODERATOR["id"]: [MOD_ROLE_ID],
    OTHER_BOT["id"]: [],
}
PERMISSIONS_OF: dict[str, str] = {
    ADMIN["id"]: ALL_PERMISSIONS, MEMBER["id"]: MEMBER_PERMISSIONS,
    MODERATOR["id"]: MEMBER_PERMISSIONS, OTHER_BOT["id"]: MEMBER_PERMISSIONS,
}


def _role(rid: str, name: str, permissions: str, position: int) -> Json:
    return {"id": rid, "name": name, "permissions": permissions, "position": position,
            "color": 0, "hoist": False, "managed": False, "mentionable": True, "flags": 0}


def _channel(cid: str, name: str, position: int) -> Json:
    return {"id": cid, "type": 0, "name": name, "position": position,
            "permission_overwrites": [], "guild_id": GUILD_ID, "nsfw": False,
            "parent_id": None, "topic": None, "rate_limit_per_user": 0, "flags": 0,
            "last_message_id": None}


def member(who: Json) -> Json:
    return {"user": who, "roles": ROLES_OF.get(who["id"], []), "joined_at":
            "2024-01-01T00:00:00+00:00", "deaf": False, "mute": False, "flags": 0}


def guild_payload() -> Json:
    return {
        "id": GUILD_ID, "name": "Test Guild", "icon": None, "owner_id": ADMIN["id"],
        "unavailable": False, "large": False, "member_count": 5,
        "roles": [_role(GUILD_ID, "@everyone", MEMBER_PERMISSIONS, 0),
                  _role(ADMIN_ROLE_ID, "Admin", str(MANAGE_GUILD | int(MEMBER_PERMISSIONS)), 2),
                  _role(MOD_ROLE_ID, "Fact moderators", MEMBER_PERMISSIONS, 1)],
        "channels": [_channel(CHANNEL_ID, "general", 0),
                     _channel(WATCHED_CHANNEL_ID, "politics", 1),
                     _channel(LOG_CHANNEL_ID, "mod-log", 2)],
        "members": [member(BOT_USER), member(ADMIN), member(MEMBER), member(MODERATOR)],
        "threads": [], "emojis": [], "stickers": [], "voice_states": [], "presences": [],
        "features": [], "verification_level": 0, "default_message_notifications": 0,
        "explicit_content_filter": 0, "mfa_level": 0, "premium_tier": 0, "nsfw_level": 0,
        "preferred_locale": "en-US", "joined_at": "2024-01-01T00:00:00+00:00",
        "system_channel_id": CHANNEL_ID,
    }


def message_payload(content: str, *, author: Json | None = None,
                    channel_id: str = CHANNEL_ID, guild: bool = True, **extra: Any) -> Json:
    """A MESSAGE_CREATE payload, or a message object inside other payloads."""
    author = author or MEMBER
    data: Json = {
        "id": snowflake(), "channel_id": channel_id, "author": author, "content": content,
        "timestamp": "2024-01-01T00:00:00+00:00", "edited_timestamp": None, "tts": False,
        "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
        "embeds": [], "components": [], "pinned": False, "type": 0, "flags": 0,
    }
    if guild:
        data["guild_id"] = GUILD_ID
        data["member"] = {k: v for k, v in member(author).items() if k != "user"}
    data.update(extra)
    return data


def mention_of(who: Json) -> str:
    return f"<@{who['id']}>"


def reply_to(original: Json) -> Json:
    """The fields of a message that replies to `original`."""
    return {"message_reference": {"message_id": original["id"],
                                  "channel_id": original["channel_id"], "guild_id": GUILD_ID},
            "referenced_message": original, "type": 19}


def reaction_add(message: Json, emoji: str, *, who: Json = MEMBER) -> Json:
    return {"user_id": who["id"], "channel_id": message["channel_id"],
            "message_id": message["id"], "guild_id": GUILD_ID,
            "emoji": {"id": None, "name": emoji}, "member": member(who), "burst": False,
            "type": 0, "message_author_id": message["author"]["id"]}


def _interaction(type_: int, data: Json, *, who: Json, channel_id: str,
                 message: Json | None = None, guild: bool = True) -> Json:
    payload: Json = {
        "id": snowflake(), "application_id": APP_ID, "type": type_,
        "token": "itok-" + snowflake(), "version": 1, "channel_id": channel_id,
        "app_permissions": MEMBER_PERMISSIONS, "locale": "en-US", "entitlements": [],
        "attachment_size_limit": 10485760, "data": data,
    }
    if guild:
        payload.update({
            "guild_id": GUILD_ID, "guild_locale": "en-US", "context": 0,
            "authorizing_integration_owners": {"0": GUILD_ID},
            "channel": {**_channel(channel_id, "general", 0),
                        "permissions": PERMISSIONS_OF[who["id"]]},
            "member": {**member(who), "permissions": PERMISSIONS_OF[who["id"]]},
        })
    else:
        payload.update({"user": who, "context": 1,
                        "authorizing_integration_owners": {"1": who["id"]},
                        "channel": {"id": channel_id, "type": 1, "recipients": [who],
                                    "flags": 0, "last_message_id": None}})
    if message is not None:
        payload["message"] = message
    return payload


def slash(name: str, options: list[Json] | None = None, *, who: Json = MEMBER,
          channel_id: str = CHANNEL_ID, guild: bool = True,
          resolved: Json | None = None) -> Json:
    """A slash command; `options` as Discord sends them (see `option`, `subcommand`)."""
    data: Json = {"id": snowflake(), "name": name, "type": 1, "options": options or []}
    if resolved:
        data["resolved"] = resolved
    return _interaction(2, data, who=who, channel_id=channel_id, guild=guild)


def resolved_role(role_id: str) -> Json:
    """The `resolved` block for a role option."""
    [role] = [r for r in guild_payload()["roles"] if r["id"] == role_id]
    return {"roles": {role_id: role}}


def resolved_channel(channel_id: str) -> Json:
    """The `resolved` block for a channel option."""
    [channel] = [c for c in guild_payload()["channels"] if c["id"] == channel_id]
    return {"channels": {channel_id: {**channel, "permissions": MEMBER_PERMISSIONS}}}


def component_values(modal: Json) -> dict[str, Any]:
    """Label → prefilled value (text inputs) or default choices (selects) of a sent modal."""
    out: dict[str, Any] = {}
    for row in modal["components"]:
        inner = row["component"] if row["type"] == 18 else row["components"][0]
        label = row.get("label") or inner.get("label", "")
        if inner["type"] == 4:
            out[label] = inner.get("value")
        else:
            out[label] = [o["value"] for o in inner["options"] if o.get("default")]
    return out


def option(name: str, value: Any, type_: int = 3, *, focused: bool = False) -> Json:
    out: Json = {"name": name, "type": type_, "value": value}
    if focused:
        out["focused"] = True
    return out


def subcommand(name: str, options: list[Json] | None = None) -> Json:
    return {"name": name, "type": 1, "options": options or []}


def autocomplete(name: str, options: list[Json], *, who: Json = MEMBER) -> Json:
    data = {"id": snowflake(), "name": name, "type": 1, "options": options}
    return _interaction(4, data, who=who, channel_id=CHANNEL_ID)


def message_menu(name: str, target: Json, *, who: Json = MEMBER) -> Json:
    data = {"id": snowflake(), "name": name, "type": 3, "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}}}
    return _interaction(2, data, who=who, channel_id=target["channel_id"])


def button_press(custom_id: str, message: Json, *, who: Json = MEMBER) -> Json:
    return _interaction(3, {"custom_id": custom_id, "component_type": 2}, who=who,
                        channel_id=message["channel_id"], message=message)


def modal_submit(modal: Json, values: dict[str, Any], *, who: Json = MEMBER) -> Json:
    """The MODAL_SUBMIT for a modal the bot sent, filling inputs by their label.

    `values` maps a label to a text (text inputs) or a list of strings (selects).
    """
    rows: list[Json] = []
    for row in modal["components"]:
        if row["type"] == 18:  # a label wrapping one component
            inner, label = row["component"], row["label"]
            wrap: Callable[[Json], Json] = lambda c, r=row: {  # noqa: E731
                "type": 18, "id": r.get("id", 0), "component": c}
        else:
            inner = row["components"][0]
            label = inner.get("label", "")
            wrap = lambda c: {"type": 1, "components": [c]}  # noqa: E731
        value = values.get(label, "")
        if inner["type"] == 4:
            rows.append(wrap({"type": 4, "custom_id": inner["custom_id"], "value": value}))
        else:
            rows.append(wrap({"type": inner["type"], "custom_id": inner["custom_id"],
                              "values": list(value) if value else []}))
    data = {"custom_id": modal["custom_id"], "components": rows}
    return _interaction(5, data, who=who, channel_id=CHANNEL_ID)


def thread_payload(thread_id: str, parent_id: str, name: str) -> Json:
    """A public thread started from a message (it takes the message's id)."""
    return {"id": thread_id, "type": 11, "guild_id": GUILD_ID, "parent_id": parent_id,
            "name": name, "owner_id": BOT_USER["id"], "member_count": 1, "message_count": 0,
            "rate_limit_per_user": 0, "flags": 0, "last_message_id": None,
            "thread_metadata": {"archived": False, "auto_archive_duration": 1440,
                                "archive_timestamp": "2024-01-01T00:00:00+00:00",
                                "locked": False}}


def bot_message(body: Json, *, channel_id: str = CHANNEL_ID) -> Json:
    """The message Discord stores for what the bot sent (so buttons on it can be pressed)."""
    extra: Json = {}
    if body.get("message_reference"):
        extra["message_reference"] = body["message_reference"]
    return message_payload(body.get("content") or "", author=BOT_USER, channel_id=channel_id,
                           embeds=body.get("embeds") or [],
                           components=_stored_components(body.get("components") or []),
                           **extra)


def _stored_components(rows: list[Json]) -> list[Json]:
    # Discord echoes components back with their ids; discord.py needs no more than this.
    return [{**row, "id": i + 1} for i, row in enumerate(rows)]


def selects_of(body: Json) -> dict[str, Json]:
    """custom_id → select component of every select in a sent message."""
    return {c["custom_id"]: c for row in body.get("components") or []
            for c in row.get("components", []) if c.get("type") in SELECT_TYPES}


def select_choice(select: Json, values: list[str], message: Json, *, who: Json = ADMIN) -> Json:
    """A member's choice in a select of `message`, with the `resolved` block Discord adds for
    channel and role selects."""
    data: Json = {"custom_id": select["custom_id"], "component_type": select["type"],
                  "values": values}
    if select["type"] == 8:
        data["resolved"] = {"channels": {v: resolved_channel(v)["channels"][v] for v in values}}
    elif select["type"] == 6:
        data["resolved"] = {"roles": {v: resolved_role(v)["roles"][v] for v in values}}
    return _interaction(3, data, who=who, channel_id=message["channel_id"], message=message)


def buttons_of(body: Json) -> dict[str, str]:
    """Label → custom_id of every button in a sent message."""
    return {c["label"]: c["custom_id"] for row in body.get("components") or []
            for c in row.get("components", []) if c.get("type") == 2}


def answered_facts(body: Json) -> set[str]:
    """The facts a verdict answers with, as its buttons name them (members never see ids)."""
    return {c["custom_id"].rsplit(":", 1)[1] for c in (
        c for row in body.get("components") or [] for c in row.get("components", []))
        if c.get("type") == 2 and c.get("custom_id", "").startswith("factbot:")}
