"""Discord settings from the environment: the token, shards, switches; every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.discord_bot import intents_for
from adapters.discord_config import DiscordConfig, DiscordConfigError, load_discord_config


def test_defaults_are_safe() -> None:
    config = load_discord_config({"DISCORD_TOKEN": " abc.def "})
    assert config == DiscordConfig(token="abc.def")
    assert not config.allow_dms and not config.message_content
    assert not intents_for(config).message_content
    assert "abc.def" not in repr(config)


def test_everything_set(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("from-a-file\n", encoding="utf-8")
    config = load_discord_config({
        "DISCORD_TOKEN_FILE": str(token_file), "DISCORD_DEV_GUILD": "1100000000000000100",
        "FACTBOT_SHARD_COUNT": "4", "FACTBOT_SHARD_IDS": "0, 2", "FACTBOT_DISCORD_DMS": "yes",
        "FACTBOT_MESSAGE_CONTENT": "1"})
    assert config == DiscordConfig(token="from-a-file", dev_guild=1100000000000000100,
                                   shard_count=4, shard_ids=(0, 2), allow_dms=True,
                                   message_content=True)
    assert intents_for(config).message_content


@pytest.mark.parametrize(("env", "expected"), [
    ({}, ["No Discord bot token: set DISCORD_TOKEN, or DISCORD_TOKEN_FILE"]),
    ({"DISCORD_TOKEN_FILE": "/nonexistent/token"},
     ["DISCORD_TOKEN_FILE names /nonexistent/token, which cannot be read"]),
    ({"DISCORD_TOKEN": "t", "FACTBOT_SHARD_IDS": "1"},
     ["FACTBOT_SHARD_IDS needs FACTBOT_SHARD_COUNT"]),
    ({"DISCORD_TOKEN": "t", "FACTBOT_SHARD_IDS": "1,4", "FACTBOT_SHARD_COUNT": "4"},
     ["FACTBOT_SHARD_IDS must be numbers from 0 to 3"]),
    ({"DISCORD_TOKEN": "t", "FACTBOT_SHARD_IDS": "one"}, ["FACTBOT_SHARD_IDS is 'one'"]),
    ({"DISCORD_TOKEN": "t", "DISCORD_DEV_GUILD": "my-server"},
     ["DISCORD_DEV_GUILD is 'my-server'; it must be a whole number."]),
    # Every problem is reported together.
    ({"FACTBOT_DISCORD_DMS": "maybe", "FACTBOT_MESSAGE_CONTENT": "sure"},
     ["No Discord bot token", "FACTBOT_DISCORD_DMS is 'maybe'; use 1 (on) or 0 (off).",
      "FACTBOT_MESSAGE_CONTENT is 'sure'"]),
])
def test_problems_are_reported_together(env: dict[str, str], expected: list[str]) -> None:
    with pytest.raises(DiscordConfigError) as caught:
        load_discord_config(env)
    assert len(caught.value.problems) == len(expected)
    for problem, start in zip(caught.value.problems, expected, strict=True):
        assert problem.startswith(start)


def test_empty_token_file(tmp_path: Path) -> None:
    empty = tmp_path / "token"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(DiscordConfigError, match="which is empty"):
        load_discord_config({"DISCORD_TOKEN_FILE": str(empty)})
