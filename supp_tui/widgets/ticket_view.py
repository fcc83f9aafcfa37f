"""The ticket being labelled: what a triager reads before deciding, in one scrollable column.

The whole ticket is one Content (header, description, then the comments, folded to a single
line until `z`) drawn by one Line API widget: a new ticket is one wrap and one layout pass,
which keeps moving to the next ticket within a frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.visual import Visual

from analysis.journal import Flag

DESCRIPTION_LIMIT = 20_000
COMMENT_LIMIT = 4_000
BOLD = "bold"
MUTED = "$text-muted"
FOLD = "bold $accent"
CONFLICT = "bold $warning"
FLAGGED = "bold $accent"

Parts = list[str | tuple[str, str]]


def when(moment: datetime | None) -> str:
    """A date as a triager reads it; a dash when missing."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def listing(values: list[str] | None) -> str:
    return ", ".join(values) if values else "—"


def ticket_header(ticket: dict[str, Any]) -> Parts:
    """Key and summary, then type, priority, status, people, dates, Jira labels, components and
    the teams when Jira gives several."""
    fields = (("Type", ticket.get("issue_type")), ("Priority", ticket.get("priority")),
              ("Status", ticket.get("status")))
    closed = ticket.get("closed_at")
    closed_text = when(closed) if closed else "open"
    assignee = f"   Assignee: {ticket['assignee']}" if ticket.get("assignee") else ""
    return [
        (ticket["key"], BOLD), "  ", (ticket.get("summary") or "(no summary)", BOLD),
        "\n" + "  ".join(f"{name}: {value or '—'}" for name, value in fields),
        f"\nReporter: {ticket.get('reporter') or '—'}{assignee}",
        f"\nCreated: {when(ticket.get('created'))}   Closed: {closed_text}",
        f"\nJira labels: {listing(ticket.get('labels'))}",
        f"\nComponents: {listing(ticket.get('components'))}", *several_teams(ticket),
    ]


def several_teams(ticket: dict[str, Any]) -> Parts:
    """A marked line listing the ticket's teams from Jira when it has more than one."""
    teams = ticket.get("team") or []
    return [("\n! Teams in Jira: " + ", ".join(teams), CONFLICT)] if len(teams) > 1 else []


def flag_parts(flags: Sequence[Flag]) -> Parts:
    """One marked line per theme flag on the ticket: its note, who raised it and when."""
    parts: Parts = []
    for flag in flags:
        parts += [(f"\n⚑ {flag.note}", FLAGGED), (f"  {flag.by}, {flag.at[:10]} {flag.at[11:16]}",
                                                   MUTED)]
    return parts


def comment_parts(comments: list[dict[str, Any]], folded: bool) -> Parts:
    """A fold line, then (unfolded) each comment under its date and author, oldest first."""
    if not comments:
        return []
    marker, hint = ("▶", "z shows them") if folded else ("▼", "z folds them")
    parts: Parts = ["\n\n", (f"{marker} Comments ({len(comments)})", FOLD), (f"  {hint}", MUTED)]
    if folded:
        return parts
    for comment in comments:
        parts += ["\n\n", (f"{when(comment.get('at'))}  {comment.get('author') or '?'}", BOLD),
                  "\n" + (comment.get("body") or "")[:COMMENT_LIMIT]]
    return parts


def ticket_content(ticket: dict[str, Any] | None, folded: bool,
                   flags: Sequence[Flag] = ()) -> Content:
    """Everything shown about a ticket, or a note that no ticket matches the filter."""
    if ticket is None:
        return Content("No ticket matches the filter. Press Escape to clear it.")
    body = (ticket.get("description") or "").strip() or "(no description)"
    return Content.assemble(
        *ticket_header(ticket), *flag_parts(flags), "\n\n", body[:DESCRIPTION_LIMIT],
        *comment_parts(ticket.get("comments") or [], folded),
    )


@dataclass(frozen=True)
class Prepared:
    """A ticket wrapped ahead of showing it, for one fold state and view size."""

    ticket: dict[str, Any]
    folded: bool
    size: Size
    content: Content
    lines: list[Strip]
    width: int

    def fits(self, ticket: dict[str, Any] | None, folded: bool, size: Size) -> bool:
        return ticket is self.ticket and folded == self.folded and size == self.size


class TicketView(ScrollView, can_focus=True):
    """One ticket; arrows and PgUp/PgDn scroll it, `z` folds and unfolds its comments.

    A Line API widget: a new ticket is wrapped to the view's width once and sets the virtual
    size, so showing it costs one layout pass however much taller or shorter it is.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ticket: dict[str, Any] | None = None
        self._flags: Sequence[Flag] = ()
        self._folded = True
        self.content = ticket_content(None, folded=True)
        self._lines: list[Strip] = []
        self._prepared: Prepared | None = None

    def show_ticket(self, ticket: dict[str, Any] | None, flags: Sequence[Flag] = ()) -> None:
        """Replace what is shown with another ticket (or a note that the view is empty) and
        its theme flags; a ticket wrapped ahead is used when it has none."""
        self._ticket, self._flags = ticket, flags
        prepared, self._prepared = self._prepared, None
        if prepared is not None and not flags and prepared.fits(ticket, self._folded, self.size):
            self.content = prepared.content
            self._use(prepared.lines, prepared.width)
        else:
            self._show(ticket_content(ticket, self._folded, flags))
        if self.scroll_y:
            self.scroll_home(animate=False)

    def prepare(self, ticket: dict[str, Any]) -> None:
        """Wrap a ticket about to be shown, so showing it only swaps the lines."""
        content = ticket_content(ticket, self._folded)
        lines, width = self._strips(content)
        self._prepared = Prepared(ticket, self._folded, self.size, content, lines, width)

    def fold_comments(self, folded: bool) -> None:
        """Fold or unfold the comments of this and the following tickets."""
        if folded != self._folded:
            self._folded = folded
            self._show(ticket_content(self._ticket, folded, self._flags))

    def toggle_comments(self) -> bool:
        """Fold or unfold the comments; returns whether they are now shown."""
        self.fold_comments(not self._folded)
        return not self._folded

    def _show(self, content: Content) -> None:
        self.content = content
        self._wrap()

    def _wrap(self) -> None:
        """Wrap the text to the width left beside the scrollbar it needs, size the view, and
        repaint the lines the old or the new text covered."""
        if self.size.width > 0:
            self._use(*self._strips(self.content))

    def _strips(self, content: Content) -> tuple[list[Strip], int]:
        """The wrapped lines of `content` and the width they were wrapped to."""
        width, height = self.size
        scrollbar = self.styles.scrollbar_size_vertical
        if scrollbar and width > scrollbar:
            # Counting the lines is cheaper than rendering them twice. Textual passes a widget's
            # styles as these rules itself (in Widget.get_content_height), but types them as
            # RenderStyles, not the RulesMap TypedDict.
            lines = content.get_height(self.styles, width)  # type: ignore[arg-type]
            if lines > height:
                width -= scrollbar
        return Visual.to_strips(self, content, width, None, self.visual_style), width

    def _use(self, strips: list[Strip], width: int) -> None:
        height = self.size.height
        covered = max(len(self._lines), len(strips))
        self._lines = strips
        # Set without the reactive's refresh, which would repaint every line of the view; a
        # layout pass is needed only when a scrollbar shows, goes or changes.
        self.set_reactive(TicketView.virtual_size, Size(width, len(self._lines)))
        self.refresh(Region(0, 0, self.size.width, covered), layout=covered > height)

    def on_resize(self) -> None:
        self._wrap()

    def render_line(self, y: int) -> Strip:
        """One line of the wrapped ticket (Textual pads it to the width in the background)."""
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        if line >= len(self._lines):
            return Strip([])
        return self._lines[line].crop(scroll_x, scroll_x + self.scrollable_content_region.width)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected part of the ticket's text."""
        return selection.extract(self.content.plain), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._wrap()
