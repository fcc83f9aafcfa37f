"""The suggestions for the current ticket, each with its confidence, the source that spoke and
its reason; Enter takes the first and `a` the ones visible.

A suggestion whose Jira values conflict is marked `!` and shows every value: no key takes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from analysis.suggest import Suggestion

SHOWN = 6  # lines the tallest bar has (app.tcss); a smaller one shows fewer
KEY = "bold $accent"
VALUE = "bold"
REASON = "$text-muted"
CONFLICT = "bold $warning"


class SuggestionBar(Widget):
    """Up to six suggestions, best first, in a bar of fixed height so the layout never jumps;
    a narrow bar has room for fewer, and only those count as shown."""

    suggestions: reactive[tuple[Suggestion, ...]] = reactive(())

    def __init__(self, describe: Callable[[Suggestion], tuple[str, str]], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self._describe = describe

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        """Show these suggestions; `describe` turns one into (dimension title, value name)."""
        self.suggestions = tuple(suggestions)

    def visible_suggestions(self) -> tuple[Suggestion, ...]:
        """The suggestions whose whole line fits in the bar at its current size, best first."""
        lines = self._lines(accept_count=min(len(self.suggestions), SHOWN))
        room, width = self.content_size.height, self.content_size.width
        wraps = self.styles.text_wrap != "nowrap" and width > 0
        shown = 0
        for line in lines:
            room -= len(line.wrap(width)) if wraps else 1
            if room < 0:
                break
            shown += 1
        return self.suggestions[:shown]

    def render(self) -> Content:
        if not self.suggestions:
            return Content.assemble((" No suggestions for this ticket.", REASON))
        return Content("\n").join(self._lines(accept_count=len(self.visible_suggestions())))

    def _lines(self, accept_count: int) -> list[Content]:
        """One line per suggestion; the first says what `a` accepts when it takes several. A
        line too wide for the bar drops its reason, then shortens its accept hint, so the value
        and how sure it is always show."""
        width = self.content_size.width
        lines = []
        for number, suggestion in enumerate(self.suggestions[:SHOWN]):
            title, name = self._describe(suggestion)
            head: list[str | tuple[str, str]] = [
                _marker(suggestion, number), f"{title}: ", (name, VALUE)]
            hints = [f"   a: accept these {accept_count}", f"  a: {accept_count}"] if (
                number == 0 and accept_count > 1) else [""]
            for tail, hint in ((f"  ({_reason(suggestion)})", hints[0]),
                               (f"  {_sureness(suggestion)}", hints[0]),
                               (f"  {_sureness(suggestion)}", hints[-1])):
                line = Content.assemble(*head, (tail, REASON), (hint, KEY))
                if not width or line.cell_length <= width:
                    break
            lines.append(line)
        return lines


def _marker(suggestion: Suggestion, number: int) -> tuple[str, str]:
    """`!` for a conflict, ⏎ for the suggestion Enter takes, else blank."""
    if suggestion.conflict:
        return (" ! ", CONFLICT)
    return (" ⏎ " if number == 0 else "   ", KEY)


def _sureness(suggestion: Suggestion) -> str:
    """How sure and which source, short ("87% history"); for a conflict, that it needs a pick."""
    if suggestion.conflict:
        return "choose one"
    return f"{suggestion.confidence:.0%} {suggestion.source}".rstrip()


def _reason(suggestion: Suggestion) -> str:
    """How sure, which source and why ("87% history: reporter ana: 4 of 5 earlier"); for a
    conflict, that the triager must pick."""
    if suggestion.conflict:
        return "Jira gives several: choose the right one"
    source = f" {suggestion.source}" if suggestion.source else ""
    return f"{suggestion.confidence:.0%}{source}: {suggestion.reason}"
