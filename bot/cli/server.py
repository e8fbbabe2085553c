"""`factbot server`: a server's settings, facts and a check as it would answer."""

from __future__ import annotations

from pathlib import Path

import click

from bot import messages
from bot.chat.render import render_reply
from bot.chat.seam import Desk
from bot.chat.settings import ServerSettings
from bot.cli.options import (
    cli_actor,
    server_option,
    store_options,
    with_store,
)
from bot.moderation import ServerKey


@click.group("server")
def server_group() -> None:
    """Show or change a server's settings, or check a claim as that server would."""


def _echo_settings(settings: ServerSettings) -> None:
    for key, value in settings.to_json().items():
        if value is None:
            shown = "all"
        elif isinstance(value, list):
            shown = ",".join(str(v) for v in value)
        else:
            shown = str(value)
        click.echo(f"{key}={shown}")


@server_group.command("show")
@server_option
@store_options
def server_show(server: ServerKey, db: str | None, packs: tuple[Path, ...],
                actor: str | None) -> None:
    """Print the server's settings as KEY=VALUE lines."""
    _echo_settings(with_store(db, packs, lambda mod: mod.settings(server)))


@server_group.command("set")
@click.argument("pairs", nargs=-1, required=True, metavar="KEY=VALUE...")
@server_option
@store_options
def server_set(pairs: tuple[str, ...], server: ServerKey, db: str | None,
               packs: tuple[Path, ...], actor: str | None) -> None:
    """Change settings, e.g. `threshold=0.7 reply_mode=thread watched_channels=1,2`."""
    changes: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(messages.setting_pair_format(pair))
        changes[key.strip()] = value.strip()
    who = cli_actor(actor)
    settings = with_store(db, packs, lambda mod: mod.update_settings(server, who, **changes))
    _echo_settings(settings)
    click.echo(messages.settings_saved(), err=True)


@server_group.command("check")
@click.argument("claim")
@server_option
@store_options
def server_check(claim: str, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                 actor: str | None) -> None:
    """Check CLAIM against the server's fact base and print the reply."""
    from bot.core.models import Claim

    async def run(mod: Desk) -> str:
        reply = await mod.check(Claim(claim, platform=server.platform, server=server.id,
                                      explicit=False))
        return render_reply(reply)

    click.echo(with_store(db, packs, run))


@server_group.command("facts")
@click.option("--all", "show_all", is_flag=True, help="Also retired facts.")
@server_option
@store_options
def server_facts(show_all: bool, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                 actor: str | None) -> None:
    """List the server's own facts (and its edited pack facts): id, version, verdict, claim."""
    records = with_store(db, packs, lambda mod: mod.list_facts(server,
                                                               include_retired=show_all))
    if not records:
        click.echo(messages.queue_empty("facts of this server's own"))
    for r in records:
        state = " (retired)" if r.retired else ""
        click.echo(f"{r.fact.id}\tv{r.version}{state}\t{r.fact.verdict}\t{r.fact.claim}")
