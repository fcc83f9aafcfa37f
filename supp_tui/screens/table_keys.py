"""The bulk-labelling table's own keys, each with an id (remappable) and a tooltip (help).

| Key              | Action                                                       |
|------------------|--------------------------------------------------------------|
| f /              | filter: text, `re:PATTERN`, `dimension=value`, `like:KEY`, `is:incomplete` |
| ~                | only tickets like the one under the cursor                   |
| !                | only incomplete tickets (again: every ticket)                |
| Space / a        | select the row / every row in the view (again: none)         |
| labels.toml keys | label the selection (or the row) after saying how many change |
| u                | undo the latest change, a whole bulk label at once           |
| Enter / Esc      | open the ticket under the cursor / back to the ticket shown  |

Every one is a priority binding, so fast typing is handled in order; the table turns them off
while its filter field has focus.
"""

from __future__ import annotations

from textual.binding import Binding

TABLE_BINDINGS: tuple[Binding, ...] = (
    Binding("space", "toggle_row", "Select", key_display="space", id="table.select",
            priority=True, tooltip="Select or unselect the ticket under the cursor"),
    Binding("a", "select_all", "All", id="table.select_all", priority=True,
            tooltip="Select every ticket in the view, or none when all are"),
    Binding("f,slash", "filter", "Filter", id="table.filter", priority=True,
            tooltip="Filter by text, re:pattern, dimension=value, like:KEY, is:incomplete"),
    Binding("tilde", "similar", "Similar", key_display="~", id="table.similar", priority=True,
            tooltip="Only tickets like the one under the cursor"),
    Binding("exclamation_mark", "incomplete", "Incomplete", key_display="!",
            id="table.incomplete", priority=True,
            tooltip="Only incomplete tickets, or every ticket again"),
    Binding("u", "undo", "Undo", id="table.undo", priority=True,
            tooltip="Take back the latest change (a whole bulk label)"),
    Binding("enter", "open", "Open", key_display="⏎", id="table.open", priority=True,
            tooltip="Label the ticket under the cursor in the ticket view"),
    Binding("escape", "back", "Back", id="table.back", priority=True,
            tooltip="Back to the ticket view, at the ticket shown before"),
    Binding("question_mark,f1", "help", "Help", id="table.help", priority=True,
            tooltip="List every key"),
)
