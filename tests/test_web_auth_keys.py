"""The secret key that encrypts stored tokens: read by the settings loader, needed where tokens
are kept, checked for shape, rotated through fallbacks; and the trusted proxies setting."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import messages
from bot.ops.config import ConfigError, load_settings
from bot.store.cipher import PREFIX, SecretKeyMissing, TokenCipher, TokenUnreadable, new_key

OLD, NEW = new_key(), new_key()
TOKEN = "xoxb-1234567890123-1234567890123-abcdefghijklmnopqrstuvwx"
DESK = {"FACTBOT_WEB_ENABLED": "true", "FACTBOT_WEB_DISCORD_CLIENT_ID": "1234",
        "FACTBOT_WEB_DISCORD_CLIENT_SECRET": "discord-secret-value"}
SLACK_OAUTH = {"FACTBOT_SLACK_MODE": "http", "SLACK_CLIENT_ID": "1.2",
               "SLACK_CLIENT_SECRET": "client-secret-value",
               "SLACK_SIGNING_SECRET": "0123456789abcdef0123456789abcdef"}


@pytest.fixture
def empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No factbot.toml where the loader looks."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def refused(env: dict[str, str], adapters: list[str] | None = None) -> list[tuple[str, str]]:
    with pytest.raises(ConfigError) as caught:
        load_settings(env=env, adapters=adapters)
    return [(p.where, p.message) for p in caught.value.problems if not p.warning]


# -- settings ------------------------------------------------------------------------------------

def test_the_desk_and_slack_oauth_need_the_key_and_say_which_setting(empty_dir: Path) -> None:
    assert refused(DESK) == [("FACTBOT_SECRET_KEY", messages.config_secret_key_missing(
        "the moderators' desk (web.enabled)"))]
    [(where, message)] = refused(SLACK_OAUTH, ["slack"])
    assert where == "FACTBOT_SECRET_KEY"
    assert message == messages.config_secret_key_missing(
        "Slack installed through OAuth (slack.client_id)")
    assert "FACTBOT_SECRET_KEY_FILE" in message and "factbot db new-key" in message
    # Where no token is kept, none is needed.
    assert load_settings(env={}).secret_keys == ()
    assert load_settings(env={"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"},
                         adapters=["slack"]).secret_keys == ()


def test_the_key_its_fallbacks_and_its_file(empty_dir: Path) -> None:
    key_file = empty_dir / "key"
    key_file.write_text(NEW + "\n", "utf-8")
    settings = load_settings(env={**DESK, "FACTBOT_SECRET_KEY_FILE": str(key_file),
                                  "FACTBOT_SECRET_KEY_FALLBACKS": f" {OLD} ,"})
    assert [k.reveal() for k in settings.secret_keys] == [NEW, OLD]
    assert NEW not in repr(settings) and OLD not in repr(settings)
    assert {NEW, OLD} <= {s.reveal() for s in settings.secrets()}   # masked in the logs


def test_a_key_of_the_wrong_shape_is_named_with_its_variable(empty_dir: Path) -> None:
    problems = refused({**DESK, "FACTBOT_SECRET_KEY": "correct horse battery staple",
                        "FACTBOT_SECRET_KEY_FALLBACKS": f"{OLD},{OLD[:-4]}"})
    assert problems == [
        ("FACTBOT_SECRET_KEY", messages.config_secret_key_invalid("the key")),
        ("FACTBOT_SECRET_KEY_FALLBACKS", messages.config_secret_key_invalid("fallback key 2"))]
    # A key set where nothing needs one is still checked.
    assert refused({"FACTBOT_SECRET_KEY": "short"}) == [
        ("FACTBOT_SECRET_KEY", messages.config_secret_key_invalid("the key"))]


def test_trusted_proxies_are_addresses_or_networks(empty_dir: Path) -> None:
    path = empty_dir / "desk.toml"
    path.write_text('[web]\ntrusted_proxies = ["10.0.0.5", "192.168.0.0/16", "::1"]\n', "utf-8")
    web = load_settings(path, env={}).web
    assert web.trusted_proxies == (ipaddress.ip_network("10.0.0.5/32"),
                                   ipaddress.ip_network("192.168.0.0/16"),
                                   ipaddress.ip_network("::1/128"))
    web = load_settings(env={"FACTBOT_WEB_TRUSTED_PROXIES": "10.1.2.3, 10.9.0.0/16"}).web
    assert [str(n) for n in web.trusted_proxies] == ["10.1.2.3/32", "10.9.0.0/16"]
    assert refused({"FACTBOT_WEB_TRUSTED_PROXIES": "10.0.0.1,the-balancer"}) == [
        ("FACTBOT_WEB_TRUSTED_PROXIES", messages.config_proxy_invalid("the-balancer"))]
    assert load_settings(env={}).web.trusted_proxies == ()


def test_factbot_db_new_key_prints_a_key_the_loader_takes(empty_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    done = subprocess.run([sys.executable, "-m", "bot.cli.main", "db", "new-key"], env=env,
                          cwd=empty_dir, capture_output=True, text=True, timeout=60,
                          check=True)
    key = done.stdout.strip()
    settings = load_settings(env={**DESK, "FACTBOT_SECRET_KEY": key})
    assert [k.reveal() for k in settings.secret_keys] == [key]
    assert TokenCipher((key,)).open(TokenCipher((key,)).seal(TOKEN)) == TOKEN


# -- the cipher ----------------------------------------------------------------------------------

def test_a_sealed_token_hides_the_token_and_opens_with_the_key() -> None:
    cipher = TokenCipher((NEW,))
    sealed = cipher.seal(TOKEN)
    assert sealed.startswith(PREFIX) and TOKEN not in sealed
    assert "1234567890123" not in sealed
    assert cipher.seal(TOKEN) != sealed   # a fresh IV each time
    assert cipher.open(sealed) == TOKEN
    assert cipher.reseal(sealed) is None


def test_rotation_old_key_still_opens_reseal_moves_to_the_new_one() -> None:
    old_sealed = TokenCipher((OLD,)).seal(TOKEN)
    rotated = TokenCipher((NEW, OLD))
    assert rotated.open(old_sealed) == TOKEN
    resealed = rotated.reseal(old_sealed)
    assert resealed is not None and rotated.reseal(resealed) is None
    assert TokenCipher((NEW,)).open(resealed) == TOKEN      # the old key can go now
    with pytest.raises(TokenUnreadable) as caught:
        TokenCipher((NEW,)).open(old_sealed)                 # gone too early
    assert "FACTBOT_SECRET_KEY_FALLBACKS" in str(caught.value)
    with pytest.raises(TokenUnreadable):
        rotated.open(PREFIX + "not-a-fernet-token")


def test_a_token_stored_before_encryption_reads_as_it_is_until_sealed() -> None:
    cipher = TokenCipher((NEW,))
    assert cipher.open(TOKEN) == TOKEN
    sealed = cipher.reseal(TOKEN)
    assert sealed is not None and cipher.open(sealed) == TOKEN


def test_no_key_is_a_clear_error() -> None:
    with pytest.raises(SecretKeyMissing) as caught:
        TokenCipher(())
    assert "FACTBOT_SECRET_KEY" in str(caught.value)
    assert TokenCipher.of([]) is None


@given(st.text(min_size=1, max_size=300))
def test_whatever_the_token_opening_its_seal_gives_it_back(token: str) -> None:
    rotated = TokenCipher((NEW, OLD))
    assert rotated.open(rotated.seal(token)) == token
    assert rotated.open(TokenCipher((OLD,)).seal(token)) == token
