"""The suggestions for the current ticket, each with its confidence, the source that spoke and
its reason; Enter takes the first.

A suggestion whose Jira values conflict is marked `!` and shows every value: no key takes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from analysis.suggest import Suggestion

SHOWN = 4
KEY = "bold $accent"
VALUE = "bold"
REASON = "$text-muted"
CONFLICT = "bold $warning"


class SuggestionBar(Widget):
    """Up to four suggestions, best first, in a bar of fixed height so the layout never jumps."""

    suggestions: reactive[tuple[Suggestion, ...]] = reactive(())

    def __init__(self, describe: Callable[[Suggestion], tuple[str, str]], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self._describe = describe

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """Show these suggestions; `describe` turns one into (dimension title, value name)."""
        self.suggestions = tuple(suggestions)

    def render(self) -> Content:
        if not self.suggestions:
            return Content.assemble((" No suggestions for this ticket.", REASON))
        parts: list[str | tuple[str, str]] = []
        for number, suggestion in enumerate(self.suggestions[:SHOWN]):
            title, name = self._describe(suggestion)
            parts += ["\n" if number else "", _marker(suggestion, number),
                      f"{title}: ", (name, VALUE), (f"  ({_reason(suggestion)})", REASON)]
            if number == 0 and len(self.suggestions) > 1:
                parts.append((f"   a: accept all ({len(self.suggestions)})", KEY))
        return Content.assemble(*parts)


def _marker(suggestion: Suggestion, number: int) -> tuple[str, str]:
    """`!` for a conflict, ⏎ for the suggestion Enter takes, else blank."""
    if suggestion.conflict:
        return (" ! ", CONFLICT)
    return (" ⏎ " if number == 0 else "   ", KEY)


def _reason(suggestion: Suggestion) -> str:
    """How sure, which source and why ("87% history: reporter ana: 4 of 5 earlier"); for a
    conflict, that the triager must pick."""
    if suggestion.conflict:
        return "Jira gives several: choose the right one"
    source = f" {suggestion.source}" if suggestion.source else ""
    return f"{suggestion.confidence:.0%}{source}: {suggestion.reason}"
