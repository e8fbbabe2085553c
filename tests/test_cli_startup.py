"""The `factbot` command imports a command group when it is run or listed, not at start-up:
checking a claim does not load the moderation service, and drafting from a source not even the
store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner
from pack_files import REPO

from bot.cli.main import main as factbot

PROBE = """
import sys
from bot.cli.main import main
loaded = lambda: sorted(m for m in ("sqlalchemy", "bot.moderation.service", "discord",
                                    "slack_bolt", "aiohttp.web") if m in sys.modules)
print("start", loaded())
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
print("after", loaded())
"""


def _loaded(*args: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, cwd=REPO, check=True,
                          env={"PATH": "/usr/bin:/bin", "FACTBOT_MATCHER": "lexical"})
    return {line.split(" ", 1)[0]: line.split(" ", 1)[1]
            for line in done.stdout.splitlines() if line.startswith(("start", "after"))}


def test_start_up_loads_no_store_and_no_platform() -> None:
    assert _loaded("--version")["start"] == "[]"


def test_checking_and_drafting_load_no_moderation_and_no_platform(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("China invested $24 billion in Russia from 2014 through 2018.\n",
                      encoding="utf-8")
    checked = _loaded("check", "Russia and China are allies")["after"]
    assert "bot.moderation.service" not in checked and "discord" not in checked
    assert _loaded("facts", "draft", str(source), "--out", str(tmp_path / "d.yaml"))[
        "after"] == "[]"


def test_every_command_is_listed_and_found() -> None:
    ctx = click.Context(factbot)
    top = factbot.list_commands(ctx)
    assert {"check", "facts", "run", "config", "db", "server", "queue"} <= set(top)
    for name in top:
        assert factbot.get_command(ctx, name) is not None
    facts = factbot.get_command(ctx, "facts")
    assert isinstance(facts, click.Group)
    assert {"lint", "list", "show", "coverage", "draft", "add", "edit", "retire", "import",
            "export", "history"} <= set(facts.list_commands(ctx))
    listed = CliRunner().invoke(factbot, ["facts", "--help"])
    assert listed.exit_code == 0 and "draft" in listed.output and "add" in listed.output


def test_a_store_command_still_loads_its_group() -> None:
    assert "sqlalchemy" in _loaded("db", "--help")["after"]
