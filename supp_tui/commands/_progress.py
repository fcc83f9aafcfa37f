"""Progress bars for long commands: a callback the engine calls, drawn by rich on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Step = Callable[[str, int, "int | None"], None]
"""`step(what, done, total)`: what is being done, how far, and of how much (None: unknown)."""


def _ignore(what: str, done: int, total: int | None) -> None:
    return None


@contextmanager
def progress() -> Iterator[Step]:
    """A `step` callback that draws a transient progress bar on stderr when stderr is a terminal
    and does nothing otherwise, so piped and captured output stays clean."""
    if not sys.stderr.isatty():
        yield _ignore
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True,
                  redirect_stdout=False) as bar:
        task = bar.add_task("", total=None)

        def step(what: str, done: int, total: int | None) -> None:
            bar.update(task, description=what, completed=done, total=total)

        yield step


def counting(step: Step, what: str) -> Callable[[int, int], None]:
    """The engine's `(done, total)` callback for one step named `what`."""
    return lambda done, total: step(what, done, total)
