"""The suggestions for the current ticket, each with its reason; Enter takes the first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

from analysis.suggest import Suggestion

SHOWN = 4


class SuggestionBar(Widget):
    """Up to four suggestions, best first (as many as fit); hidden when there are none."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"suggestion--key", "suggestion--value", "suggestion--reason"}

    def __init__(self, describe: Callable[[Suggestion], tuple[str, str]], **kwargs) -> None:
        super().__init__(**kwargs)
        self._describe = describe
        self.suggestions: tuple[Suggestion, ...] = ()

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """Show these suggestions; `describe` turns one into (dimension title, value name)."""
        suggestions = tuple(suggestions)
        if suggestions != self.suggestions:
            self.suggestions = suggestions
            self.set_class(not suggestions, "-empty")
            self.refresh(layout=True)

    def render(self) -> Text:
        style = self.get_component_rich_style
        text = Text(no_wrap=True, overflow="ellipsis")
        for number, suggestion in enumerate(self.suggestions[:SHOWN]):
            if number:
                text.append("\n")
            title, name = self._describe(suggestion)
            text.append(" ⏎ " if number == 0 else "   ", style=style("suggestion--key"))
            text.append(f"{title}: ")
            text.append(name, style=style("suggestion--value"))
            text.append(f"  ({suggestion.reason})", style=style("suggestion--reason"))
            if number == 0 and len(self.suggestions) > 1:
                text.append(f"   a: accept all ({len(self.suggestions)})",
                            style=style("suggestion--key"))
        return text
