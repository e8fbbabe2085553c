"""The admin commands open the database `factbot run` would, however it is configured."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from bot.ops.config import load_settings

SERVER = "discord:4242"

Setup = Callable[[Path, pytest.MonkeyPatch, str], None]


def _env(_tmp: Path, mp: pytest.MonkeyPatch, url: str) -> None:
    mp.setenv("FACTBOT_DATABASE_URL", url)


def _env_file(tmp: Path, mp: pytest.MonkeyPatch, url: str) -> None:
    secret = tmp / "database-url"
    secret.write_text(url + "\n", encoding="utf-8")
    mp.setenv("FACTBOT_DATABASE_URL_FILE", str(secret))


def _config_env(tmp: Path, mp: pytest.MonkeyPatch, url: str) -> None:
    config = tmp / "elsewhere.toml"
    config.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    mp.setenv("FACTBOT_CONFIG", str(config))


def _config_here(tmp: Path, _mp: pytest.MonkeyPatch, url: str) -> None:
    (tmp / "factbot.toml").write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")


def _data_dir(tmp: Path, mp: pytest.MonkeyPatch, _url: str) -> None:
    mp.setenv("FACTBOT_DATA_DIR", str(tmp / "state"))


WAYS: dict[str, Setup] = {
    "FACTBOT_DATABASE_URL": _env,
    "FACTBOT_DATABASE_URL_FILE": _env_file,
    "FACTBOT_CONFIG": _config_env,
    "./factbot.toml": _config_here,
    "FACTBOT_DATA_DIR": _data_dir,
}


@pytest.fixture
def clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("FACTBOT_DATABASE_URL", "FACTBOT_DATABASE_URL_FILE", "FACTBOT_CONFIG",
                 "FACTBOT_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("way", sorted(WAYS))
def test_admin_commands_use_the_database_factbot_run_uses(way: str, clean: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    url = f"sqlite+aiosqlite:///{clean / 'configured.db'}"
    WAYS[way](clean, monkeypatch, url)
    invoke("server", "set", "--server", SERVER, "threshold=0.71")
    # What `factbot run` resolves from the same configuration holds the change...
    used = load_settings(adapters=["console"]).database_url.reveal()
    if way != "FACTBOT_DATA_DIR":
        assert used == url
    else:
        assert used.endswith(f"{clean / 'state'}/factbot.db")
    assert "0.71" in invoke("server", "show", "--server", SERVER, "--db", used)
    # ...and nothing was written to a SQLite file of its own under ./data.
    if way != "FACTBOT_DATA_DIR":
        assert not (clean / "data" / "factbot.db").exists()


def test_an_explicit_db_wins(clean: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTBOT_DATABASE_URL", f"sqlite+aiosqlite:///{clean / 'env.db'}")
    chosen = f"sqlite+aiosqlite:///{clean / 'chosen.db'}"
    invoke("server", "set", "--server", SERVER, "threshold=0.72", "--db", chosen)
    assert "0.72" in invoke("server", "show", "--server", SERVER, "--db", chosen)
    assert not (clean / "env.db").exists()


def test_unusable_settings_are_named_not_guessed(clean: Path) -> None:
    (clean / "factbot.toml").write_text('[database]\nurl = 5\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["server", "show", "--server", SERVER])
    assert result.exit_code == 1
    assert "--db" in result.output and "database.url" in result.output
    assert not (clean / "data").exists()
