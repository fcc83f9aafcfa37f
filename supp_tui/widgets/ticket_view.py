"""The ticket being labelled: what a triager reads before deciding, in one scrollable column."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Static

DESCRIPTION_LIMIT = 20_000
COMMENT_LIMIT = 4_000


def when(moment: datetime | None) -> str:
    """A date as a triager reads it; a dash when missing."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def listing(values: list[str] | None) -> str:
    return ", ".join(values) if values else "—"


def ticket_header(ticket: dict[str, Any]) -> Text:
    """Key and summary, then type, priority, status, people, dates, Jira labels and components."""
    text = Text()
    text.append(ticket["key"], style="bold")
    text.append("  ")
    text.append(ticket.get("summary") or "(no summary)", style="bold")
    fields = (
        ("Type", ticket.get("issue_type")), ("Priority", ticket.get("priority")),
        ("Status", ticket.get("status")),
    )
    text.append("\n" + "  ".join(f"{name}: {value or '—'}" for name, value in fields))
    text.append(f"\nReporter: {ticket.get('reporter') or '—'}")
    if ticket.get("assignee"):
        text.append(f"   Assignee: {ticket['assignee']}")
    closed = ticket.get("closed_at")
    text.append(f"\nCreated: {when(ticket.get('created'))}   Closed: "
                f"{when(closed) if closed else 'open'}")
    text.append(f"\nJira labels: {listing(ticket.get('labels'))}")
    text.append(f"\nComponents: {listing(ticket.get('components'))}")
    return text


def comments_text(comments: list[dict[str, Any]] | None) -> Text:
    """Each comment under its date and author, oldest first."""
    text = Text()
    for number, comment in enumerate(comments or ()):
        if number:
            text.append("\n\n")
        text.append(f"{when(comment.get('at'))}  {comment.get('author') or '?'}\n", style="bold")
        text.append((comment.get("body") or "")[:COMMENT_LIMIT])
    return text


class TicketView(VerticalScroll):
    """Header, description and collapsible comments of one ticket; arrows and PgUp/PgDn scroll."""

    def compose(self) -> ComposeResult:
        yield Static(id="ticket-header", markup=False)
        yield Static(id="ticket-description", markup=False)
        with Collapsible(title="Comments", id="ticket-comments"):
            yield Static(id="ticket-comments-body", markup=False)

    def show_ticket(self, ticket: dict[str, Any] | None, unfold_comments: bool = False) -> None:
        """Replace what is shown with another ticket (or a note that the view is empty)."""
        header = self.query_one("#ticket-header", Static)
        description = self.query_one("#ticket-description", Static)
        comments = self.query_one("#ticket-comments", Collapsible)
        if ticket is None:
            header.update(Text("No ticket matches the filter. Press Escape to clear it."))
            description.update("")
            comments.display = False
            return
        header.update(ticket_header(ticket))
        body = (ticket.get("description") or "").strip() or "(no description)"
        description.update(Text(body[:DESCRIPTION_LIMIT]))
        notes = ticket.get("comments") or []
        comments.display = bool(notes)
        comments.title = f"Comments ({len(notes)})"
        comments.collapsed = not unfold_comments
        self.query_one("#ticket-comments-body", Static).update(comments_text(notes))
        self.scroll_home(animate=False)

    def fold_comments(self, folded: bool) -> None:
        self.query_one("#ticket-comments", Collapsible).collapsed = folded

    def toggle_comments(self) -> bool:
        """Fold or unfold the comments; returns whether they are now shown."""
        comments = self.query_one("#ticket-comments", Collapsible)
        comments.collapsed = not comments.collapsed
        if not comments.collapsed:
            self.scroll_to_widget(comments, animate=False, top=True)
        return not comments.collapsed
