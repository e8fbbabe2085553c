"""The admin command line over the store: a moderator's fact from add to lint-clean export."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from bot.cli.main import main

pytest_plugins = ["store_fixtures"]

S1 = "discord:111"
S2 = "slack:T222"
MOON = "the moon is made of green cheese"


def factbot(db: str, *args: str) -> Result:
    result = CliRunner().invoke(main, [*args, "--db", db], catch_exceptions=False)
    return result


def ok(result: Result) -> str:
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_fact_lifecycle(db_url: str, tmp_path: Path) -> None:
    out = ok(factbot(db_url, "facts", "add", "--server", S1, "--id", "moon-cheese",
                     "--claim", "The moon is made of green cheese", "--verdict", "false",
                     "--summary", "Lunar samples are rock.", "--figure", "382 kg=samples",
                     "--alias", "is the moon cheese", "--source-title", "Apollo catalogue",
                     "--as", "alice"))
    assert "moon-cheese" in out and "version 1" in out
    assert "False" in ok(factbot(db_url, "server", "check", "--server", S1, MOON))
    assert "no fact" in ok(factbot(db_url, "server", "check", "--server", S2, MOON))

    # A new process: the fact survived the restart.
    check = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "server", "check", "--server", S1, MOON,
         "--db", db_url], capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parent.parent)
    assert check.returncode == 0, check.stderr
    assert "False" in check.stdout and "Apollo catalogue" in check.stdout

    ok(factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese", "--verdict",
               "misleading", "--expected-version", "1", "--as", "bob"))
    stale = factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese", "--verdict", "true",
                    "--expected-version", "1")
    assert stale.exit_code == 1 and "someone else" in stale.output
    ok(factbot(db_url, "facts", "retire", "--server", S1, "moon-cheese"))
    assert "no fact" in ok(factbot(db_url, "server", "check", "--server", S1, MOON))
    ok(factbot(db_url, "facts", "restore", "--server", S1, "moon-cheese"))
    history = ok(factbot(db_url, "facts", "history", "--server", S1, "moon-cheese"))
    lines = [line for line in history.splitlines() if line.startswith("v")]
    assert [line.split("\t")[2] for line in lines] == ["add", "edit", "retire", "restore"]
    assert "cli:alice" in lines[0] and "cli:bob" in lines[1]
    assert "verdict: false -> misleading" in history

    export = tmp_path / "server.yaml"
    ok(factbot(db_url, "facts", "export", "--server", S1, "-o", str(export)))
    lint = CliRunner().invoke(main, ["facts", "lint", str(export)])
    assert lint.exit_code == 0, lint.output
    assert yaml.safe_load(export.read_text())["facts"][0]["verdict"] == "misleading"

    ok(factbot(db_url, "facts", "import", "--server", S2, str(export)))
    assert "Misleading" in ok(factbot(db_url, "server", "check", "--server", S2, MOON))


def test_cli_add_from_yaml_file_and_errors(db_url: str, tmp_path: Path) -> None:
    fields = tmp_path / "fact.yaml"
    fields.write_text(yaml.safe_dump({
        "claim": "Octopuses have three hearts", "verdict": "true",
        "summary": "Two branchial hearts and one systemic heart.",
        "source": {"title": "Marine biology notes", "url": "https://example.org/octopus"},
        "figures": [{"value": "3", "what": "hearts"}], "tags": ["animals"]}))
    out = ok(factbot(db_url, "facts", "add", "--server", S1, str(fields)))
    assert "octopuses-have-three-hearts" in out
    missing = factbot(db_url, "facts", "add", "--server", S1, "--claim", "x")
    assert missing.exit_code == 2 and "--verdict" in missing.output
    bad = factbot(db_url, "facts", "add", "--server", S1, "--claim", "Claims need words",
                  "--verdict", "true", "--summary", "s", "--figure", "no-equals")
    assert bad.exit_code == 1 and "VALUE=WHAT" in bad.output
    unknown = factbot(db_url, "facts", "retire", "--server", S1, "octopuses-have-three-heart")
    assert unknown.exit_code == 1 and "octopuses-have-three-hearts" in unknown.output
    wrong_server = factbot(db_url, "facts", "history", "--server", "nocolon", "x")
    assert wrong_server.exit_code == 2 and "PLATFORM:ID" in wrong_server.output


def test_cli_settings_and_queues(db_url: str) -> None:
    out = ok(factbot(db_url, "server", "set", "--server", S1, "threshold=0.7",
                     "reply_mode=thread", "watched_channels=1,2"))
    assert "threshold=0.7" in out and "watched_channels=1,2" in out
    shown = ok(factbot(db_url, "server", "show", "--server", S1))
    assert "reply_mode=thread" in shown and "enabled_packs=all" in shown
    bad = factbot(db_url, "server", "set", "--server", S1, "threshold=9", "colour=red")
    assert bad.exit_code == 1 and "threshold" in bad.output and "colour" in bad.output
    assert "No unmatched" in ok(factbot(db_url, "queue", "unmatched", "--server", S1))
    assert "No suggestions" in ok(factbot(db_url, "queue", "suggestions", "--server", S1))
    assert "No reports" in ok(factbot(db_url, "queue", "reports", "--server", S1))


@pytest.mark.asyncio
async def test_cli_queue_decisions(db_url: str, packs_dir: Path) -> None:
    from store_support import MEMBER, SERVER_A

    from bot.core.models import Claim
    from bot.moderation import FactInput, Moderation

    mod = await Moderation.open(db_url, packs=[packs_dir])
    try:
        first = await mod.suggest(SERVER_A, MEMBER, FactInput(
            claim="Octopuses have three hearts", verdict="true", summary="They do."))
        second = await mod.suggest(SERVER_A, MEMBER, fact_id="alliance-forming",
                                   note="Looks wrong to me")
        report = await mod.report(SERVER_A, MEMBER, "alliance-forming", "x y z", "outdated")
        await mod.check(Claim("Is the sky green at noon?", platform="discord", server="111"))
    finally:
        await mod.close()
    s1 = "discord:111"
    listing = await _cli(db_url, "queue", "suggestions", "--server", s1)
    assert f"#{first.id}" in listing and "Looks wrong to me" in listing
    unmatched = await _cli(db_url, "queue", "unmatched", "--server", s1)
    assert "Is the sky green" in unmatched
    item = unmatched.split("\t")[0].lstrip("#")
    added = await _cli(db_url, "facts", "add", "--server", s1, "--from-unmatched", item,
                       "--claim", "The sky is green at noon", "--verdict", "false",
                       "--summary", "It is blue.")
    assert "the-sky-is-green-at-noon" in added
    assert "No unmatched" in await _cli(db_url, "queue", "unmatched", "--server", s1)
    own = await _cli(db_url, "server", "facts", "--server", s1)
    assert "the-sky-is-green-at-noon\tv1\tfalse" in own
    missing = await asyncio.to_thread(factbot, db_url, "queue", "dismiss", "--server", s1, item)
    assert missing.exit_code == 1 and f"#{item}" in missing.output
    assert "outdated" in await _cli(db_url, "queue", "reports", "--server", s1)
    assert "octopuses-have-three-hearts" in await _cli(
        db_url, "queue", "approve", "--server", s1, str(first.id))
    assert "Not our style" in await _cli(db_url, "queue", "reject", "--server", s1,
                                         str(second.id), "--reason", "Not our style")
    assert f"#{report.id}" in await _cli(db_url, "queue", "resolve", "--server", s1,
                                         str(report.id), "--note", "fixed")
    assert "No suggestions" in await _cli(db_url, "queue", "suggestions", "--server", s1)


async def _cli(db: str, *args: str) -> str:
    # The commands run their own event loop, so run them off this test's loop.
    return ok(await asyncio.to_thread(factbot, db, *args))


def test_an_empty_list_option_clears_the_list(db_url: str) -> None:
    ok(factbot(db_url, "facts", "add", "--server", S1, "--id", "tagged", "--claim",
               "Penguins can fly over the Andes", "--verdict", "false", "--summary",
               "Penguins are flightless.", "--tag", "birds", "--tag", "myths", "--alias",
               "do penguins fly"))

    def exported() -> dict[str, object]:
        pack = yaml.safe_load(ok(factbot(db_url, "facts", "export", "--server", S1,
                                         "--format", "yaml")))
        (fact,) = [f for f in pack["facts"] if f["id"] == "tagged"]
        return fact  # type: ignore[no-any-return]

    assert exported()["tags"] == ["birds", "myths"]
    ok(factbot(db_url, "facts", "edit", "tagged", "--server", S1, "--tag", "", "--alias", ""))
    fact = exported()
    assert not fact.get("tags") and not fact.get("aliases")
    assert "tags" in ok(factbot(db_url, "facts", "history", "tagged", "--server", S1))


def test_a_database_newer_than_this_factbot_is_refused_in_one_line(tmp_path: Path) -> None:
    import sqlite3

    url = f"sqlite+aiosqlite:///{tmp_path / 'newer.db'}"
    ok(factbot(url, "db", "upgrade"))
    with sqlite3.connect(tmp_path / "newer.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    for command in (("db", "upgrade"), ("server", "show", "--server", S1)):
        result = factbot(url, *command)
        assert result.exit_code == 1, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and "f00dfeedbeef" in lines[0] and "newer" in lines[0], lines


@pytest.mark.asyncio
async def test_cli_approving_a_correction_on_a_changed_fact_shows_both(db_url: str,
                                                                       packs_dir: Path) -> None:
    from store_support import MEMBER, SERVER_A

    from bot.moderation import Moderation

    mod = await Moderation.open(db_url, packs=[packs_dir])
    try:
        pending = await mod.suggest(SERVER_A, MEMBER, fact_id="alliance-forming",
                                    changes={"verdict": "false"})
    finally:
        await mod.close()
    s1 = "discord:111"
    assert "correct alliance-forming (v0)" in await _cli(db_url, "queue", "suggestions",
                                                         "--server", s1)
    await _cli(db_url, "facts", "edit", "--server", s1, "alliance-forming",
               "--verdict", "unproven")
    refused = await asyncio.to_thread(factbot, db_url, "queue", "approve", "--server", s1,
                                      str(pending.id))
    assert refused.exit_code == 1
    assert (f"Suggestion #{pending.id} was made on version 0 of fact 'alliance-forming', "
            "which is now at version 1") in refused.output
    assert "• verdict: version 0 “misleading”; version 1 “unproven”; proposed “false”" in \
        refused.output
    assert f"queue approve {pending.id} --on-version 1 --server discord:111" in refused.output
    await _cli(db_url, "queue", "approve", "--server", s1, str(pending.id), "--on-version", "1")
    history = await _cli(db_url, "facts", "history", "--server", s1, "alliance-forming")
    assert "verdict: unproven -> false" in history


def test_cli_edits_one_source_field_and_history_shows_it(db_url: str) -> None:
    ok(factbot(db_url, "facts", "add", "--server", S1, "--id", "moon-cheese",
               "--claim", "The moon is made of green cheese", "--verdict", "false",
               "--summary", "Lunar samples are rock.", "--source-title", "Apollo catalogue",
               "--source-publisher", "NASA", "--source-url", "https://nasa.example/a"))
    ok(factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese",
               "--source-title", "Lunar catalogue"))
    ok(factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese",
               "--source-url", "https://nasa.example/b"))
    ok(factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese", "--source-publisher", "",
               "--summary", "Rock, all of it."))
    pack = yaml.safe_load(ok(factbot(db_url, "facts", "export", "--server", S1)))
    source = pack["facts"][0].get("source") or pack["source"]
    assert source == {"title": "Lunar catalogue", "url": "https://nasa.example/b"}
    history = ok(factbot(db_url, "facts", "history", "--server", S1, "moon-cheese"))
    assert "\tsource.title: Apollo catalogue -> Lunar catalogue\n" in history
    assert "\tsource.url: https://nasa.example/a -> https://nasa.example/b\n" in history
    assert "\tsource.publisher: NASA -> (none)\n" in history
    assert "\tsummary: Lunar samples are rock. -> Rock, all of it.\n" in history
    assert "\tsource.url: https://nasa.example/a\n" in history   # the first version's fields


def test_cli_an_edited_pack_fact_follows_the_pack_again(db_url: str) -> None:
    ok(factbot(db_url, "facts", "edit", "--server", S1, "alliance-forming", "--verdict", "true"))
    assert "True" in ok(factbot(db_url, "server", "check", "--server", S1,
                                "Russia and China are forming an anti-US alliance"))
    out = ok(factbot(db_url, "facts", "follow-pack", "--server", S1, "alliance-forming",
                     "--as", "carol"))
    assert "follows pack 'russia-china-2019' again" in out
    assert "Misleading" in ok(factbot(db_url, "server", "check", "--server", S1,
                                      "Russia and China are forming an anti-US alliance"))
    again = factbot(db_url, "facts", "follow-pack", "--server", S1, "alliance-forming")
    assert again.exit_code == 1 and "already follows its pack" in again.output
    history = ok(factbot(db_url, "facts", "history", "--server", S1, "alliance-forming"))
    assert "\tfollow_pack\tcli:carol" in history and "\tverdict: true -> misleading" in history


@pytest.mark.asyncio
async def test_cli_dismissal_is_kept_with_who(db_url: str, packs_dir: Path) -> None:
    from store_support import SERVER_A

    from bot.core.models import Claim
    from bot.moderation import Moderation

    mod = await Moderation.open(db_url, packs=[packs_dir])
    try:
        await mod.check(Claim("Is the sky green at noon?", platform="discord", server="111"))
        (item,) = await mod.unmatched(SERVER_A)
    finally:
        await mod.close()
    s1 = "discord:111"
    assert f"#{item.id}" in await _cli(db_url, "queue", "dismiss", "--server", s1,
                                       str(item.id), "--as", "dave")
    assert "No unmatched" in await _cli(db_url, "queue", "unmatched", "--server", s1)
    listing = await _cli(db_url, "queue", "unmatched", "--server", s1, "--all")
    assert "Is the sky green at noon?" in listing and "\tdismissed by cli:dave (dave) at " in \
        listing


def test_cli_records_who_made_a_claim_and_where_it_appeared(db_url: str) -> None:
    ok(factbot(db_url, "facts", "add", "--server", S1, "--id", "moon-cheese",
               "--claim", "The moon is made of green cheese", "--verdict", "false",
               "--summary", "Lunar samples are rock.", "--claimant", "Wallace",
               "--appearance", "https://films.example/a"))
    ok(factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese",
               "--appearance", "https://films.example/a", "--appearance", "https://x.example/b"))
    history = ok(factbot(db_url, "facts", "history", "--server", S1, "moon-cheese"))
    assert "\tclaimant: Wallace\n" in history
    assert ("\tappearances: https://films.example/a -> https://films.example/a; "
            "https://x.example/b\n") in history
    ok(factbot(db_url, "facts", "edit", "--server", S1, "moon-cheese", "--claimant", ""))
    pack = yaml.safe_load(ok(factbot(db_url, "facts", "export", "--server", S1)))
    assert "claimant" not in pack["facts"][0]
    assert pack["facts"][0]["appearances"] == ["https://films.example/a", "https://x.example/b"]
