"""The framework's dimensions with their keys, options and the ticket's current values."""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from analysis.framework import Dimension, Framework

# Theme-aware styles of the parts of a row (Content styles accept the app's CSS variables).
KEY = "bold $accent"
TITLE = "bold"
VALUE = "bold $success"
EMPTY = "$text-muted"
SELECTED = "bold $text on $success 40%"


class DimensionRow(Widget):
    """One dimension: its title and values, then its hotkeyed options (selected ones marked)."""

    # The option ids the ticket has; a change repaints the row, and lays the screen out again
    # only when the row's height changes (see watch_values).
    values: reactive[tuple[str, ...]] = reactive(())

    def __init__(self, dimension: Dimension) -> None:
        super().__init__(id=f"dimension-{dimension.id}")
        self.dimension = dimension

    def watch_values(self) -> None:
        """Ask for a layout pass only when the values change how many lines the row takes: a
        pass on every label keystroke would cost a good part of the frame."""
        width = max(self.size.width, 10)
        if text_lines(self.render().plain, width) != self.size.height:
            self.refresh(layout=True)

    def render(self) -> Content:
        return Content.assemble(*row_parts(self.dimension, self.values, max(self.size.width, 10)))


def row_parts(dimension: Dimension, values: tuple[str, ...],
              width: int) -> list[str | tuple[str, str]]:
    """A row's styled parts: key, title and values, then the hotkeyed options packed into lines
    of `width` cells (a new line before an option that would not fit)."""
    hotkeyed = [o for o in dimension.options if o.hotkey]
    parts: list[str | tuple[str, str]] = []
    lead = 0
    if dimension.key:
        parts += [(dimension.key, KEY), " "]
        lead = len(dimension.key) + 1
    shown = ", ".join(dimension.name_of(v) for v in values)
    title = dimension.title
    if not hotkeyed:
        room = width - lead - 3 - max(len(shown), 1)
        if len(title) > max(room, 8):
            title = title[: max(room, 8) - 1].rstrip() + "…"
    parts += [(title, TITLE), ": ", (shown, VALUE) if shown else ("—", EMPTY)]
    column = width
    for option in hotkeyed:
        chunk = len(option.hotkey or "") + 1 + len(option.name)
        if column + 2 + chunk > width:
            parts.append("\n")
            column = 0
        elif column:
            parts.append("  ")
            column += 2
        selected = option.id in values
        parts += [(option.hotkey or "", KEY), " ",
                  (option.name, SELECTED) if selected else option.name]
        column += chunk
    return parts


def row_height(dimension: Dimension, width: int) -> int:
    """Lines a row without values takes at `width` cells, its title wrapped as Textual wraps it."""
    return text_lines("".join(part if isinstance(part, str) else part[0]
                              for part in row_parts(dimension, (), width)), width)


def text_lines(text: str, width: int) -> int:
    """Lines `text` takes when each of its lines wraps at `width` cells."""
    return sum(-(-max(cell_len(line), 1) // width) for line in text.split("\n"))


def title_width(framework: Framework) -> int:
    """Width at which every row without hotkeyed options shows "K Title: —" untruncated."""
    return max((len(d.key or "") + 1 + len(d.title) + 4 for d in framework.dimensions
                if not any(o.hotkey for o in d.options)), default=0)


def fitting_width(framework: Framework, height: int, narrowest: int, widest: int) -> int:
    """The narrowest width, from `narrowest` to `widest`, at which every row fits in `height`
    lines; `widest` when none does (the panel then scrolls)."""
    for width in range(narrowest, widest + 1):
        if sum(row_height(d, width) for d in framework.dimensions) <= height:
            return width
    return widest


class DimensionsPanel(VerticalScroll, can_focus=False):
    """All dimensions of the framework, in file order."""

    def __init__(self, framework: Framework, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.framework = framework

    def compose(self) -> ComposeResult:
        for dimension in self.framework.dimensions:
            yield DimensionRow(dimension)

    def show_values(self, values: Mapping[str, tuple[str, ...]]) -> None:
        """Show a ticket's values: dimension id -> option ids."""
        for row in self.query(DimensionRow):
            row.values = values.get(row.dimension.id, ())

    def show_dimension(self, dimension_id: str, values: tuple[str, ...]) -> None:
        """Update one dimension after a label keystroke, scrolling it into view."""
        row = self.query_one(f"#dimension-{dimension_id}", DimensionRow)
        row.values = values
        self.scroll_to_widget(row, animate=False)

    async def use_framework(self, framework: Framework) -> None:
        """Rebuild the rows after the framework gained an option."""
        self.framework = framework
        await self.remove_children()
        await self.mount_all(DimensionRow(d) for d in framework.dimensions)
