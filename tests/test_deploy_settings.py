"""Compose, the example settings and the guide name only settings factbot reads."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from deploy_support import DATA_IN_IMAGE, DEPLOY, REPO

from bot.ops.config import KEYS, ConfigError, env_names, load_settings

# -- compose ----------------------------------------------------------------------------------

def test_compose_runs_factbot_with_postgres_and_secret_files() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text("utf-8"))
    services = compose["services"]
    assert set(services) == {"postgres", "factbot"}
    factbot = services["factbot"]
    context = (DEPLOY / factbot["build"]["context"]).resolve()
    assert context == REPO and (context / factbot["build"]["dockerfile"]).is_file()
    assert factbot["depends_on"]["postgres"]["condition"] == "service_healthy"
    env = factbot["environment"]
    assert set(env) <= env_names()
    attached = set(factbot["secrets"])
    for var, value in env.items():
        if var.endswith("_FILE"):
            name = value.removeprefix("/run/secrets/")
            assert name in attached and name in compose["secrets"], var
    for secret in compose["secrets"].values():
        assert secret["file"].startswith("./secrets/")
    assert "secrets/" in (DEPLOY / ".gitignore").read_text("utf-8").split()
    assert int(factbot["stop_grace_period"].removesuffix("s")) > 20
    assert any(v.endswith(":" + DATA_IN_IMAGE) for v in factbot["volumes"])
    assert all(p.startswith("127.0.0.1:") for p in factbot["ports"])
    postgres = services["postgres"]["environment"]
    assert postgres["POSTGRES_PASSWORD_FILE"] == "/run/secrets/postgres_password"


# -- the example settings -----------------------------------------------------------------------

def test_example_settings_document_every_key_with_its_default() -> None:
    text = (DEPLOY / "factbot.example.toml").read_text("utf-8")
    data = tomllib.loads(text)
    section = ""
    documented: set[str] = set()
    for line in text.splitlines():
        header = re.match(r"\[(\w+)\]", line)
        if header:
            section = header.group(1)
        key = re.match(r"#?\s?(\w+) =", line)
        if key and section:
            documented.add(f"{section}.{key.group(1)}")
    assert {k.dotted for k in KEYS} <= documented
    for key in KEYS:
        if key.name in data.get(key.section, {}) and key.dotted != "run.adapters":
            value = key.parse(data[key.section][key.name])
            assert value == key.default, key.dotted
    with pytest.raises(ConfigError) as caught:
        load_settings(DEPLOY / "factbot.example.toml", env={})
    assert {p.where for p in caught.value.problems} == {"DISCORD_TOKEN", "SLACK_BOT_TOKEN",
                                                        "SLACK_APP_TOKEN"}


# -- the guide ----------------------------------------------------------------------------------

def test_the_discord_invite_url_grants_exactly_the_permissions_the_guide_lists() -> None:
    import discord

    guide = (DEPLOY / "README.md").read_text("utf-8")
    listed = re.findall(r"^   \| ([A-Z][^|]+?) \| [^|]+ \|$", guide, flags=re.MULTILINE)
    names = [n.strip() for row in listed if row != "permission" for n in row.split(",")]
    # The portal's names, as discord.py spells them.
    spelled = {"View Channels": "view_channel"}
    wanted = discord.Permissions(**{spelled.get(n, n.lower().replace(" ", "_")): True
                                    for n in names})
    (url,) = re.findall(r"https://discord\.com/oauth2/authorize\?\S+", guide)
    assert f"permissions={wanted.value}" in url
    assert "scope=bot+applications.commands" in url


def test_the_guide_names_only_settings_and_variables_factbot_reads() -> None:
    guide = (DEPLOY / "README.md").read_text("utf-8")
    variables = set(re.findall(r"\b(?:FACTBOT|DISCORD|SLACK)_[A-Z_]+\b", guide))
    assert variables <= env_names(), variables - env_names()
    keys = set(re.findall(r"`([a-z]+\.[a-z_]+)`", guide))
    settings_keys = {k for k in keys if k.split(".")[0] in {k.section for k in KEYS}}
    assert settings_keys <= {k.dotted for k in KEYS}, settings_keys - {k.dotted for k in KEYS}
