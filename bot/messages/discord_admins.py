"""Discord's wording for admins: /factbot config and status."""

from __future__ import annotations

__all__ = [
    "discord_all_packs",
    "discord_channel_cooldown_help",
    "discord_config_cooldowns",
    "discord_config_help",
    "discord_config_log_channel",
    "discord_config_log_placeholder",
    "discord_config_moderators",
    "discord_config_moderators_placeholder",
    "discord_config_packs",
    "discord_config_packs_placeholder",
    "discord_config_pick",
    "discord_config_reaction_first",
    "discord_config_reply_mode",
    "discord_config_saved",
    "discord_config_threshold",
    "discord_config_title",
    "discord_config_watch_placeholder",
    "discord_config_watched",
    "discord_cooldowns",
    "discord_factbot_help",
    "discord_moderators_need_the_commands",
    "discord_moderators_where_granted",
    "discord_none",
    "discord_problem_line",
    "discord_reaction_first_help",
    "discord_reply_mode_help",
    "discord_shard",
    "discord_status_facts",
    "discord_status_help",
    "discord_status_latency",
    "discord_status_matcher",
    "discord_status_no_problems",
    "discord_status_problems",
    "discord_status_shard",
    "discord_status_title",
    "discord_status_version",
    "discord_status_watch",
    "discord_threshold_help",
    "discord_user_cooldown_help",
    "discord_watch_needs_content",
    "discord_watch_state",
    "discord_yes_no",
]

# -- Discord admins --------------------------------------------------------------------------

def discord_factbot_help() -> str:
    return "factbot's settings and status for this server"


def discord_config_help() -> str:
    return "Show or change this server's settings (no options: show them)"


def discord_threshold_help() -> str:
    return "Lowest match score (0 to 1) that counts as a match"


def discord_reply_mode_help() -> str:
    return "Answer in the channel, in a thread, or privately"


def discord_reaction_first_help() -> str:
    return "In watched channels, react first and answer when someone clicks the reaction"


def discord_channel_cooldown_help() -> str:
    return "Seconds between passive answers in one channel"


def discord_user_cooldown_help() -> str:
    return "Seconds between passive answers to one member"


def discord_config_title() -> str:
    return "factbot settings"


def discord_config_pick() -> str:
    return ("Pick watched channels, moderator roles, the log channel and fact packs below; "
            "each choice is saved at once. The other settings are options of /factbot config.")


def discord_config_watch_placeholder() -> str:
    return "Channels to watch (none: watch nowhere)"


def discord_config_moderators_placeholder() -> str:
    return "Moderator roles (besides Manage Server)"


def discord_config_log_placeholder() -> str:
    return "Log channel for admin notices (none: no notices)"


def discord_config_packs_placeholder() -> str:
    return "Fact packs to serve"


def discord_config_saved() -> str:
    return "Saved. The new settings apply from now on."


def discord_config_packs() -> str:
    return "Fact packs"


def discord_all_packs() -> str:
    return "all bundled packs"


def discord_config_threshold() -> str:
    return "Match threshold"


def discord_config_reply_mode() -> str:
    return "Reply mode"


def discord_config_watched() -> str:
    return "Watched channels"


def discord_config_reaction_first() -> str:
    return "React first in watched channels"


def discord_config_cooldowns() -> str:
    return "Cooldowns"


def discord_cooldowns(channel_s: int, user_s: int) -> str:
    return f"{channel_s} s per channel, {user_s} s per member"


def discord_config_moderators() -> str:
    return "Moderator roles (besides Manage Server)"


def discord_moderators_need_the_commands(roles: str) -> str:
    return (f"Discord shows /factadmin and /factbot only to members with Manage Server. So "
            f"that {roles} can use them, grant them the commands in Server Settings → "
            "Integrations → factbot (add the role under each command).")


def discord_moderators_where_granted() -> str:
    return ("Grant these roles /factadmin and /factbot in Server Settings → Integrations → "
            "factbot, or Discord hides the commands from them.")


def discord_yes_no(value: bool) -> str:
    return "yes" if value else "no"


def discord_none() -> str:
    return "none"


def discord_status_help() -> str:
    return "Version, matcher, facts loaded and latency"


def discord_status_title() -> str:
    return "factbot status"


def discord_status_version() -> str:
    return "Version"


def discord_status_matcher() -> str:
    return "Matcher"


def discord_status_facts() -> str:
    return "Facts served here"


def discord_status_latency() -> str:
    return "Gateway latency"


def discord_config_log_channel() -> str:
    return "Log channel (notices for admins)"


def discord_watch_needs_content(channel: str) -> str:
    return (f"Nothing was saved: I can't watch {channel}. This bot runs without Discord's "
            "message-content access, so it cannot read messages there. Its operator can turn "
            "it on (Message Content Intent in the Developer Portal, and "
            "FACTBOT_MESSAGE_CONTENT=1). Members can still use /factcheck, mentions and "
            "Apps → Fact-check this message.")


def discord_status_watch() -> str:
    return "Passive watch"


def discord_watch_state(channels: int, can_read: bool, private: bool) -> str:
    if not channels:
        return "no channels watched"
    if not can_read:
        return (f"⚠️ {channels} channel(s) set, but not watched: this bot runs without "
                "Discord's message-content access (see /factbot config)")
    if private:
        return (f"⚠️ {channels} channel(s) set, but quiet: replies are private, and passive "
                "answers are never sent by direct message")
    return f"watching {channels} channel(s)"


def discord_status_problems() -> str:
    return "Recent permission problems"


def discord_problem_line(channel: str, what: str, status: int, code: int, at: str) -> str:
    return f"{at} · {channel}: couldn't send {what or 'a message'} ({status}, code {code})"


def discord_status_no_problems() -> str:
    return "none since the bot started"


def discord_status_shard() -> str:
    return "Shard"


def discord_shard(shard_id: int, count: int) -> str:
    return f"{shard_id + 1} of {count}"
