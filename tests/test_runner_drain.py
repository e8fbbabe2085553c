"""Shutdown that loses no accepted work: replies under way are sent before a service stops."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import subprocess
import threading
from pathlib import Path

import pytest
from discord_fake import FakeDiscord, option, slash
from runner_support import FACTBOT, REPO, wait_until
from slack_mock import (
    FORM,
    SIGNING_SECRET,
    TEAM_ID,
    MockSlackAPI,
    post_signed,
    slash_command,
)

from adapters.console.service import ConsoleService
from adapters.discord.config import DiscordConfig
from adapters.discord.service import DiscordService
from adapters.slack.api import web_client
from adapters.slack.app import build_app
from adapters.slack.serve import SlackHttpService
from bot import messages
from bot.chat.base import FactChecker
from bot.chat.observe import ObservedDesk
from bot.core.models import Claim, Reply
from bot.moderation.service import Moderation
from bot.ops import metrics
from bot.ops.http_metrics import http_trace
from bot.ops.logging_setup import configure_logging
from bot.ops.runner import EXIT_OK, Runner

pytest_plugins = ["discord_harness"]

class SlowDesk(ObservedDesk):
    """The real store, but each check takes half a second: long enough to stop mid-reply."""

    def __init__(self, inner: Moderation) -> None:
        super().__init__(inner)
        self.started = asyncio.Event()

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        self.started.set()
        await asyncio.sleep(0.5)
        return await super().check(claim, top=top)


@pytest.mark.asyncio
async def test_discord_stops_only_after_the_reply_under_way_is_sent(
        fake: FakeDiscord, desk: Moderation) -> None:
    slow = SlowDesk(desk)
    service = DiscordService(slow, DiscordConfig(token="fake.bot.token"),
                             guild_ready_timeout=0.05, http_trace=http_trace("discord"))
    runner = Runner([service], grace=10)
    running = asyncio.create_task(runner.run())
    await wait_until(service.ready, 10)
    claim = "Russia and China already have a formal alliance"  # a fact's own claim
    interaction = slash("factcheck", [option("claim", claim)])
    # Discord slows the reply down once; discord.py waits and retries, the metric counts it.
    fake.fail("POST", rf"/interactions/{interaction['id']}/[^/]+/callback$", 429)
    limited = metrics.REGISTRY.get_sample_value("factbot_rate_limits_total",
                                                {"platform": "discord"}) or 0.0
    await fake.dispatch("INTERACTION_CREATE", interaction)
    await asyncio.wait_for(slow.started.wait(), 5)
    runner.stop.set()  # what SIGTERM does
    assert await asyncio.wait_for(running, 15) == EXIT_OK
    callbacks = fake.find("POST", rf"/interactions/{interaction['id']}/[^/]+/callback$")
    assert len(callbacks) == 2  # the one refused with 429, then the one that went through
    assert callbacks[-1].json["type"] == 5  # "thinking...", then the verdict in its place
    [verdict] = fake.find("PATCH", rf"/webhooks/\d+/{interaction['token']}/messages/@original$")
    assert verdict.status == 200 and verdict.json["embeds"]
    assert metrics.REGISTRY.get_sample_value("factbot_rate_limits_total",
                                             {"platform": "discord"}) == limited + 1
    assert service.client.is_closed()
    assert not service.ready()


def _feed(stdin: io.BufferedWriter, lines: list[str]) -> None:
    try:
        for line in lines:
            stdin.write((line + "\n").encode())
        stdin.flush()
        stdin.close()
    except (BrokenPipeError, ValueError, OSError):
        pass  # the process stopped reading, as it should after SIGTERM


def test_sigterm_during_a_burst_of_checks_loses_none(tmp_path: Path,
                                                     checker: FactChecker) -> None:
    claims = [json.loads(line)["text"] for line in
              (REPO / "tests/data/article_claims.jsonl").read_text("utf-8").splitlines()]
    offtopic = (REPO / "tests/data/offtopic.txt").read_text("utf-8").splitlines()
    lines = [c for pair in zip(claims * 3, offtopic * 3, strict=False) for c in pair]
    assert len(lines) > 1000
    # One hash seed for both runs below, so that any tie the matcher breaks by set order is
    # broken the same way in each.
    env = {**os.environ, "FACTBOT_OPS_PORT": "0", "FACTBOT_DATA_DIR": str(tmp_path / "data"),
           "PYTHONHASHSEED": "0"}
    env.pop("FACTBOT_CONFIG", None)
    log_path = tmp_path / "stderr.log"
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen([str(FACTBOT), "run", "--adapter", "console"], cwd=tmp_path,
                                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=log_file)
    assert proc.stdin is not None and proc.stdout is not None
    feeder = threading.Thread(target=_feed, args=(proc.stdin, lines), daemon=True)
    feeder.start()
    seen = b""
    while seen.count(b"\n\n") < 40:  # forty replies out: the burst is well under way
        chunk = proc.stdout.read1(65536)
        assert chunk, log_path.read_text("utf-8")
        seen += chunk
    proc.send_signal(signal.SIGTERM)
    out = proc.stdout.read()
    proc.wait(60)
    feeder.join(5)
    stdout = (seen + out).decode()
    events = [json.loads(line) for line in log_path.read_text("utf-8").splitlines()]
    closed = next(e for e in events if e["event"] == "console closed")
    accepted = closed["accepted"]

    assert proc.returncode == 0
    assert 40 <= accepted < len(lines), "the signal did not land mid-burst"
    assert closed["answered"] == accepted
    assert sum(1 for e in events if e["event"] == "check") == accepted
    assert any(e["event"] == "stopping" and e["signal"] == "SIGTERM" for e in events)
    # Exactly the lines read before the signal, each answered in full, in order, then goodbye:
    # the same output as an undisturbed run over just those lines.
    undisturbed = subprocess.run([str(FACTBOT), "run", "--adapter", "console"], cwd=tmp_path,
                                 env=env, input="\n".join(lines[:accepted]) + "\n",
                                 capture_output=True, text=True, timeout=120, check=True)
    assert stdout == undisturbed.stdout
    banner = messages.console_banner(len(checker.fact_base.facts), len(checker.fact_base.packs))
    assert stdout.startswith(banner + "\n") and stdout.endswith(
        "\n\n" + messages.console_bye() + "\n")
    assert stdout.count("\n\n") == accepted




class BrokenDesk:
    """A real checker whose core fails on one particular line."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        if "explode" in claim.text:
            raise RuntimeError("internal failure")
        return self.checker.check(claim, top=top)


@pytest.mark.asyncio
async def test_console_service_survives_a_failing_check(checker: FactChecker) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"Russia and China already have a formal alliance\n"
                        b"please explode\n\n/quit\nnever read\n")
    os.close(write_end)
    out = io.StringIO()
    stream = io.StringIO()
    configure_logging(stream=stream)
    try:
        with os.fdopen(read_end, "rb") as stdin:
            console = ConsoleService(BrokenDesk(checker), stdin=stdin, stdout=out)
            assert await asyncio.wait_for(Runner([console], grace=5).run(), 30) == EXIT_OK
    finally:
        logging.getLogger().handlers.clear()
    replies = out.getvalue().split("\n\n")
    assert "Russia and China already have a formal alliance" in replies[0]
    assert replies[1] == messages.internal_error()
    assert replies[2] == messages.console_bye() + "\n"
    assert (console.accepted, console.answered) == (2, 2)
    failure = next(json.loads(line) for line in stream.getvalue().splitlines()
                   if '"checking a console line failed"' in line)
    assert "internal failure" in failure["exc"]


@pytest.mark.asyncio
async def test_slack_http_stops_only_after_the_reply_under_way_is_sent(
        desk: Moderation) -> None:
    api = MockSlackAPI().start()
    slow = SlowDesk(desk)
    try:
        app = await build_app(slow, token="xoxb-test",
                              signing_secret=SIGNING_SECRET,
                              client=web_client("xoxb-test", base_url=api.base_url))
        service = SlackHttpService(app, host="127.0.0.1", port=0, signing_secret=SIGNING_SECRET)
        runner = Runner([service], grace=10)
        running = asyncio.create_task(runner.run())
        await wait_until(lambda: service.ready() and service.port is not None, 10)
        claim = "Russia and China already have a formal alliance"
        answer = await post_signed(f"http://127.0.0.1:{service.port}/slack/events",
                                   slash_command(claim, api.response_url("late")), FORM)
        assert answer.status == 200  # acknowledged; the reply is still being prepared
        await asyncio.wait_for(slow.started.wait(), 5)
        runner.stop.set()  # what SIGTERM does
        assert await asyncio.wait_for(running, 15) == EXIT_OK
        assert api.calls_to(f"/commands/{TEAM_ID}/late"), "the reply was lost in shutdown"
        assert claim in json.dumps(api.calls_to(f"/commands/{TEAM_ID}/late")[0].body)
    finally:
        api.stop()
