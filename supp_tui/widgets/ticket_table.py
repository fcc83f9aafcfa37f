"""The board as a table drawn line by line: only the rows on screen are ever built, so a board
of 100,000 tickets opens and scrolls as fast as one of ten."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

# One row's cells: key, team, labels, summary; and whether it is selected and complete.
RowCells = tuple[str, str, str, str, bool, bool]

LINES_CACHED = 500  # rows whose text is kept between frames, so scrolling builds few

SELECTED_MARK, COMPLETE_MARK, INCOMPLETE_MARK = "●", "✓", "·"


def column_widths(width: int, key_width: int) -> tuple[int, int, int, int]:
    """Widths of the key, team, labels and summary columns in a table `width` cells wide; the
    summary takes what is left."""
    team = max(8, width * 12 // 100)
    labels = max(12, width * 22 // 100)
    summary = max(10, width - 4 - key_width - team - labels - 3)
    return key_width, team, labels, summary


def header_line(width: int, key_width: int) -> Text:
    """The column titles, aligned with the rows."""
    return _line(("Key", "Team", "Labels", "Summary"), "  ", width, key_width)


def _line(cells: Sequence[str], marks: str, width: int, key_width: int) -> Text:
    widths = column_widths(width, key_width)
    parts = [marks]
    for cell, cell_width in zip(cells, widths, strict=True):
        parts.append(_fit(cell, cell_width))
    return Text(" ".join(parts))


def _fit(text: str, width: int) -> str:
    """`text` on one line, cut with an ellipsis or padded to exactly `width` cells."""
    text = " ".join(text.split())
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


class TicketTable(ScrollView, can_focus=True):
    """Rows of a view of the board with a cursor; `cells(row)` gives each visible row's text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Down", show=False, id="table.down",
                priority=True),
        Binding("up", "move(-1)", "Up", show=False, id="table.up",
                priority=True),
        Binding("pagedown", "page(1)", "Page down", show=False, id="table.page_down",
                priority=True),
        Binding("pageup", "page(-1)", "Page up", show=False, id="table.page_up",
                priority=True),
        Binding("home", "move_to(0)", "First", show=False, id="table.first",
                priority=True),
        Binding("end", "move_to(-1)", "Last", show=False, id="table.last",
                priority=True),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "ticket-table--cursor", "ticket-table--selected", "ticket-table--complete"}
    DEFAULT_CSS = """
    TicketTable { height: 1fr; scrollbar-size-vertical: 1; }
    TicketTable > .ticket-table--cursor { background: $accent 40%; }
    TicketTable:focus > .ticket-table--cursor { background: $accent; color: $text; }
    TicketTable > .ticket-table--selected { color: $warning; text-style: bold; }
    TicketTable > .ticket-table--complete { color: $text-muted; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class Moved(Message):
        """The cursor moved to another row."""

    def __init__(self, cells: Callable[[int], RowCells], key_width: int,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.cells = cells
        self.key_width = key_width
        self.view: Sequence[int] = ()
        self._styles: dict[str, Style] = {}
        self._lines: dict[int, tuple[int, list[Segment], bool, bool]] = {}

    @property
    def cursor_row(self) -> int | None:
        """The board row under the cursor, or None when the view is empty."""
        return self.view[self.cursor] if 0 <= self.cursor < len(self.view) else None

    def show(self, view: Sequence[int], cursor: int = 0) -> None:
        """Show these board rows with the cursor at a position in them."""
        self.view = view
        self._lines.clear()
        self.virtual_size = Size(self.size.width, len(view))
        self.cursor = max(0, min(cursor, len(view) - 1))
        self.refresh()

    def redraw(self, row: int | None = None) -> None:
        """Draw one row (or every row) again, as its labels or selection changed."""
        if row is None:
            self._lines.clear()
        else:
            self._lines.pop(row, None)
        self.refresh()

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Moved())

    def action_move(self, step: int) -> None:
        self.cursor = max(0, min(self.cursor + step, len(self.view) - 1))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1))

    def action_move_to(self, position: int) -> None:
        self.cursor = max(0, len(self.view) - 1) if position < 0 else position

    def render_lines(self, crop: Region) -> list[Strip]:
        """Look the styles up once per frame, not once per line."""
        self._styles = {name: self.get_component_rich_style(f"ticket-table--{name}")
                        for name in ("selected", "complete", "cursor")}
        self._styles["base"] = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        position = self.scroll_offset.y + y
        styles = self._styles
        if position >= len(self.view):
            return Strip.blank(width, styles["base"])
        row = self.view[position]
        cached = self._lines.get(row)
        if cached is None or cached[0] != width:
            cached = self._lines[row] = self._build_line(row, width)
        _, segments, selected, complete = cached
        style = styles["base"]
        if selected:
            style += styles["selected"]
        elif complete:
            style += styles["complete"]
        if position == self.cursor:
            style += styles["cursor"]
        return Strip(segments).crop_extend(0, width, style).apply_style(style)

    def _build_line(self, row: int, width: int) -> tuple[int, list[Segment], bool, bool]:
        """A row's text as segments, with whether it is selected and complete."""
        if len(self._lines) > LINES_CACHED:
            self._lines.clear()
        key, team, labels, summary, selected, complete = self.cells(row)
        marks = (SELECTED_MARK if selected else " ") + (
            COMPLETE_MARK if complete else INCOMPLETE_MARK)
        text = _line((key, team, labels, summary), marks, width, self.key_width)
        return width, list(text.render(self.app.console)), selected, complete
