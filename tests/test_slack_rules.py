"""Slack's own rules, as the real Slack applies them: escaped text and markup in what members
write, retried events, posting where the app is not a member, and requests from anyone."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import pytest_asyncio
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_mock import (
    ACK_SECONDS,
    BOT_USER_ID,
    FORM,
    JSON,
    SIGNING_SECRET,
    MockSlackAPI,
    MockSocketModeServer,
    Running,
    block_action,
    deliver,
    event_callback,
    interactive,
    mention_event,
    message_event,
    post_raw,
    post_signed,
    running_app,
    slash_command,
    view_submission,
)
from store_support import create_pg_database, drop_pg_database

from adapters.slack.api import web_client
from adapters.slack.app import build_app
from adapters.slack.blocks import ButtonRef
from adapters.slack.serve import SlackSocketService
from adapters.slack.service import workspace
from bot.core.models import Claim, Reply
from bot.ops.logging_setup import configure_logging

pytestmark = pytest.mark.asyncio

SURE = "Chinese troops ambushed a Soviet border patrol in March 1969"
ALLIES = "Russia & China are formal military allies"
NOTHING = "The moon landing was staged in a film studio in Nevada"


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    yield api
    api.stop()
    assert not api.refused, f"Slack would refuse: {api.refused}"


@pytest_asyncio.fixture
async def bot(tmp_path: Path, slack: MockSlackAPI) -> AsyncIterator[Running]:
    async with running_app(tmp_path, slack, reply_mode="private",
                           watched_channels=["C0001"]) as running:
        yield running


def rendered(node: object) -> str:
    """Every text of a payload that Slack shows (button values are not shown)."""
    if isinstance(node, dict):
        return "\n".join(v if k == "text" and isinstance(v, str) else rendered(v)
                         for k, v in node.items() if k != "value")
    if isinstance(node, list):
        return "\n".join(rendered(item) for item in node)
    return ""


def claim_line(blocks: list[dict[str, object]]) -> str:
    return rendered(blocks[1])


class Captured(logging.Handler):
    """Every record of every logger, the libraries' included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def text(self) -> str:
        out = []
        for record in self.records:
            out.append(record.getMessage())
            if record.exc_info:
                out.append("Traceback")
        return "\n".join(out)


@pytest.fixture
def logs() -> Iterator[Captured]:
    handler = Captured()
    loggers = [logging.getLogger()]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    yield handler
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)


# -- text as Slack sends it -------------------------------------------------------------------

async def test_an_ampersand_is_read_as_typed_and_escaped_once(bot: Running) -> None:
    sent_by_slack = parse_qs(slash_command(ALLIES, "x"))["text"]
    assert sent_by_slack == ["Russia &amp; China are formal military allies"]
    await bot.command(ALLIES, "amp")
    sent = (await bot.api.wait_for("/commands/T0001/amp")).body
    line = claim_line(sent["blocks"])
    assert "Russia &amp; China are formal military allies" in line
    assert "&amp;amp;" not in rendered(sent)
    assert "&amp;amp;" not in sent["text"]


async def test_angle_brackets_are_read_as_typed_and_queued_decoded(bot: Running) -> None:
    claim = "The moon landing <was> staged in a film studio in Nevada > 3 times"
    await bot.command(claim, "lt")
    sent = (await bot.api.wait_for("/commands/T0001/lt")).body
    assert "&amp;lt;" not in rendered(sent)
    queued = await bot.moderation.unmatched(workspace("T0001"))
    assert [u.text for u in queued] == [claim]


async def test_mentions_channels_and_links_show_as_names(bot: Running) -> None:
    bot.api.add_user("U0CAROL", name="carol")
    await bot.event(mention_event(
        f"<@U0BOB|bob> and <@U0CAROL> said in <#C0002|random> that {SURE} "
        "<https://example.org/a?b=1&c=2|per this>"))
    sent = (await bot.api.wait_for("chat.postMessage")).body
    line = claim_line(sent["blocks"])
    assert "@carol said in #random that Chinese troops" in line
    assert "per this" in line
    for raw in ("<@", "U0BOB", "U0CAROL", "<#", "C0002", "&lt;", "|"):
        assert raw not in line
    # the bot's own mention is the only one dropped
    assert BOT_USER_ID not in line and "factbot" not in line.lower()
    # a name is looked up once, then kept
    await bot.event(mention_event(f"<@U0CAROL> says {SURE}", ts="1700000000.000900"))
    second = (await bot.api.wait_for("chat.postMessage", count=2)).body
    assert "@carol says" in claim_line(second["blocks"])
    assert len(bot.api.calls_to("users.info")) == 1


async def test_formatting_in_a_claim_is_shown_not_applied(bot: Running) -> None:
    await bot.command("*Russia* and ~China~ are _formal_ `military` allies", "fmt")
    sent = (await bot.api.wait_for("/commands/T0001/fmt")).body
    line = claim_line(sent["blocks"])
    assert "Russia" in line and "military" in line
    for marker in ("*Russia*", "~China~", "_formal_", "`military`"):
        assert marker not in line
    assert "*" not in sent["text"] and "`" not in sent["text"]


# -- retried events ---------------------------------------------------------------------------

async def test_retried_events_are_answered_once(bot: Running) -> None:
    event = mention_event(SURE)
    answers = [await bot.event(event, retry=n) for n in range(3)]
    assert [a.status for a in answers] == [200, 200, 200]
    await bot.api.wait_for("chat.postMessage")
    await bot.api.settle(0.6)
    assert len(bot.api.calls_to("chat.postMessage")) == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """One fact database for two instances, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'shared.db'}"
        return
    url = create_pg_database("factbot_slack_events")
    yield url
    drop_pg_database(url)


async def test_an_event_reaching_two_instances_is_answered_once(
        tmp_path: Path, slack: MockSlackAPI, database_url: str) -> None:
    events = [mention_event(SURE, ts=f"1700000000.{n:06d}") for n in range(1, 6)]
    async with running_app(tmp_path, slack, database_url=database_url) as first, \
            running_app(tmp_path, slack, database_url=database_url) as second:
        # each event reaches both instances at the same moment, as when an acknowledgement
        # was lost and the retry went to the other instance
        answers = await asyncio.gather(*(bot.event(event, retry=attempt)
                                         for event in events
                                         for attempt, bot in enumerate((first, second))))
        assert [a.status for a in answers] == [200] * 10
        await slack.wait_for("chat.postMessage", count=5)
        await slack.settle(0.6)
    threads = sorted(c.body["thread_ts"] for c in slack.calls_to("chat.postMessage"))
    assert threads == [e["event"]["ts"] for e in events]


async def test_socket_mode_retries_are_answered_once(tmp_path: Path, slack: MockSlackAPI,
                                                     bot: Running) -> None:
    server = MockSocketModeServer().start()
    slack.socket_mode_url = server.url
    app = await build_app(bot.moderation, db=bot.moderation.db, token="xoxb-test",
                          client=web_client("xoxb-test", base_url=slack.base_url))
    handler = AsyncSocketModeHandler(app, "xapp-1-A0001-test")
    await handler.connect_async()  # type: ignore[no-untyped-call]
    try:
        event = mention_event(SURE)
        for attempt in range(3):
            await server.wait_ack(server.push("events_api", event, retry=attempt))
        await slack.wait_for("chat.postMessage")
        await slack.settle(0.6)
        assert len(slack.calls_to("chat.postMessage")) == 1
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]
        server.stop()


async def test_slack_gets_its_acknowledgement_before_a_slow_answer(
        bot: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    check = bot.moderation.check

    async def slow_check(claim: Claim, *, top: int = 5) -> Reply:
        await asyncio.sleep(ACK_SECONDS + 0.5)  # a check slower than Slack waits for an ack
        return await check(claim)

    monkeypatch.setattr(bot.moderation, "check", slow_check)
    answers = await deliver(bot.url, mention_event(SURE))
    assert [a.status if a else None for a in answers] == [200]  # no retry was needed
    command = await post_signed(bot.url, slash_command(SURE, bot.api.response_url("slow")), FORM,
                                timeout=ACK_SECONDS)
    assert command.status == 200
    await bot.api.wait_for("chat.postMessage", timeout=10)
    await bot.api.wait_for("/commands/T0001/slow", timeout=10)


# -- where the app is not a member ------------------------------------------------------------

async def test_the_mock_refuses_posts_where_the_app_is_not_a_member(bot: Running) -> None:
    client = bot.app.client
    for channel, error in (("C0OTHER", "not_in_channel"), ("C0NONE", "channel_not_found")):
        for call in (client.chat_postMessage, client.chat_postEphemeral):
            with pytest.raises(Exception, match=error):
                await call(channel=channel, user="UALICE", text="x")


@pytest.mark.parametrize("response_url", [True, False])
async def test_report_thanks_reach_the_member_where_the_app_is_not_in_the_channel(
        bot: Running, response_url: bool) -> None:
    await bot.command(SURE, "src", channel="C0OTHER")
    sent = (await bot.api.wait_for("/commands/T0001/src")).body
    value = next(e["value"] for b in sent["blocks"] if b["type"] == "actions"
                 for e in b["elements"] if e["action_id"] == "factbot_report")
    press = block_action("factbot_report", value,
                         response_url=bot.api.response_url("btn") if response_url else None)
    press["channel"] = {"id": "C0OTHER", "name": "elsewhere"}
    await bot.interact(press)
    view = (await bot.api.wait_for("views.open")).body["view"]
    done = await bot.interact(view_submission(view, {"reason": "The patrol was Soviet-led"}))
    assert done.status == 200
    await bot.api.wait_for("chat.postEphemeral")
    if response_url:
        thanks = (await bot.api.wait_for("/commands/T0001/btn")).body
        assert thanks["response_type"] == "ephemeral" and thanks["replace_original"] is False
    else:
        thanks = (await bot.api.wait_for("chat.postMessage")).body
        assert thanks["channel"] == "UALICE"
    assert "Thanks" in thanks["text"]
    assert len(await bot.moderation.list_reports(workspace("T0001"))) == 1


async def test_suggestion_thanks_reach_the_member_where_the_app_is_not_in_the_channel(
        bot: Running) -> None:
    await bot.command(NOTHING, "nm", channel="C0NONE")
    sent = (await bot.api.wait_for("/commands/T0001/nm")).body
    value = next(e["value"] for b in sent["blocks"] if b["type"] == "actions"
                 for e in b["elements"] if e["action_id"] == "factbot_suggest")
    press = block_action("factbot_suggest", value, response_url=bot.api.response_url("sug"))
    press["channel"] = {"id": "C0NONE", "name": "private"}
    await bot.interact(press)
    view = (await bot.api.wait_for("views.open")).body["view"]
    done = await bot.interact(view_submission(view, {
        "verdict": {"selected_option": {"value": "false"}},
        "summary": "The landings were filmed live and verified independently."}))
    assert done.status == 200 and done.text == ""
    thanks = (await bot.api.wait_for("/commands/T0001/sug")).body
    assert thanks["response_type"] == "ephemeral" and "Thanks" in thanks["text"]
    assert len(await bot.moderation.list_suggestions(workspace("T0001"))) == 1


# -- requests from anyone ---------------------------------------------------------------------

MALFORMED = "payload=%7Bnot-json"


async def test_unsigned_requests_are_refused(bot: Running, logs: Captured) -> None:
    body = slash_command(SURE, bot.api.response_url("uns"))
    answer = await post_raw(bot.url, body, {"Content-Type": FORM})
    assert answer.status == 401
    answer = await post_raw(bot.url, MALFORMED, {"Content-Type": FORM})
    assert answer.status == 401
    assert "Traceback" not in logs.text()


async def test_malformed_bodies_are_401_unsigned_and_400_signed_without_a_traceback(
        bot: Running, logs: Captured) -> None:
    forged = await post_signed(bot.url, MALFORMED, FORM, secret="wrong-secret")
    assert forged.status == 401
    signed = await post_signed(bot.url, MALFORMED, FORM)
    assert signed.status == 400
    for body, ctype in (("{not json", JSON), ("[1, 2]", JSON), ("payload=%5B1%5D", FORM),
                        ("text=hello", FORM)):
        assert (await post_signed(bot.url, body, ctype)).status == 400
    assert not [r for r in logs.records if r.levelno >= logging.ERROR]
    assert "Traceback" not in logs.text()


async def test_a_wrong_signing_secret_logs_nothing_a_member_wrote(bot: Running,
                                                                   logs: Captured) -> None:
    secret_words = "Rosebud was the sled all along"
    for payload in (json.dumps(mention_event(secret_words)),
                    interactive(block_action("factbot_report", json.dumps(
                        {"f": "x", "v": "true", "c": secret_words})))):
        ctype = JSON if payload.startswith("{") else FORM
        answer = await post_signed(bot.url, payload, ctype, secret="rotated-secret")
        assert answer.status == 401
    assert SIGNING_SECRET not in logs.text()
    assert "Rosebud" not in logs.text() and "UALICE" not in logs.text()


# -- uninstalling -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["app_uninstalled", "tokens_revoked"])
async def test_uninstall_events_are_handled_with_a_single_token(
        bot: Running, kind: str, caplog: pytest.LogCaptureFixture) -> None:
    event: dict[str, object] = {"type": kind}
    if kind == "tokens_revoked":
        event["tokens"] = {"oauth": [], "bot": [BOT_USER_ID]}
    with caplog.at_level(logging.INFO, logger="factbot.slack"):
        answer = await bot.event(event_callback(event))
        assert answer.status == 200
        await bot.api.settle(0.3)
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "T0001" in said and "facts" in said


# -- feedback ---------------------------------------------------------------------------------

async def test_feedback_on_a_fact_the_workspace_does_not_serve_is_refused(bot: Running) -> None:
    forged = ButtonRef(fact_id="made-up-id", verdict="true", claim=SURE).encode()
    await bot.interact(block_action("factbot_helpful", forged,
                                    response_url=bot.api.response_url("fk")))
    sent = (await bot.api.wait_for("/commands/T0001/fk")).body
    assert "Thanks" not in sent["text"]
    counts = await bot.moderation.feedback_counts(workspace("T0001"), ["made-up-id"])
    assert "made-up-id" not in counts or (counts["made-up-id"].helpful,
                                          counts["made-up-id"].not_helpful) == (0, 0)


# -- passive watch ----------------------------------------------------------------------------

async def test_passive_watch_reads_text_as_typed(bot: Running) -> None:
    # escaped, it is 8 characters longer; as typed it is a claim like any other
    await bot.event(message_event("Chinese troops ambushed a Soviet border patrol in March 1969 "
                                  "& <<killed>> soldiers", ts="1700000001.000100"))
    sent = (await bot.api.wait_for("chat.postMessage")).body
    assert "&amp;amp;" not in rendered(sent)


@pytest.mark.parametrize("with_text", [False, True])
async def test_bolt_logs_a_request_body_only_when_the_operator_allows(
        bot: Running, with_text: bool) -> None:
    # Bolt itself, behind the endpoint's own check: the line it writes for a bad signature
    stream = io.StringIO()
    configure_logging(stream=stream, fmt="text", message_text=with_text)
    try:
        body = json.dumps(mention_event("Rosebud was the sled all along"))
        request = AsyncBoltRequest(body=body, headers={
            "content-type": JSON, "x-slack-request-timestamp": str(int(time.time())),
            "x-slack-signature": "v0=" + "0" * 64})
        assert (await bot.app.async_dispatch(request)).status == 401
    finally:
        configure_logging(stream=io.StringIO())
        logging.getLogger().handlers.clear()
    logged = stream.getvalue()
    assert "Invalid request signature detected" in logged
    assert ("Rosebud" in logged) is with_text


async def test_the_mock_refuses_blocks_and_views_slack_would_refuse(bot: Running) -> None:
    client = bot.app.client
    with pytest.raises(Exception, match="invalid_blocks"):
        await client.chat_postMessage(channel="C0001", text="x", blocks=[
            {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}])
    with pytest.raises(Exception, match="invalid_arguments"):
        await client.views_open(trigger_id="t", view={
            "type": "modal", "title": {"type": "plain_text", "text": "a title far too long"
                                                                    " for a modal"},
            "blocks": [{"type": "section", "text": {"type": "plain_text", "text": "x"}}]})
    assert [method for method, _ in bot.api.refused] == ["chat.postMessage", "views.open"]
    bot.api.refused.clear()


# -- what a workspace expects of a reply -------------------------------------------------------

async def test_replies_in_the_channel_are_plain_and_keep_the_quote_behind_a_button(
        tmp_path: Path, slack: MockSlackAPI) -> None:
    async with running_app(tmp_path, slack, reply_mode="public") as bot:
        await bot.command(SURE, "pub")
        public = (await slack.wait_for("/commands/T0001/pub")).body
        await bot.event(mention_event(SURE))
        thread = (await slack.wait_for("chat.postMessage")).body
    for sent in (public, thread):
        buttons = [e for b in sent["blocks"] if b["type"] == "actions" for e in b["elements"]]
        assert "factbot_show_quote" in [b["action_id"] for b in buttons]
        assert not [b for b in buttons if "style" in b]  # no red "Report" under every answer
        assert not any(b.get("text", {}).get("text", "").startswith(">")
                       for b in sent["blocks"] if b["type"] == "section")


async def test_private_replies_show_the_quote_in_full(bot: Running) -> None:
    await bot.command(SURE, "priv")
    sent = (await bot.api.wait_for("/commands/T0001/priv")).body
    assert sent["response_type"] == "ephemeral"
    assert any(b.get("text", {}).get("text", "").startswith(">")
               for b in sent["blocks"] if b["type"] == "section")


async def test_socket_mode_stops_after_the_answers_under_way(
        slack: MockSlackAPI, bot: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    server = MockSocketModeServer().start()
    slack.socket_mode_url = server.url
    app = await build_app(bot.moderation, db=bot.moderation.db, token="xoxb-test",
                          client=web_client("xoxb-test", base_url=slack.base_url))
    started, check = asyncio.Event(), bot.moderation.check

    async def slow_check(claim: Claim, *, top: int = 5) -> Reply:
        started.set()
        await asyncio.sleep(1.0)
        return await check(claim)

    monkeypatch.setattr(bot.moderation, "check", slow_check)
    service = SlackSocketService(app, "xapp-1-A0001-test")
    stop = asyncio.Event()
    serving = asyncio.create_task(service.serve(stop))
    try:
        envelope = server.push("events_api", mention_event(SURE))
        await asyncio.wait_for(started.wait(), 10)
        stop.set()
        await asyncio.wait_for(serving, 15)
        assert len(slack.calls_to("chat.postMessage")) == 1  # sent before the socket closed
        await server.wait_ack(envelope, timeout=0.1)
    finally:
        stop.set()
        server.stop()
