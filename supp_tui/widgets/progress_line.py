"""One line of progress: the ticket's place and completeness, complete / total tickets, since
opening, the rate and the filter."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from supp_tui.labelling import Progress

KEY = "bold $accent"
FIGURE = "bold"
FILTER = "$warning"
COMPLETE = "bold $success"
INCOMPLETE = "$warning"


class ProgressLine(Widget):
    """Always-visible progress at the top of the labelling screen; redrawn when a figure changes."""

    key: reactive[str | None] = reactive(None)
    position: reactive[int] = reactive(0)
    view_size: reactive[int] = reactive(0)
    progress: reactive[Progress | None] = reactive(None)
    filter_text: reactive[str | None] = reactive(None)
    reading: reactive[str] = reactive("the board")
    # (required dimensions with a value, required dimensions) of the shown ticket.
    filled: reactive[tuple[int, int]] = reactive((0, 0))

    def show_loading(self, what: str) -> None:
        """Say what is being read until the first figures arrive."""
        self.reading = what

    def show_progress(self, key: str | None, position: int, view_size: int, progress: Progress,
                      filter_text: str | None, filled: tuple[int, int] = (0, 0)) -> None:
        """Show these figures (Textual redraws the line only when one of them changed);
        `filled` is (required dimensions with a value, required dimensions) of the ticket."""
        self.filled = filled
        self.key = key
        self.position = position
        self.view_size = view_size
        self.progress = progress
        self.filter_text = filter_text

    def render(self) -> Content:
        progress = self.progress
        if progress is None:
            return Content.assemble(" Loading ", (self.reading, KEY), "…")
        view_size = self.view_size
        share = progress.labelled / progress.total if progress.total else 0
        rate = "—" if progress.per_hour is None else f"{progress.per_hour:,.0f}"
        where = f"{self.position + 1 if view_size else 0}/{view_size:,}"
        labelled = f"{progress.labelled:,}/{progress.total:,}"
        full = Content.assemble(
            (f" {self.key or '—'}", KEY), _marker(self.filled) if self.key else "", f"  {where}",
            "  labelled ", (labelled, FIGURE),
            f" ({share:.0%})  this session ", (f"{progress.since_open:+,}", FIGURE),
            "  rate ", (f"{rate}/h", FIGURE),
            (f"  filter: {self.filter_text}", FILTER) if self.filter_text else "",
        )
        if full.cell_length <= self.size.width:
            return full
        # Too narrow for the words: the same figures, labelled by their symbols only.
        return Content.assemble(
            (f" {self.key or '—'}", KEY), _marker(self.filled, short=True) if self.key else "",
            f" {where}", " done ", (labelled, FIGURE),
            f" {share:.0%} ", (f"{progress.since_open:+,}", FIGURE), " ", (f"{rate}/h", FIGURE),
            (f" filter: {self.filter_text}", FILTER) if self.filter_text else "",
        )


def _marker(filled: tuple[int, int], short: bool = False) -> tuple[str, str]:
    """✓ for a complete ticket, else how many of the required dimensions have a value."""
    have, required = filled
    if have >= required:
        return (" ✓", COMPLETE)
    return (f" {have}/{required}{'' if short else ' required'}", INCOMPLETE)
