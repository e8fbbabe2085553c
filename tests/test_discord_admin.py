"""Moderator and admin commands, through the real discord.py, over the real moderation store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from discord_fake import (
    ADMIN,
    APP_ID,
    GUILD_ID,
    MEMBER,
    MOD_ROLE_ID,
    MODERATOR,
    OTHER_BOT,
    ROLES_OF,
    WATCHED_CHANNEL_ID,
    Call,
    FakeDiscord,
    NotDelivered,
    answered_facts,
    autocomplete,
    button_press,
    buttons_of,
    component_values,
    modal_submit,
    option,
    pick_in_config,
    selects_of,
    slash,
    subcommand,
)

from adapters.discord.bot import FactBot

if TYPE_CHECKING:
    from discord_harness import StartBot
from adapters.discord.desk import server_key
from bot.moderation.service import Moderation
from bot.moderation.types import Actor

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

EPHEMERAL = 64
SERVER = server_key(int(GUILD_ID))
NEW_CLAIM = "The Arctic sea route carries most Russia-China trade"
REFUSAL = "Sorry, only moderators can do that"
FORM = {
    "Claim": NEW_CLAIM,
    "Verdict": ["false"],
    "Summary": "Most of the trade goes by land and pipeline.",
    "Figures": "2% = share carried by sea route",
    "Source": "Trade routes | Ann Author | Test Press | 2020 | https://example.org/routes",
}


def admin(name: str, options: list[dict[str, Any]] | None = None, *,
          who: dict[str, Any] = ADMIN) -> dict[str, Any]:
    return slash("factadmin", [subcommand(name, options)], who=who)


async def add_fact(fake: FakeDiscord, values: dict[str, Any] = FORM) -> str:
    """Open /factadmin add, fill the form, and return the confirmation line."""
    opened = await fake.interact(admin("add"))
    assert opened.json["type"] == 9
    done = await fake.interact(modal_submit(opened.json["data"], values, who=ADMIN))
    content: str = done.json["data"]["content"]
    return content


async def decide(fake: FakeDiscord, payload: dict[str, Any]) -> tuple[Call, str]:
    """Press a queue button (or submit its form): the queue message's update, and the
    private line that follows it."""
    call = await fake.interact(payload)
    assert call.json["type"] == 7
    line = await fake.wait_for_call("POST", rf"/webhooks/{APP_ID}/{payload['token']}$")
    return call, line.json["content"]


async def test_members_are_refused_politely(factbot: FactBot, fake: FakeDiscord) -> None:
    # An admin granted the commands to @everyone in Integrations: the bot checks again.
    fake.grant("factadmin", GUILD_ID)
    fake.grant("factbot", GUILD_ID)
    for payload in (admin("add", who=MEMBER), admin("queue", who=MODERATOR),
                    slash("factbot", [subcommand("config")], who=MEMBER)):
        call = await fake.interact(payload)
        assert call.json["type"] == 4, payload["data"]
        assert call.json["data"]["flags"] & EPHEMERAL
        assert call.json["data"]["content"].startswith("Sorry, only")


async def test_a_named_role_makes_a_moderator(factbot: FactBot, fake: FakeDiscord) -> None:
    # Real Discord hides /factadmin and /factbot (Manage Server) from the role's members...
    with pytest.raises(NotDelivered):
        await fake.interact(admin("queue", who=MODERATOR))
    saved = await pick_in_config(fake, "moderators", [MOD_ROLE_ID])
    # ...so naming the role says where to grant them the commands.
    content = saved.json["data"]["content"]
    assert content.startswith("Saved. The new settings apply from now on.")
    assert "Server Settings → Integrations → factbot" in content
    assert f"<@&{MOD_ROLE_ID}>" in content and "/factadmin" in content
    shown = await fake.interact(slash("factbot", [subcommand("config")], who=ADMIN))
    fields = {f["name"]: f["value"] for f in shown.json["data"]["embeds"][0]["fields"]}
    assert "Integrations" in fields["Moderator roles (besides Manage Server)"]
    fake.grant("factadmin", MOD_ROLE_ID)
    fake.grant("factbot", MOD_ROLE_ID)
    allowed = await fake.interact(admin("queue", who=MODERATOR))
    assert allowed.json["data"]["embeds"][0]["title"] == "Moderation queue"
    # Settings stay for admins only.
    config = await fake.interact(slash("factbot", [subcommand("config")], who=MODERATOR))
    assert config.json["data"]["content"].startswith("Sorry, only members with Manage Server")


async def test_a_bot_holding_the_moderator_role_is_refused(
        factbot: FactBot, fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ROLES_OF, OTHER_BOT["id"], [MOD_ROLE_ID])
    await pick_in_config(fake, "moderators", [MOD_ROLE_ID])
    fake.grant("factadmin", MOD_ROLE_ID)  # as the admin is told to, in Integrations
    allowed = await fake.interact(admin("queue", who=MODERATOR))
    assert allowed.json["data"]["embeds"][0]["title"] == "Moderation queue"
    refused = await fake.interact(admin("queue", who=OTHER_BOT))
    assert refused.json["data"]["content"].startswith(REFUSAL)


async def test_add_fact_through_the_form_then_check_it(factbot: FactBot,
                                                       fake: FakeDiscord) -> None:
    opened = await fake.interact(admin("add"))
    modal = opened.json["data"]
    assert modal["title"] == "New fact"
    assert [row["label"] for row in modal["components"]] == list(FORM)
    assert component_values(modal)["Verdict"] == []
    confirmation = await fake.interact(modal_submit(modal, FORM, who=ADMIN))
    data = confirmation.json["data"]
    assert data["content"].startswith("Added fact 'the-arctic-sea-route-carries-most'; "
                                      "it is served from now on.")
    embed = data["embeds"][0]
    assert embed["title"] == "❌ False"
    # Moderators see the fact's id where they act on it.
    assert embed["footer"]["text"].startswith("Fact the-arctic-sea-route-carries-most")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["2%"] == "share carried by sea route"
    assert "Ann Author" in fields["Source"] and "https://example.org/routes" in fields["Source"]
    checked = await fake.answer(slash("factcheck", [option("claim", NEW_CLAIM)]))
    assert answered_facts(checked) == {"the-arctic-sea-route-carries-most"}


async def test_form_problems_are_shown_not_saved(factbot: FactBot, fake: FakeDiscord,
                                                 desk: Moderation) -> None:
    bad = {**FORM, "Figures": "just a number"}
    reply = await add_fact(fake, bad)
    assert "**Figures**: figure “just a number” should be written VALUE=WHAT" in reply
    assert await desk.list_facts(SERVER) == []


async def test_form_problems_are_shown_under_the_row_they_are_about(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    reply = await add_fact(fake, {**FORM, "Summary": "s" * 3001, "Figures": "just a number"})
    lines = reply.splitlines()
    assert lines[0] == "Fact 'the-arctic-sea-route-carries-most' was not saved:"
    assert "**Summary**: Summary is longer than 3000 characters." in lines
    assert any(line.startswith("**Figures**: figure “just a number”") for line in lines)
    assert await desk.list_facts(SERVER) == []


async def test_edit_retire_restore_and_history(factbot: FactBot, fake: FakeDiscord) -> None:
    await add_fact(fake)
    fact_id = "the-arctic-sea-route-carries-most"
    opened = await fake.interact(admin("edit", [option("id", fact_id)]))
    modal = opened.json["data"]
    prefilled = component_values(modal)
    assert prefilled["Claim"] == NEW_CLAIM and prefilled["Verdict"] == ["false"]
    assert prefilled["Figures"] == "2% = share carried by sea route"
    edited = await fake.interact(modal_submit(
        modal, {**prefilled, "Summary": "Almost all of it goes by land."}, who=ADMIN))
    assert edited.json["data"]["content"] == f"Saved '{fact_id}' as version 2."
    retired = await fake.interact(admin("retire", [option("id", fact_id)]))
    assert retired.json["data"]["content"].startswith(f"Retired '{fact_id}'")
    gone = await fake.answer(slash("factcheck", [option("claim", NEW_CLAIM)]))
    assert fact_id not in str(gone["embeds"])
    choices = await fake.interact(autocomplete("factadmin", [
        {"name": "restore", "type": 1, "options": [option("id", "arctic", focused=True)]}],
        who=ADMIN))
    assert [c["value"] for c in choices.json["data"]["choices"]] == [fact_id]
    restored = await fake.interact(admin("restore", [option("id", fact_id)]))
    assert restored.json["data"]["content"] == f"Restored '{fact_id}' (now version 4)."
    history = await fake.interact(admin("history", [option("id", fact_id)]))
    lines = history.json["data"]["embeds"][0]["description"].splitlines()
    assert [line.split(" · ")[:2] for line in lines if line.startswith("v")] == [
        ["v1", "add by alice"], ["v2", "edit by alice"], ["v3", "retire by alice"],
        ["v4", "restore by alice"]]
    assert lines[2].startswith("  └ summary: ") and lines[2].endswith(
        " → Almost all of it goes by land.")
    unknown = await fake.interact(admin("retire", [option("id", "no-such-fact")]))
    assert "no-such-fact" in unknown.json["data"]["content"]


async def test_the_edit_form_changes_a_source_field_and_keeps_the_rest(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    pack = await desk.get_fact(SERVER, "alliance-forming")
    opened = await fake.interact(admin("edit", [option("id", "alliance-forming")]))
    modal = opened.json["data"]
    prefilled = component_values(modal)
    source_label = next(k for k in prefilled if k.startswith("Source"))
    typed = prefilled[source_label] + " | https://example.org/fa"
    edited = await fake.interact(modal_submit(modal, {**prefilled, source_label: typed},
                                              who=ADMIN))
    assert edited.json["data"]["content"] == "Saved 'alliance-forming' as version 1."
    source = (await desk.get_fact(SERVER, "alliance-forming")).fact.source
    assert source.url == "https://example.org/fa"
    assert source.subtitle == pack.fact.source.subtitle and source.subtitle
    assert (source.title, source.author) == (pack.fact.source.title, pack.fact.source.author)


async def test_suggestions_are_approved_or_rejected_from_the_queue(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    for claim in (NEW_CLAIM, "Russia and China share a common currency"):
        opened = await fake.interact(slash("suggest", who=MEMBER))
        form = opened.json["data"]
        assert (opened.json["type"], form["title"]) == (9, "Suggest a fact")
        filed = await fake.interact(modal_submit(form, {
            "Claim": claim, "Verdict": ["false"], "Summary": "Not what the article says.",
            "Source": "Trade routes | https://example.org/r",
            "Note for the moderators": "Seen in #politics"}, who=MEMBER))
        assert filed.json["data"]["content"].startswith("Thanks! Your suggestion #")
    [first, _] = await desk.list_suggestions(SERVER)
    assert first.note == "Seen in #politics" and first.proposal is not None
    assert first.proposal.source.url == "https://example.org/r"
    queue = await fake.interact(admin("queue", [option("kind", "suggestions")]))
    embed = queue.json["data"]["embeds"][0]
    assert NEW_CLAIM in embed["description"]
    message = next(m for m in fake.stored.values() if m["embeds"] == [embed])
    ids = buttons_of(message)
    assert set(ids) == {"Approve (1)", "Reject (1)", "Approve (2)", "Reject (2)"}
    denied = await fake.interact(button_press(ids["Approve (1)"], message, who=MEMBER))
    assert denied.json["data"]["content"].startswith(REFUSAL)
    approved, approval = await decide(fake, button_press(ids["Approve (1)"], message,
                                                         who=ADMIN))
    assert approval.startswith("Approved suggestion #")
    # The handled item's buttons are disabled at once; the others stay.
    assert approved.json["type"] == 7
    disabled = {c["label"] for row in approved.json["data"]["components"]
                for c in row["components"] if c.get("disabled")}
    assert disabled == {"Approve (1)", "Reject (1)"}
    # Rejecting asks why, and the member who suggested it is told.
    asked = await fake.interact(button_press(ids["Reject (2)"], message, who=ADMIN))
    form = asked.json["data"]
    assert form["title"].startswith("Reject suggestion #")
    _, rejection = await decide(fake, modal_submit(form, {
        "Why? (the member who suggested it is told)": "No source says so."}, who=ADMIN))
    assert rejection.startswith("Rejected suggestion #")
    dm = await fake.wait_for_call("POST", r"/channels/\d+/messages$",
                                  where=lambda c: "not accepted" in (c.json or {}).get(
                                      "content", ""))
    assert fake.dm_channels[dm.path.split("/")[2]] == MEMBER["id"]
    assert "Their reason: No source says so." in dm.json["content"]
    assert "Russia and China share a common currency" in dm.json["content"]
    twice = await fake.interact(button_press(ids["Approve (1)"], message, who=ADMIN))
    assert "approved" in twice.json["data"]["content"].lower()
    assert await desk.list_suggestions(SERVER) == []
    checked = await fake.answer(slash("factcheck", [option("claim", NEW_CLAIM)]))
    assert checked["embeds"][0]["title"] == "❌ False"


async def test_approving_a_correction_on_a_changed_fact_shows_both_versions(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    pending = await desk.suggest(SERVER, Actor("discord", MEMBER["id"], "bob"),
                                 fact_id="alliance-forming", changes={"verdict": "false"})
    await desk.edit_fact(SERVER, Actor("discord", ADMIN["id"], "alice"), "alliance-forming",
                         {"verdict": "unproven"}, expected_version=0)
    queue = await fake.interact(admin("queue", [option("kind", "suggestions")]))
    embed = queue.json["data"]["embeds"][0]
    message = next(m for m in fake.stored.values() if m["embeds"] == [embed])
    refused = await fake.interact(button_press(buttons_of(message)["Approve (1)"], message,
                                               who=ADMIN))
    text = refused.json["data"]["content"]
    assert f"Suggestion #{pending.id} was made on version 0 of fact 'alliance-forming'" in text
    assert "verdict: version 0 “misleading”; version 1 “unproven”; proposed “false”" in text
    assert [s.id for s in await desk.list_suggestions(SERVER)] == [pending.id]


async def test_unmatched_claims_become_facts_and_reports_are_resolved(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    asked = "Russia and China will build a joint moon base by 2030"
    await fake.answer(slash("factcheck", [option("claim", asked)]))
    await desk.report(SERVER, Actor("discord", MEMBER["id"], "bob"), "alliance-forming",
                      "they are allies", "Outdated")
    queue = await fake.interact(admin("queue"))
    embed = queue.json["data"]["embeds"][0]
    assert "Report #" in embed["description"] and asked in embed["description"]
    message = next(m for m in fake.stored.values() if m["embeds"] == [embed])
    ids = buttons_of(message)
    assert set(ids) == {"Resolve (1)", "Turn into fact (2)", "Dismiss (2)"}
    _, resolved = await decide(fake, button_press(ids["Resolve (1)"], message, who=ADMIN))
    assert resolved.startswith("Marked report #")
    assert await desk.list_reports(SERVER) == []
    opened = await fake.interact(button_press(ids["Turn into fact (2)"], message, who=ADMIN))
    modal = opened.json["data"]
    assert component_values(modal)["Claim"] == asked
    update, made = await decide(fake, modal_submit(modal, {
        **FORM, "Claim": asked, "Verdict": ["unproven"]}, who=ADMIN))
    assert made.startswith("Added fact 'russia-and-china-will-build")
    disabled = {c["label"] for row in update.json["data"]["components"]
                for c in row["components"] if c.get("disabled")}
    assert disabled == {"Resolve (1)", "Turn into fact (2)", "Dismiss (2)"}
    assert await desk.unmatched(SERVER) == []


async def test_facts_search_autocomplete_and_show(factbot: FactBot, fake: FakeDiscord) -> None:
    complete = await fake.interact(autocomplete("facts", [
        {"name": "show", "type": 1, "options": [option("id", "power-of", focused=True)]}]))
    assert complete.json["type"] == 8
    choices = complete.json["data"]["choices"]
    assert choices[0]["value"].startswith("power-of-siberia")
    assert all(len(c["name"]) <= 100 for c in choices)
    by_words = await fake.interact(autocomplete("facts", [
        {"name": "search", "type": 1, "options": [option("query", "pipeline cost",
                                                         focused=True)]}]))
    assert "power-of-siberia-cost" in [c["value"] for c in by_words.json["data"]["choices"]]
    found = await fake.interact(slash("facts", [subcommand("search", [
        option("query", "Power of Siberia")])]))
    assert found.json["data"]["flags"] & EPHEMERAL
    assert "`power-of-siberia-cost`" in found.json["data"]["embeds"][0]["description"]
    # Picking a suggestion from the autocomplete list (its value is the fact's id) shows it.
    picked = await fake.interact(slash("facts", [subcommand("search", [
        option("query", "power-of-siberia-cost")])]))
    assert picked.json["data"]["flags"] & EPHEMERAL
    [embed] = picked.json["data"]["embeds"]
    assert embed["title"] == "✅ True"
    assert embed["footer"]["text"] == "Fact power-of-siberia-cost"  # no pack name
    shown = await fake.interact(slash("facts", [subcommand("show", [
        option("id", "power-of-siberia-cost")])]))
    embed = shown.json["data"]["embeds"][0]
    assert embed["title"] == "✅ True"
    assert embed["footer"]["text"] == "Fact power-of-siberia-cost"  # no pack name
    missing = await fake.interact(slash("facts", [subcommand("show", [
        option("id", "power-of-siberia-costs")])]))
    assert "power-of-siberia-cost" in missing.json["data"]["content"]


async def test_factbot_config_and_status(start_bot: StartBot, fake: FakeDiscord,
                                         desk: Moderation) -> None:
    async with start_bot(message_content=True):
        await config_and_status(fake, desk)


async def config_and_status(fake: FakeDiscord, desk: Moderation) -> None:
    shown = await fake.interact(slash("factbot", [subcommand("config")], who=ADMIN))
    fields = {f["name"]: f["value"] for f in shown.json["data"]["embeds"][0]["fields"]}
    assert fields["Watched channels"] == "none" and fields["Reply mode"] == "public"
    saved = await fake.interact(slash("factbot", [subcommand("config", [
        option("threshold", 0.7, 10), option("reply_mode", "thread"),
        option("channel_cooldown", 120, 4)])], who=ADMIN))
    assert saved.json["data"]["content"].startswith("Saved.")
    picked = await pick_in_config(fake, "watch", [WATCHED_CHANNEL_ID])
    assert picked.json["type"] == 7   # the panel itself shows what was saved
    fields = {f["name"]: f["value"] for f in picked.json["data"]["embeds"][0]["fields"]}
    assert fields["Watched channels"] == f"<#{WATCHED_CHANNEL_ID}>"
    watch = selects_of(picked.json["data"])["factbot:config:watch"]
    assert [(str(d["id"]), d["type"]) for d in watch["default_values"]] == [
        (WATCHED_CHANNEL_ID, "channel")]
    settings = await desk.settings(SERVER)
    assert settings.watched_channels == (WATCHED_CHANNEL_ID,)
    assert (settings.threshold, settings.reply_mode, settings.channel_cooldown_s) == (
        0.7, "thread", 120)
    status = await fake.interact(slash("factbot", [subcommand("status")], who=ADMIN))
    fields = {f["name"]: f["value"] for f in status.json["data"]["embeds"][0]["fields"]}
    assert fields["Version"] == "0.1.0" and fields["Shard"] == "1 of 1"
    assert int(fields["Facts served here"]) >= 80
    assert fields["Gateway latency"].endswith(" ms")


BUNDLED = "alliance-already-formal"


async def test_an_unchanged_edit_saves_nothing_and_the_fact_keeps_following_its_pack(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    before = await desk.get_fact(SERVER, BUNDLED)
    assert before.version == 0 and before.fact.source.subtitle
    opened = await fake.interact(admin("edit", [option("id", BUNDLED)]))
    modal = opened.json["data"]
    done = await fake.interact(modal_submit(modal, component_values(modal), who=ADMIN))
    assert done.json["data"]["content"] == (
        f"Nothing changed in '{BUNDLED}', so nothing was saved.")
    assert await desk.get_fact(SERVER, BUNDLED) == before
    # Changing one field changes that field only: the subtitle the form does not show stays.
    opened = await fake.interact(admin("edit", [option("id", BUNDLED)]))
    modal = opened.json["data"]
    await fake.interact(modal_submit(modal, {**component_values(modal),
                                             "Summary": "A new summary."}, who=ADMIN))
    after = await desk.get_fact(SERVER, BUNDLED)
    assert after.version == 1 and after.fact.summary == "A new summary."
    assert after.fact.source == before.fact.source
    assert (after.fact.claim, after.fact.figures, after.fact.quote) == (
        before.fact.claim, before.fact.figures, before.fact.quote)


async def test_quote_and_aliases_are_edited_in_their_own_form(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    before = await desk.get_fact(SERVER, BUNDLED)
    opened = await fake.interact(admin("edit", [option("id", BUNDLED),
                                                option("form", "quote and aliases")]))
    modal = opened.json["data"]
    assert [row["label"] for row in modal["components"]] == [
        "Quote", "Other wordings of the claim"]
    prefilled = component_values(modal)
    assert prefilled["Quote"] == before.fact.quote
    unchanged = await fake.interact(modal_submit(modal, prefilled, who=ADMIN))
    assert unchanged.json["data"]["content"].startswith("Nothing changed")
    opened = await fake.interact(admin("edit", [option("id", BUNDLED),
                                                option("form", "quote and aliases")]))
    wording = "Moscow and Beijing signed a military pact"
    typed = "\n".join([*before.fact.aliases, wording])
    saved = await fake.interact(modal_submit(opened.json["data"], {
        **prefilled, "Other wordings of the claim": typed}, who=ADMIN))
    assert saved.json["data"]["content"] == f"Saved '{BUNDLED}' as version 1."
    after = await desk.get_fact(SERVER, BUNDLED)
    assert after.fact.aliases == (*before.fact.aliases, wording)
    assert after.fact.quote == before.fact.quote and after.fact.summary == before.fact.summary


async def test_the_queue_comes_in_pages(factbot: FactBot, fake: FakeDiscord,
                                        desk: Moderation) -> None:
    claims = [f"Russia and China will open embassy number {n} on the Moon" for n in range(7)]
    for claim in claims:
        await desk.record_unmatched(SERVER, claim)
    first = await fake.interact(admin("queue", [option("kind", "unmatched")]))
    embed = first.json["data"]["embeds"][0]
    assert embed["footer"]["text"] == "Page 1 · more: /factadmin queue page:2"
    assert len(embed["description"].split("\n\n")) == 5
    second = await fake.interact(admin("queue", [option("kind", "unmatched"),
                                                 option("page", 2, 4)]))
    embed = second.json["data"]["embeds"][0]
    assert embed["footer"]["text"] == "Page 2"
    assert len(embed["description"].split("\n\n")) == 2
    labels = [c["label"] for row in second.json["data"]["components"]
              for c in row["components"]]
    assert labels == ["Turn into fact (6)", "Dismiss (6)", "Turn into fact (7)", "Dismiss (7)"]
    shown = " ".join(e["description"] for e in (first.json["data"]["embeds"][0], embed))
    assert all(claim in shown for claim in claims)
