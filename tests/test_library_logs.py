"""Every line the process writes in the JSON log mode is one JSON object, the libraries' too.

A real `factbot run` serves Discord (discord.py against the fake Discord) and Slack in HTTP mode
(aiohttp); at log level debug, the test then sends both listening ports bytes that are not
HTTP, which aiohttp logs in its own words with a traceback, and reads everything the process
wrote.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from discord_fake import DISCORD_BOOT, FakeDiscord
from slack_mock import SIGNING_SECRET, MockSlackAPI


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def ready(port: int) -> bool:
    try:
        async with aiohttp.ClientSession() as session, session.get(
                f"http://127.0.0.1:{port}/readyz") as response:
            return response.status == 200
    except aiohttp.ClientError:
        return False


async def send_garbage(port: int) -> None:
    """Bytes that are not an HTTP request, as a port scanner or a confused client sends."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"\x16\x03\x01\x00\xa5 not http at all\r\n\r\n")
    await writer.drain()
    await reader.read()
    writer.close()
    await writer.wait_closed()


def events(log: Path) -> list[dict[str, Any]]:
    """Every line of the log as a JSON object; a line that is not one fails the test."""
    out = []
    for number, line in enumerate(log.read_text("utf-8").splitlines(), 1):
        try:
            event = json.loads(line)
        except ValueError:
            raise AssertionError(f"line {number} is not JSON: {line!r}") from None
        assert isinstance(event, dict) and {"ts", "level", "logger", "event"} <= set(event), line
        out.append(event)
    return out


@pytest.mark.asyncio
async def test_every_line_a_library_writes_is_json(tmp_path: Path) -> None:
    fake = await FakeDiscord().start()
    api = MockSlackAPI().start()
    slack_port, ops_port = free_port(), free_port()
    env = {**os.environ, "DISCORD_TOKEN": "fake.bot.token", "FACTBOT_SLACK_MODE": "http",
           "FACTBOT_SLACK_PORT": str(slack_port), "FACTBOT_OPS_PORT": str(ops_port),
           "FACTBOT_SLACK_API_URL": api.base_url, "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_SIGNING_SECRET": SIGNING_SECRET, "FACTBOT_DATA_DIR": str(tmp_path),
           "FACTBOT_LOGGING_FORMAT": "json", "FACTBOT_LOGGING_LEVEL": "debug",
           # Python's own warnings go through logging too.
           "PYTHONWARNINGS": "always::ResourceWarning"}
    env.pop("FACTBOT_CONFIG", None)
    log = tmp_path / "log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", DISCORD_BOOT, fake.api_base, fake.ws_url,
             "run", "--adapter", "discord", "--adapter", "slack"],
            env=env, cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
    try:
        for _ in range(600):
            assert proc.poll() is None, log.read_text("utf-8")
            if await ready(ops_port):
                break
            await asyncio.sleep(0.1)
        await send_garbage(slack_port)
        await send_garbage(ops_port)
        for _ in range(100):
            if log.read_text("utf-8").count('"logger": "aiohttp.server"') >= 2:
                break
            await asyncio.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text("utf-8")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        api.stop()
        await fake.stop()
    seen = events(log)
    by_logger = {e["logger"] for e in seen}
    # aiohttp's, discord.py's and factbot's own lines all came out, each as JSON.
    assert {"aiohttp.server", "factbot.runner"} <= by_logger, by_logger
    assert any(name.startswith("discord.") for name in by_logger), by_logger
    # aiohttp's account of each refused request, its traceback inside the JSON object.
    refused = [e for e in seen if e["logger"] == "aiohttp.server"
               and e["event"].startswith("Error handling request")]
    assert len(refused) >= 2 and all("exc" in e for e in refused), refused
