"""Parameter types the commands share."""

from __future__ import annotations

from datetime import date
from typing import Any

import click


class IsoDate(click.ParamType):
    """A YYYY-MM-DD day as a `date`; a bad value is one sentence showing how to write one."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31.",
                      param, ctx)


class Count(click.IntRange):
    """A whole number within bounds; a value that is no number says so, not "integer range"."""

    name = "integer"
