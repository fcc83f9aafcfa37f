"""The framework's dimensions with their keys, options and the ticket's current values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widget import Widget

from analysis.framework import Dimension, Framework


class DimensionRow(Widget):
    """One dimension: its title and values, then its hotkeyed options (selected ones marked)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "dimension--title", "dimension--value", "dimension--key", "dimension--selected",
        "dimension--empty",
    }

    def __init__(self, dimension: Dimension, **kwargs) -> None:
        super().__init__(id=f"dimension-{dimension.id}", **kwargs)
        self.dimension = dimension
        self.values: tuple[str, ...] = ()

    def show_values(self, values: tuple[str, ...]) -> None:
        """Redraw only when the ticket's values in this dimension changed."""
        if values != self.values:
            self.values = values
            self.refresh(layout=True)

    def render(self) -> Text:
        style = self.get_component_rich_style
        dimension = self.dimension
        names = {o.id: o.name for o in dimension.options}
        hotkeyed = [o for o in dimension.options if o.hotkey]
        width = max(self.size.width, 10)
        text = Text(overflow="fold")
        if dimension.key:
            text.append(f"{dimension.key}", style=style("dimension--key"))
            text.append(" ")
        shown = ", ".join(names.get(v, v) for v in self.values)
        title = dimension.title
        if not hotkeyed:
            room = width - len(text) - 2 - max(len(shown), 1)
            if len(title) > max(room, 8):
                title = title[: max(room, 8) - 1].rstrip() + "…"
        text.append(title, style=style("dimension--title"))
        text.append(": ")
        if shown:
            text.append(shown, style=style("dimension--value"))
        else:
            text.append("—", style=style("dimension--empty"))
        column = width
        for option in hotkeyed:
            chunk = len(option.hotkey or "") + 1 + len(option.name)
            if column + 2 + chunk > width:
                text.append("\n")
                column = 0
            elif column:
                text.append("  ")
                column += 2
            selected = option.id in self.values
            text.append(f"{option.hotkey}", style=style("dimension--key"))
            text.append(" ")
            text.append(option.name, style=style("dimension--selected") if selected else "")
            column += chunk
        return text


class DimensionsPanel(VerticalScroll, can_focus=False):
    """All dimensions of the framework, in file order."""

    def __init__(self, framework: Framework, **kwargs) -> None:
        super().__init__(**kwargs)
        self.framework = framework

    def compose(self) -> ComposeResult:
        for dimension in self.framework.dimensions:
            yield DimensionRow(dimension)

    def show_values(self, values: Mapping[str, tuple[str, ...]]) -> None:
        """Show a ticket's values: dimension id -> option ids."""
        for row in self.query(DimensionRow):
            row.show_values(values.get(row.dimension.id, ()))

    def show_dimension(self, dimension_id: str, values: tuple[str, ...]) -> None:
        """Update one dimension after a label keystroke, scrolling it into view."""
        row = self.query_one(f"#dimension-{dimension_id}", DimensionRow)
        row.show_values(values)
        self.scroll_to_widget(row, animate=False)

    async def use_framework(self, framework: Framework) -> None:
        """Rebuild the rows after the framework gained an option."""
        self.framework = framework
        await self.remove_children()
        await self.mount_all(DimensionRow(d) for d in framework.dimensions)
