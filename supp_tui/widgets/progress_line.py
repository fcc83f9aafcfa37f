"""One line of progress: the ticket's place, labelled / total, since opening, the rate, the filter."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from supp_tui.labelling import Progress

KEY = "bold $accent"
FIGURE = "bold"
FILTER = "$warning"


class ProgressLine(Widget):
    """Always-visible progress at the top of the labelling screen."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._state: tuple = ()

    def show_progress(self, key: str | None, position: int, view_size: int, progress: Progress,
                      filter_text: str | None) -> None:
        """Redraw when any shown figure changed."""
        state = (key, position, view_size, progress, filter_text)
        if state != self._state:
            self._state = state
            self.refresh()

    def render(self) -> Content:
        if not self._state:
            return Content("Loading…")
        key, position, view_size, progress, filter_text = self._state
        share = progress.labelled / progress.total if progress.total else 0
        rate = "—" if progress.per_hour is None else f"{progress.per_hour:,.0f}"
        return Content.assemble(
            (f" {key or '—'}", KEY), f"  {position + 1 if view_size else 0}/{view_size:,}",
            "  labelled ", (f"{progress.labelled:,}/{progress.total:,}", FIGURE),
            f" ({share:.0%})  this session ", (f"{progress.since_open:+,}", FIGURE),
            "  rate ", (f"{rate}/h", FIGURE),
            (f"  filter: {filter_text}", FILTER) if filter_text else "",
        )
