"""One line of progress: the ticket's place, labelled / total, since opening, the rate, the filter."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

from supp_tui.session import Progress


class ProgressLine(Widget):
    """Always-visible progress at the top of the labelling screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"progress--key", "progress--figure", "progress--filter"}

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

    def render(self) -> Text:
        if not self._state:
            return Text("Loading…")
        key, position, view_size, progress, filter_text = self._state
        style = self.get_component_rich_style
        figure = style("progress--figure")
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f" {key or '—'}", style=style("progress--key"))
        text.append(f"  {position + 1 if view_size else 0}/{view_size:,}")
        share = progress.labelled / progress.total if progress.total else 0
        text.append("  labelled ")
        text.append(f"{progress.labelled:,}/{progress.total:,}", style=figure)
        text.append(f" ({share:.0%})")
        text.append("  this session ")
        text.append(f"{progress.since_open:+,}", style=figure)
        rate = "—" if progress.per_hour is None else f"{progress.per_hour:,.0f}"
        text.append("  rate ")
        text.append(f"{rate}/h", style=figure)
        if filter_text:
            text.append(f"  filter: {filter_text}", style=style("progress--filter"))
        return text
