"""What the pack commands share: reading a source text, and refusing a bad fact base."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from bot import messages
from bot.packs.loader import FactBaseError

EXIT_BAD_FACT_BASE = 1


def exit_bad_fact_base(exc: FactBaseError) -> NoReturn:
    errors = [p for p in exc.problems if not p.warning]
    for problem in errors:
        click.echo(str(problem), err=True)
    click.echo(messages.bad_fact_base(len(errors)), err=True)
    sys.exit(EXIT_BAD_FACT_BASE)


def read_source(path: Path) -> str:
    """The text of a source to measure coverage on; a usage error when it is not text."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.BadParameter(messages.coverage_source_unreadable(str(exc)),
                                 param_hint="SOURCE") from exc
    if not text.strip():
        raise click.BadParameter(messages.coverage_source_empty(), param_hint="SOURCE")
    return text
