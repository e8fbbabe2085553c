"""deploy/slack-manifest.yaml asks Slack for exactly what the app registers and calls."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from adapters.slack.api import COMMAND, MESSAGE_SHORTCUT
from adapters.slack.install import BOT_SCOPES

REPO = Path(__file__).resolve().parents[1]
MANIFEST = yaml.safe_load((REPO / "deploy" / "slack-manifest.yaml").read_text("utf-8"))
# The scope each Web API method the app calls needs.
METHOD_SCOPES = {"chat_postMessage": "chat:write", "chat_postEphemeral": "chat:write",
                 "users_info": "users:read", "usergroups_users_list": "usergroups:read"}
EVENT_SCOPES = {"app_mention": "app_mentions:read", "message.channels": "channels:history",
                "message.groups": "groups:history"}


def _called_methods() -> set[str]:
    called = set()
    for path in (REPO / "adapters" / "slack").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in METHOD_SCOPES:
                called.add(node.attr)
            if isinstance(node, ast.Attribute) and node.attr.startswith(("views_", "chat_")):
                called.add(node.attr)
    return called


def test_manifest_registers_the_command_shortcut_and_events() -> None:
    features = MANIFEST["features"]
    assert [c["command"] for c in features["slash_commands"]] == [COMMAND]
    [shortcut] = features["shortcuts"]
    assert (shortcut["type"], shortcut["callback_id"], shortcut["name"]) == (
        "message", MESSAGE_SHORTCUT, "Fact-check this message")
    assert features["app_home"]["home_tab_enabled"] is True
    settings = MANIFEST["settings"]
    assert settings["socket_mode_enabled"] is True and settings["interactivity"]["is_enabled"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {
        "app_home_opened", "app_mention", "message.channels", "message.groups",
        "app_uninstalled", "tokens_revoked"}


def test_manifest_scopes_are_the_install_scopes_and_cover_every_call() -> None:
    scopes = MANIFEST["oauth_config"]["scopes"]["bot"]
    assert sorted(scopes) == sorted(BOT_SCOPES)
    called = _called_methods()
    assert {"chat_postMessage", "users_info", "usergroups_users_list"} <= called
    for method in called & METHOD_SCOPES.keys():
        assert METHOD_SCOPES[method] in scopes, method
    for event in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        if event in EVENT_SCOPES:
            assert EVENT_SCOPES[event] in scopes, event
