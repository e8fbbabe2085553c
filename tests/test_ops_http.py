"""The ops port over real HTTP: liveness, readiness, Prometheus metrics, and check logs."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import asyncpg
import pytest
import pytest_asyncio
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families
from slack_mock import FACTS_DIR, MockSlackAPI, mention_event, running_app
from store_support import ADMIN_URL

from bot import __version__
from bot.chat.base import CheckerDesk, FactChecker
from bot.chat.observe import ObservedChecking, ObservedDesk
from bot.core.models import Claim
from bot.moderation.errors import UnknownFact
from bot.moderation.service import Moderation
from bot.moderation.types import Actor, FactInput, ServerKey
from bot.ops import metrics
from bot.ops.http_metrics import http_trace
from bot.ops.logging_setup import configure_logging
from bot.ops.ops_http import OpsPortUnavailable, OpsServer, Readiness
from bot.store.database import is_database_error

# A fact's own claim always matches that fact; its verdict is the fact's.
FACT_ID = "alliance-already-formal"
UNMATCHED = "my cat likes fish soup a lot"


@pytest_asyncio.fixture
async def ops() -> AsyncIterator[OpsServer]:
    server = OpsServer(Readiness(timeout=0.2), host="127.0.0.1", port=0)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def get(server: OpsServer, path: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{server.port}{path}") as response:
        return response.status, response.headers["Content-Type"], await response.text()


async def admin_sql(sql: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def sample(name: str, labels: dict[str, str]) -> float:
    value = metrics.REGISTRY.get_sample_value(name, labels)
    return value or 0.0


@pytest.mark.asyncio
async def test_healthz_answers_while_the_process_lives(ops: OpsServer) -> None:
    assert ops.port != 0
    status, ctype, body = await get(ops, "/healthz")
    assert status == 200 and ctype.startswith("application/json")
    assert json.loads(body) == {"status": "ok"}


@pytest.mark.asyncio
async def test_readyz_is_ready_only_when_every_callback_says_so(ops: OpsServer) -> None:
    connected = {"discord": False}

    async def database() -> bool:
        return True

    ops.readiness.register("facts", lambda: True)
    ops.readiness.register("database", database)
    ops.readiness.register("discord", lambda: connected["discord"])
    status, _, body = await get(ops, "/readyz")
    assert status == 503
    assert json.loads(body) == {"ready": False,
                                "checks": {"facts": True, "database": True, "discord": False}}
    connected["discord"] = True
    status, _, body = await get(ops, "/readyz")
    assert status == 200 and json.loads(body)["ready"] is True


@pytest.mark.asyncio
async def test_a_hung_or_failing_check_is_not_ready_and_does_not_hang_the_probe(
        ops: OpsServer) -> None:
    async def hung() -> bool:
        await asyncio.sleep(30)
        return True

    def broken() -> bool:
        raise ConnectionRefusedError("database down")

    ops.readiness.register("database", hung)
    ops.readiness.register("redis", broken)
    status, _, body = await asyncio.wait_for(get(ops, "/readyz"), 5)
    assert status == 503
    assert json.loads(body)["checks"] == {"database": False, "redis": False}


@pytest.mark.asyncio
async def test_metrics_count_checks_by_platform_and_verdict(ops: OpsServer,
                                                            checker: FactChecker) -> None:
    desk = ObservedChecking(CheckerDesk(checker))
    fact = checker.fact_base.get(FACT_ID)
    assert fact is not None
    checks = {"platform": "metrics-test", "verdict": str(fact.verdict)}
    misses = {"platform": "metrics-test", "verdict": "no_match"}
    before = (sample("factbot_checks_total", checks), sample("factbot_checks_total", misses),
              sample("factbot_unmatched_claims_total", {"platform": "metrics-test"}),
              sample("factbot_match_latency_seconds_count", {"platform": "metrics-test"}))
    for text in (fact.claim, fact.claim, UNMATCHED):
        await desk.check(Claim(text=text, platform="metrics-test"))
    metrics.record_moderation("metrics-test", "fact_edited")
    metrics.record_platform_error("metrics-test", "http_403")
    metrics.record_rate_limit("metrics-test")

    status, ctype, body = await get(ops, "/metrics")
    assert status == 200 and ctype.startswith("text/plain; version=0.0.4")
    found = {(s.name, tuple(sorted(s.labels.items()))): s.value
             for family in text_string_to_metric_families(body) for s in family.samples}

    def value(name: str, **labels: str) -> float:
        return found[(name, tuple(sorted({"platform": "metrics-test", **labels}.items())))]

    assert value("factbot_checks_total", verdict=str(fact.verdict)) == before[0] + 2
    assert value("factbot_checks_total", verdict="no_match") == before[1] + 1
    assert value("factbot_unmatched_claims_total") == before[2] + 1
    assert value("factbot_match_latency_seconds_count") == before[3] + 3
    assert value("factbot_match_latency_seconds_bucket", le="+Inf") == before[3] + 3
    assert value("factbot_moderation_actions_total", action="fact_edited") >= 1
    assert value("factbot_platform_errors_total", kind="http_403") >= 1
    assert value("factbot_rate_limits_total") >= 1
    names = {name for name, _ in found}
    assert {"process_resident_memory_bytes", "python_gc_objects_collected_total"} <= names
    assert found[("factbot_info", (("version", __version__),))] == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("with_text", [False, True])
async def test_one_log_event_per_check_without_message_text_unless_enabled(
        checker: FactChecker, with_text: bool) -> None:
    fact = checker.fact_base.get(FACT_ID)
    assert fact is not None
    stream = io.StringIO()
    configure_logging(stream=stream, message_text=with_text)
    try:
        desk = ObservedChecking(CheckerDesk(checker))
        await desk.check(Claim(text=fact.claim, platform="discord", server="g1", channel="c1",
                               user="u1"))
        await desk.check(Claim(text=UNMATCHED, platform="slack", server="T1"))
    finally:
        logging.getLogger().handlers.clear()
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [e["event"] for e in events] == ["check", "check"]
    first, second = events
    assert first["platform"] == "discord" and first["server"] == "g1"
    assert first["verdict"] == str(fact.verdict) and first["fact_id"] == FACT_ID
    assert 0.6 <= first["score"] <= 1 and first["latency_ms"] > 0
    assert second["verdict"] == "no_match" and second["fact_id"] is None
    assert "u1" not in stream.getvalue()
    if with_text:
        assert (first["text"], second["text"]) == (fact.claim, UNMATCHED)
    else:
        assert "text" not in first and fact.claim not in stream.getvalue()
        assert UNMATCHED not in stream.getvalue()


@pytest.mark.asyncio
async def test_moderator_actions_that_succeed_are_counted(tmp_path: Path) -> None:
    store = await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}")
    try:
        desk = ObservedDesk(store)
        server, actor = ServerKey("discord", "4242"), Actor("discord", "7", "mod")
        labels = {"platform": "discord", "action": "add_fact"}
        before = sample("factbot_moderation_actions_total", labels)
        record = await desk.add_fact(server, actor, FactInput(
            claim="The test harbour bridge was painted green", verdict="false",
            summary="Town records say it was painted blue."))
        assert sample("factbot_moderation_actions_total", labels) == before + 1
        edits = {"platform": "discord", "action": "edit_fact"}
        before_edits = sample("factbot_moderation_actions_total", edits)
        with pytest.raises(UnknownFact):
            await desk.edit_fact(server, actor, "no-such-fact", {"summary": "x"})
        assert sample("factbot_moderation_actions_total", edits) == before_edits
        await desk.edit_fact(server, actor, record.fact.id, {"summary": "Painted blue."})
        assert sample("factbot_moderation_actions_total", edits) == before_edits + 1
        assert (await desk.get_fact(server, record.fact.id)).fact.summary == "Painted blue."
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_every_moderator_action_through_the_observed_desk_is_counted_once(
        tmp_path: Path) -> None:
    store = await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}")
    server, actor = ServerKey("slack", "T4242"), Actor("slack", "U7", "mod")

    def count(action: str) -> float:
        return sample("factbot_moderation_actions_total", {"platform": "slack", "action": action})

    try:
        desk = ObservedDesk(store)
        actions = ("update_settings", "add_fact", "retire_fact", "restore_fact", "import_facts",
                   "approve_suggestion", "reject_suggestion", "fact_from_unmatched",
                   "dismiss_unmatched", "resolve_report")
        before = {a: count(a) for a in actions}
        await desk.update_settings(server, actor, threshold="0.7")
        record = await desk.add_fact(server, actor, FactInput(
            claim="The test lighthouse was painted red", verdict="false",
            summary="Harbour records say it was painted white."))
        await desk.retire_fact(server, actor, record.fact.id)
        await desk.restore_fact(server, actor, record.fact.id)
        exported = await desk.export_facts(server, "yaml")
        await desk.import_facts(server, actor, exported, "yaml")
        member = Actor("slack", "U8", "member")
        first = await desk.suggest(server, member, FactInput(
            claim="The test pier was built in 1901", verdict="true", summary="The plaque says so."))
        second = await desk.suggest(server, member, fact_id=record.fact.id, note="Looks wrong.")
        await desk.approve_suggestion(server, actor, first.id)
        await desk.reject_suggestion(server, actor, second.id, "The records agree.")
        for text in ("the test ferry sails at noon", "the test tram is blue"):
            await desk.check(Claim(text, platform="slack", server="T4242", explicit=True))
        waiting = await desk.unmatched(server)
        await desk.fact_from_unmatched(server, actor, waiting[0].id, FactInput(
            claim=waiting[0].text, verdict="unproven", summary="Nobody has checked yet."))
        await desk.dismiss_unmatched(server, actor, waiting[1].id)
        report = await desk.report(server, member, record.fact.id, record.fact.claim, "Too old.")
        await desk.feedback(server, member, record.fact.id, True)
        await desk.resolve_report(server, actor, report.id, "Checked again.")
        assert {a: count(a) - before[a] for a in actions} == dict.fromkeys(actions, 1)
        assert (await desk.settings(server)).threshold == 0.7
        assert (await desk.feedback_counts(server))[record.fact.id].helpful == 1
        assert await desk.list_reports(server) == []
        assert await desk.list_suggestions(server) == []
        assert await desk.unmatched(server) == []
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_platform_http_errors_and_rate_limits_are_counted() -> None:
    async def answer(request: web.Request) -> web.Response:
        return web.Response(status=int(request.match_info["status"]))

    app = web.Application()
    app.router.add_get("/{status}", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    platform = "trace-test"
    try:
        async with aiohttp.ClientSession(trace_configs=[http_trace(platform)]) as session:
            for status in (200, 429, 429, 403, 502):
                async with session.get(f"http://127.0.0.1:{port}/{status}") as response:
                    assert response.status == status
            with pytest.raises(aiohttp.ClientConnectionError):
                await session.get(f"http://127.0.0.1:{_closed_port()}/200")
    finally:
        await runner.cleanup()
    assert sample("factbot_rate_limits_total", {"platform": platform}) == 2
    errors = {kind: sample("factbot_platform_errors_total", {"platform": platform, "kind": kind})
              for kind in ("http_403", "http_502", "http_200", "ClientConnectorError")}
    assert errors == {"http_403": 1, "http_502": 1, "http_200": 0, "ClientConnectorError": 1}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.asyncio
async def test_a_busy_ops_port_is_refused_with_a_sentence_to_act_on() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = OpsServer(Readiness(), host="127.0.0.1", port=port)
        with pytest.raises(OpsPortUnavailable) as caught:
            await server.start()
    assert str(caught.value).startswith(f"cannot listen on 127.0.0.1:{port} for /healthz")
    assert "FACTBOT_OPS_PORT" in str(caught.value)
    await server.stop()


async def page_value(ops: OpsServer, name: str, **labels: str) -> float:
    """A sample as the metrics page shows it (0 when absent)."""
    status, _, body = await get(ops, "/metrics")
    assert status == 200
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            if s.name == name and s.labels == labels:
                return float(s.value)
    return 0.0


@pytest.mark.asyncio
async def test_a_check_that_fails_with_a_database_error_is_counted(ops: OpsServer) -> None:
    """PostgreSQL goes away under a running store: the check fails, and the metrics say why."""
    name = f"factbot_metrics_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    await admin_sql(f'CREATE DATABASE "{name}"')
    url = ADMIN_URL.replace("postgresql://", "postgresql+asyncpg://", 1).rsplit("/", 1)[0]
    url += "/" + name
    store = await Moderation.open(url, packs=[FACTS_DIR])
    desk = ObservedDesk(store)
    labels = {"platform": "discord", "cause": "database"}
    try:
        before = await page_value(ops, "factbot_check_failures_total", **labels)
        fact_claim = "Russia and China already have a formal alliance"
        await desk.check(Claim(text=fact_claim, platform="discord", server="1", explicit=True))
        assert await page_value(ops, "factbot_check_failures_total", **labels) == before
        await admin_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        with pytest.raises(Exception) as failed:
            await desk.check(Claim(text=fact_claim, platform="discord", server="2",
                                   explicit=True))
        assert is_database_error(failed.value), repr(failed.value)
        assert await page_value(ops, "factbot_check_failures_total", **labels) == before + 1
        assert desk.in_flight == 0
    finally:
        await store.close()
        await admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.asyncio
async def test_slack_api_errors_answered_with_http_200_are_counted(
        ops: OpsServer, tmp_path: Path) -> None:
    """Slack answers most failures with HTTP 200 and `ok: false`; they count all the same."""
    api = MockSlackAPI().start()
    labels = {"platform": "slack", "kind": "api_not_in_channel"}
    try:
        async with running_app(tmp_path, api) as bot:
            before = await page_value(ops, "factbot_platform_errors_total", **labels)
            api.fail_next("chat.postMessage", error="not_in_channel")
            answer = await bot.event(mention_event(
                "Russia and China already have a formal alliance"))
            assert answer.status == 200
            await api.wait_for("chat.postMessage")
            for _ in range(100):
                if await page_value(ops, "factbot_platform_errors_total", **labels) > before:
                    break
                await asyncio.sleep(0.02)
            assert await page_value(ops, "factbot_platform_errors_total",
                                    **labels) == before + 1
            # The same call succeeding counts nothing.
            await bot.event(mention_event("Russia and China already have a formal alliance",
                                          ts="1700000000.000300"))
            await api.wait_for("chat.postMessage", count=2)
            await api.settle(0.2)
            assert await page_value(ops, "factbot_platform_errors_total",
                                    **labels) == before + 1
    finally:
        api.stop()
