"""Whether the command tree changed since it was last synced to Discord.

Syncing is a rate-limited call Discord asks bots to make only when their commands change. The
tree's schema, exactly as a sync would send it, is hashed; the hash of the last successful sync
is kept in the store (per application and per place: global, or the development guild), and a
start with the same hash does not sync.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import discord
from discord import app_commands


def schema_of(tree: app_commands.CommandTree[Any],
              guild: discord.abc.Snowflake | None) -> list[dict[str, Any]]:
    """The commands as a sync of `guild` (None: global) would send them."""
    return [command.to_dict(tree) for command in tree.get_commands(guild=guild)]


def schema_hash(schema: list[dict[str, Any]]) -> str:
    text = json.dumps(sorted(schema, key=lambda c: (c.get("type", 1), c["name"])),
                      sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def state_key(application_id: int | None, guild_id: int | None) -> str:
    place = f"guild:{guild_id}" if guild_id is not None else "global"
    return f"discord:commands:{application_id}:{place}"
