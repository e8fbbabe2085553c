"""Command groups whose commands are imported when they are run or listed, not at start-up.

`factbot facts draft` or `factbot check` then start without importing the moderation store,
the web desk or the platform libraries that other commands need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

import click


def _load(target: str) -> click.Command:
    module, _, name = target.partition(":")
    command = getattr(importlib.import_module(module), name)
    if not isinstance(command, click.Command):
        raise TypeError(f"{target} is not a click command")
    return command


class LazyGroup(click.Group):
    """A group with some commands named up front ("name": "module:attribute") and imported
    when first asked for, and optionally a loader that registers several more at once."""

    def __init__(self, *args: object, lazy: Mapping[str, str] | None = None,
                 register: Callable[[click.Group], None] | str | None = None,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._lazy = dict(lazy or {})
        self._register = register
        self._registered = register is None

    def _register_all(self) -> None:
        if self._registered:
            return
        self._registered = True
        register = self._register
        if isinstance(register, str):
            module, _, name = register.partition(":")
            register = getattr(importlib.import_module(module), name)
        assert callable(register)
        register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register_all()
        return sorted({*super().list_commands(ctx), *self._lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._lazy and cmd_name not in self.commands:
            self.add_command(_load(self._lazy[cmd_name]), cmd_name)
        found = super().get_command(ctx, cmd_name)
        if found is None and not self._registered:
            self._register_all()
            found = super().get_command(ctx, cmd_name)
        return found
