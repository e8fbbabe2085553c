"""Command groups whose commands are imported when they are run or listed, not at start-up.

`factbot facts draft` or `factbot check` then start without importing the moderation store,
the web desk or the platform libraries that other commands need.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

import click


def _attribute(target: str) -> object:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class LazyGroup(click.Group):
    """A group with some commands named up front ("name": "module:attribute") and imported
    when first asked for, and optionally a "module:function" that registers several more at
    once, called when a name is not found or the commands are listed."""

    def __init__(self, *args: object, lazy: Mapping[str, str] | None = None,
                 register: str | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._lazy = dict(lazy or {})
        self._register = register

    def _register_all(self) -> None:
        if self._register is None:
            return
        register, self._register = _attribute(self._register), None
        assert callable(register)
        register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register_all()
        return sorted({*super().list_commands(ctx), *self._lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._lazy and cmd_name not in self.commands:
            command = _attribute(self._lazy[cmd_name])
            if not isinstance(command, click.Command):
                raise TypeError(f"{self._lazy[cmd_name]} is not a click command")
            self.add_command(command, cmd_name)
        found = super().get_command(ctx, cmd_name)
        if found is None and self._register is not None:
            self._register_all()
            found = super().get_command(ctx, cmd_name)
        return found
