"""The ticket being labelled: what a triager reads before deciding, in one scrollable column.

The whole ticket is one Content in one Static (header, description, then the comments, folded
to a single line until `z`): a new ticket is one widget update and one layout pass, which keeps
moving to the next ticket within a frame.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

DESCRIPTION_LIMIT = 20_000
COMMENT_LIMIT = 4_000
BOLD = "bold"
MUTED = "$text-muted"
FOLD = "bold $accent"

Parts = list[str | tuple[str, str]]


def when(moment: datetime | None) -> str:
    """A date as a triager reads it; a dash when missing."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def listing(values: list[str] | None) -> str:
    return ", ".join(values) if values else "—"


def ticket_header(ticket: dict[str, Any]) -> Parts:
    """Key and summary, then type, priority, status, people, dates, Jira labels and components."""
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
        f"\nComponents: {listing(ticket.get('components'))}",
    ]


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


def ticket_content(ticket: dict[str, Any] | None, folded: bool) -> Content:
    """Everything shown about a ticket, or a note that no ticket matches the filter."""
    if ticket is None:
        return Content("No ticket matches the filter. Press Escape to clear it.")
    body = (ticket.get("description") or "").strip() or "(no description)"
    return Content.assemble(
        *ticket_header(ticket), "\n\n", body[:DESCRIPTION_LIMIT],
        *comment_parts(ticket.get("comments") or [], folded),
    )


class TicketBody(Static):
    """The ticket's text, whose new height needs no second layout pass (see TicketView)."""

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class TicketView(VerticalScroll):
    """One ticket; arrows and PgUp/PgDn scroll it, `z` folds and unfolds its comments."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._ticket: dict[str, Any] | None = None
        self._folded = True

    def compose(self) -> ComposeResult:
        yield TicketBody(id="ticket-body")

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        """Take the sizes a layout pass gave without asking for another pass: that pass
        already placed the taller or shorter ticket, and a second would redraw everything."""
        return super()._size_updated(size, virtual_size, container_size, layout=False)

    def show_ticket(self, ticket: dict[str, Any] | None) -> None:
        """Replace what is shown with another ticket (or a note that the view is empty)."""
        self._ticket = ticket
        self.query_one("#ticket-body", Static).update(ticket_content(ticket, self._folded))
        if self.scroll_y:
            self.scroll_home(animate=False)

    def fold_comments(self, folded: bool) -> None:
        """Fold or unfold the comments of this and the following tickets."""
        if folded != self._folded:
            self._folded = folded
            self.query_one("#ticket-body", Static).update(ticket_content(self._ticket, folded))

    def toggle_comments(self) -> bool:
        """Fold or unfold the comments; returns whether they are now shown."""
        self.fold_comments(not self._folded)
        return not self._folded
