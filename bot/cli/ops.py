"""`factbot config check` and `factbot run`: settings validated up front, then the runner."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from bot import messages
from bot.chat.base import FactChecker
from bot.ops.config import ADAPTERS, ConfigError, Problem, Settings, load_settings
from bot.packs.loader import lint
from bot.packs.paths import bundled_facts_dir

EXIT_BAD_SETTINGS = 1


def _config_option(func: Any) -> Any:
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
        help="Settings file (default: $FACTBOT_CONFIG, else ./factbot.toml if present).",
    )(func)


def _adapter_option(func: Any) -> Any:
    return click.option(
        "--adapter", "adapters", multiple=True, type=click.Choice(list(ADAPTERS)),
        help="Which platform to serve; repeatable. Default: run.adapters, else console.",
    )(func)


# `--http` given without a port: HTTP mode on the configured slack.port.
CONFIGURED_PORT = ""


class HttpPort(click.ParamType[int | str]):
    """`--http` or `--http PORT`."""

    name = "port"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int | str:
        if isinstance(value, int):
            return value
        if value == CONFIGURED_PORT:
            return CONFIGURED_PORT
        try:
            port = int(value)
        except ValueError:
            port = -1
        if not 0 <= port <= 65535:
            self.fail(messages.not_a_port(str(value)), param, ctx)
        return port


def _overrides(facts: tuple[Path, ...], threshold: float | None,
               http: int | str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if facts:
        out["facts.paths"] = [str(p) for p in facts]
    if threshold is not None:
        out["facts.threshold"] = threshold
    if http is not None:
        out["slack.mode"] = "http"
        if http != CONFIGURED_PORT:
            out["slack.port"] = http
    return out


def _load(config_path: Path | None, adapters: tuple[str, ...],
          overrides: dict[str, Any]) -> tuple[Settings | None, list[Problem], list[str]]:
    """The settings (None if unusable), their problems, and every error in the fact packs."""
    try:
        settings = load_settings(config_path, adapters=adapters or None, overrides=overrides)
    except ConfigError as exc:
        return None, list(exc.problems), _fact_problems(exc.fact_paths)
    return settings, list(settings.warnings), _fact_problems(settings.fact_paths)


def _fact_problems(fact_paths: Sequence[Path]) -> list[str]:
    """Every error in the packs named (the bundled ones by default)."""
    paths = list(fact_paths) or [bundled_facts_dir()]
    return [str(p) for p in lint(paths) if not p.warning]


def _report(problems: list[Problem], fact_problems: list[str]) -> int:
    errors = [p for p in problems if not p.warning]
    for problem in problems:
        click.echo(str(problem), err=True)
    for line in fact_problems:
        click.echo(line, err=True)
    count = len(errors) + len(fact_problems)
    if count:
        click.echo(messages.config_failed(count, len(problems) - len(errors)), err=True)
    return count


@click.group("config")
def config() -> None:
    """Validate factbot's settings."""


@config.command("check")
@_config_option
@_adapter_option
@click.option("--connect", is_flag=True,
              help="Also open the database and reach Redis (when set), as `factbot run` will.")
def config_check(config_path: Path | None, adapters: tuple[str, ...], connect: bool) -> None:
    """Validate the settings file, the environment and the fact packs, starting nothing.

    Every problem is listed at once; the exit status is 1 if any is an error.
    """
    settings, problems, fact_problems = _load(config_path, adapters, {})
    if _report(problems, fact_problems) or settings is None:
        sys.exit(EXIT_BAD_SETTINGS)
    if connect:
        failures = asyncio.run(_connect(settings))
        for line in failures:
            click.echo(line, err=True)
        if failures:
            click.echo(messages.config_failed(len(failures), 0), err=True)
            sys.exit(EXIT_BAD_SETTINGS)
    click.echo(messages.config_ok(settings.source, list(settings.adapters)))


async def _connect(settings: Settings) -> list[str]:
    """One line for each service the settings name that cannot be reached, as `factbot run`
    would say it at start."""
    from bot.ops.launch import StartupFailed, database_failure, open_redis
    from bot.store.database import Database, database_url

    failures: list[str] = []
    url = database_url(settings.database_url.reveal())
    database = Database(url)
    try:
        await database.revision()
    except Exception as exc:  # any driver's refusal (asyncpg raises its own) is the answer
        failures.append(f"database.url: {database_failure(url, exc)}")
    finally:
        await database.close()
    if settings.redis_url is not None:
        try:
            board = await open_redis(settings.redis_url.reveal())
        except StartupFailed as exc:
            failures.append(str(exc))
        else:
            await board.close()
    return failures


@click.command("run")
@_adapter_option
@click.option("--facts", "facts", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A pack file or a directory of packs; repeatable. Replaces facts.paths.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Lowest score (0..1) that counts as a match (default: facts.threshold).")
@click.option("--http", "http", type=HttpPort(), is_flag=False, flag_value=CONFIGURED_PORT,
              default=None, metavar="[PORT]",
              help="Serve Slack over HTTP (slack.mode = \"http\"), on PORT if given "
                   "(slack.port).")
@_config_option
def run(adapters: tuple[str, ...], facts: tuple[Path, ...], threshold: float | None,
        http: int | str | None, config_path: Path | None) -> None:
    """Start the bot: one or several adapters in one process, with the ops port.

    SIGTERM or Ctrl-C stops it gracefully: no new messages are taken, replies under way are
    finished, then connections close.
    """
    from bot.ops.launch import StartupFailed, build_runner, setup_logging
    from bot.ops.ops_http import OpsPortUnavailable

    settings, problems, fact_problems = _load(config_path, adapters,
                                              _overrides(facts, threshold, http))
    if _report([p for p in problems if not p.warning], fact_problems) or settings is None:
        sys.exit(EXIT_BAD_SETTINGS)
    # Logging first: building the matcher logs which one serves.
    setup_logging(settings)
    checker = None
    if "console" in settings.adapters:
        checker = FactChecker.from_paths(list(settings.fact_paths) or None,
                                         threshold=settings.threshold,
                                         matcher=settings.matcher,
                                         embeddings_dir=settings.data_dir / "embeddings")

    async def serve() -> int:
        runner = await build_runner(settings, checker)
        return await runner.run()

    try:
        code = asyncio.run(serve())
    except (StartupFailed, OpsPortUnavailable) as exc:
        raise click.ClickException(str(exc)) from None
    sys.exit(code)
