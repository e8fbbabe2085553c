"""/factcheck end to end: a signed request over HTTP to the served app, replies to response_url."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from slack_mock import FORM, MockSlackAPI, post_signed, slash_command

from adapters.slack_app import create_app, web_client
from adapters.slack_run import EVENTS_PATH, http_server
from adapters.slack_service import CoreCheckService
from bot.service import FactChecker
from bot.settings import ServerSettings

pytestmark = pytest.mark.asyncio

CLAIM = "Russia and China are formal military allies"


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    yield api
    api.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest_asyncio.fixture
async def served(slack: MockSlackAPI, checker: FactChecker) -> AsyncIterator[str]:
    service = CoreCheckService(checker, ServerSettings(reply_mode="private"))
    app = create_app(service, token="xoxb-test", signing_secret="test-signing-secret",
                     client=web_client("xoxb-test", base_url=slack.base_url))
    port = free_port()
    server = http_server(app, host="127.0.0.1", port=port, oauth=False)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    yield f"http://127.0.0.1:{port}{EVENTS_PATH}"
    server.should_exit = True
    await task


async def test_factcheck_answers_with_block_kit(slack: MockSlackAPI, served: str,
                                                checker: FactChecker) -> None:
    expected = checker.check(CLAIM).primary
    assert expected.fact is not None
    answer = await post_signed(served, slash_command(CLAIM, slack.response_url("a")), FORM)
    assert answer.status == 200
    sent = (await slack.wait_for("/commands/T0001/a")).body
    assert sent["response_type"] == "ephemeral"
    blocks = sent["blocks"]
    assert blocks[0]["type"] == "header"
    assert blocks[0]["text"]["text"].endswith(expected.verdict.value.capitalize())
    text = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b)
    assert CLAIM in text and expected.fact.summary[:40] in text
    context = next(b for b in blocks if b["type"] == "context")
    assert expected.fact.source.title in context["elements"][0]["text"]
    actions = next(b for b in blocks if b["type"] == "actions")
    assert {e["action_id"] for e in actions["elements"]} >= {
        "factbot_helpful", "factbot_not_helpful", "factbot_report"}
