"""The click group behaviour `supp-tui` and `supp-tui labels` share: one-sentence errors for a
missing or unknown command."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import click


class CommandGroup(click.Group):
    """A group whose missing or unknown command is a usage error naming the commands it has."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            raise click.UsageError(f"Name a command: {', '.join(self.list_commands(ctx))}.", ctx)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if name.startswith("-") or ctx.resilient_parsing or self.get_command(ctx, name):
            return super().resolve_command(ctx, args)
        names = self.list_commands(ctx)
        close = difflib.get_close_matches(name, names)
        hint = f"did you mean {either(close)}?" if close else \
            f"the commands are {', '.join(names)}."
        raise click.UsageError(f"No such command {name!r}; {hint}", ctx)


def either(names: Sequence[str]) -> str:
    """Quoted names joined with `or`."""
    return " or ".join(repr(name) for name in names)
