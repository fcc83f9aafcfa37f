"""Journal writes from a screen: a write the disk refuses is one toast, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.widget import Widget

from analysis.errors import InputError

Saved = TypeVar("Saved")


def save(screen: Widget, change: Callable[..., Saved], *args: object) -> Saved | None:
    """Make a label change; if the journal cannot be written, say so and change nothing (the
    journal cuts a refused write back, so no partial line stays)."""
    try:
        return change(*args)
    except (InputError, OSError) as error:
        reason = (error.strerror if isinstance(error, OSError) and error.strerror
                  else str(error).rstrip("."))
        screen.notify(f"Not saved: {reason}. No label was changed.", severity="error",
                      timeout=10)
        return None
