"""The bulk-labelling table: filter the board, select rows, label them all with one key
(keys: table_keys.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from analysis.errors import InputError
from analysis.framework import Dimension
from analysis.metrics import counted_names
from supp_tui.keys import install_label_bindings, label_bindings
from supp_tui.labelling import (
    LabelSession,
    TableQuery,
    TableRows,
    parse_query,
    plan_bulk,
)
from supp_tui.screens.confirm import ConfirmScreen
from supp_tui.screens.help import HelpScreen, binding_rows
from supp_tui.screens.picker import PickerChoice, PickerScreen
from supp_tui.screens.saving import save
from supp_tui.screens.table_keys import TABLE_BINDINGS
from supp_tui.widgets.ticket_table import RowCells, TicketTable, header_line


class TableScreen(Screen[str | None]):
    """The board's tickets as rows; dismissed with the key of the ticket to show next."""

    class FilterEntered(Message):
        """Enter was pressed in the filter field (posted behind the keys typed before it)."""

    BINDINGS: ClassVar[list[BindingType]] = list(TABLE_BINDINGS)
    DEFAULT_CSS = """
    TableScreen { layout: vertical; }
    #table-status { height: 1; background: $panel; text-wrap: nowrap; text-overflow: ellipsis; }
    #table-filter { display: none; background: $boost; }
    #table-header { height: 1; text-style: bold; color: $text-muted; text-wrap: nowrap; }
    """

    def __init__(self, session: LabelSession) -> None:
        super().__init__()
        self.session = session
        self.opened_at = session.key
        self._deferred: list[Callable[[], None]] | None = None
        self.rows = TableRows(session.tickets.select("key", *(
            c for c in ("summary", "description") if c in session.tickets.columns)),
            session.journal.values, lambda: session.journal.labels,
            session.completeness.is_complete, session.navigation.row_of)
        longest = session.tickets["key"].str.len_chars().max()
        self.key_width = longest if isinstance(longest, int) else 8

    def compose(self) -> ComposeResult:
        yield Static(id="table-status")
        yield Input(placeholder="text · re:pattern · dimension=value · like:KEY · is:incomplete",
                    id="table-filter", compact=True)
        yield Static(id="table-header")
        yield TicketTable(self.cells, self.key_width, id="table")
        yield Footer()

    def on_mount(self) -> None:
        install_label_bindings(self, label_bindings(self.session.framework))
        table = self.query_one(TicketTable)
        row = self.rows.row_of.get(self.opened_at or "", 0)
        self.call_after_refresh(table.show, self.rows.view, row)
        table.focus()
        self.show_status()

    def on_resize(self) -> None:
        width = self.query_one(TicketTable).scrollable_content_region.width or self.size.width
        self.query_one("#table-header", Static).update(header_line(width, self.key_width))

    @property
    def typing(self) -> bool:
        """Whether keys go to the filter field (`focused` changes at once, unlike `has_focus`)."""
        return self.focused is self.query_one("#table-filter", Input)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the filter field has focus, keys type into it (Esc aside). Every key is a
        priority binding otherwise, so fast typing (a, then a label key) is never reordered."""
        if self._deferred is None and self.typing:
            return action in ("back", "open")
        return True

    # ---- drawing -------------------------------------------------------------------------
    def cells(self, row: int) -> RowCells:
        """What one row shows: key, team, labels so far, summary; selected, complete."""
        session, rows = self.session, self.rows
        key = rows.keys[row]
        labels = " · ".join(name for dimension in session.framework.dimensions
                            for name in counted_names(dimension, session.values(dimension.id, key)))
        team = ", ".join(session.effective_teams(row)) or "—"
        return key, team, labels, rows.summaries[row], row in rows.selected, rows.complete(row)

    def show_status(self) -> None:
        rows = self.rows
        parts = [f"{len(rows.view):,} of {len(rows.keys):,} tickets",
                 rows.query.describe(self.session.framework)]
        if rows.selected:
            parts.append(f"{len(rows.selected):,} selected: a label key labels them")
        self.query_one("#table-status", Static).update(" · ".join(parts))

    def show_rows(self, cursor: int = 0) -> None:
        self.query_one(TicketTable).show(self.rows.view, cursor)
        self.show_status()

    # ---- filtering and selection ---------------------------------------------------------
    def action_filter(self) -> None:
        if self.defer(self.action_filter):
            return
        field = self.query_one("#table-filter", Input)
        field.display = True
        self.set_focus(field)  # at once: the next key is text

    def enter_filter(self) -> None:
        """Apply the filter line once the field has taken every key typed before Enter; keys
        typed after Enter wait for the filtered rows."""
        field = self.query_one("#table-filter", Input)
        self._deferred = []
        self.set_focus(self.query_one(TicketTable))  # at once: the next key goes to the table
        field.post_message(self.FilterEntered())

    def on_table_screen_filter_entered(self, message: FilterEntered) -> None:
        field = self.query_one("#table-filter", Input)
        deferred, self._deferred = self._deferred or [], None
        try:
            applied = self.apply(parse_query(field.value, self.session.framework))
        except InputError as error:
            self.notify(str(error), severity="error", timeout=8)
            applied = False
        if not applied:
            field.focus()
            return
        field.display = False
        for action in deferred:
            action()

    def defer(self, action: Callable[[], None]) -> bool:
        """Keep an action for after the filter being entered is applied; False when none is."""
        if self._deferred is None:
            return False
        self._deferred.append(action)
        return True

    def apply(self, query: TableQuery) -> bool:
        """Show the rows a query keeps; False (and why) when it names no ticket."""
        try:
            count = self.rows.apply(query)
        except InputError as error:
            self.notify(str(error), severity="error", timeout=8)
            return False
        self.show_rows()
        self.notify(f"{count:,} tickets: {query.describe(self.session.framework)}.", timeout=3)
        return True

    def action_similar(self) -> None:
        if self.defer(self.action_similar):
            return
        row = self.query_one(TicketTable).cursor_row
        if row is not None:
            self.apply(TableQuery(similar_to=self.rows.keys[row]))

    def action_incomplete(self) -> None:
        if self.defer(self.action_incomplete):
            return
        self.apply(TableQuery(incomplete=not self.rows.query.incomplete))

    def action_toggle_row(self) -> None:
        if self.defer(self.action_toggle_row):
            return
        table = self.query_one(TicketTable)
        if table.cursor_row is not None:
            self.rows.toggle(table.cursor_row)
            table.redraw(table.cursor_row)
            table.action_move(1)
            self.show_status()

    def action_select_all(self) -> None:
        if self.defer(self.action_select_all):
            return
        self.rows.select_all()
        self.query_one(TicketTable).redraw()
        self.show_status()

    # ---- labelling -----------------------------------------------------------------------
    def action_label(self, dimension_id: str, option_id: str) -> None:
        if self.defer(partial(self.action_label, dimension_id, option_id)):
            return
        self.bulk(self.session.framework.dimension(dimension_id), option_id)

    def action_pick(self, dimension_id: str) -> None:
        if self.defer(partial(self.action_pick, dimension_id)):
            return
        dimension = self.session.framework.dimension(dimension_id)
        screen = PickerScreen(dimension, self.session.ranked_options(dimension), (),
                              allow_new=False)
        self.app.push_screen(screen, lambda choice: self._picked(dimension, choice))

    def _picked(self, dimension: Dimension, choice: PickerChoice | None) -> None:
        if choice is not None and choice.option_id:
            self.bulk(dimension, choice.option_id)

    def bulk(self, dimension: Dimension, option_id: str) -> None:
        """Label the selection (or the row under the cursor): say how many tickets change and
        ask first when it is more than one."""
        keys = self.rows.targets(self.query_one(TicketTable).cursor_row)
        session = self.session
        jira_teams = (lambda key: session.effective_teams(session.navigation.row_of[key])) \
            if dimension.id == session.framework.team.dimension else None
        plan = plan_bulk(keys, dimension, option_id, session.journal.values, jira_teams)
        name = f"{dimension.title}: {dimension.name_of(option_id)}"
        if not plan.to_change:
            have = "the ticket already has" if len(keys) == 1 else f"all {len(keys):,} already have"
            self.notify(f"Nothing to change: {have} {name}.", timeout=4)
        elif len(plan.to_change) == 1 and len(keys) == 1:
            self.label(plan.to_change, dimension, option_id)
        else:
            self.app.push_screen(ConfirmScreen(plan.question()), lambda yes: self.label(
                plan.to_change, dimension, option_id) if yes else None)

    def label(self, keys: tuple[str, ...], dimension: Dimension, option_id: str) -> None:
        changes = self.save(self.session.label_many, keys, dimension.id, option_id)
        if changes is None:
            return
        self.query_one(TicketTable).redraw()
        count = len(changes)
        self.notify(f"Labelled {count:,} ticket{'s' * (count != 1)} {dimension.title}: "
                    f"{dimension.name_of(option_id)}; u takes it back.", timeout=4)

    save = save  # journal writes: a refused one is a toast, nothing changes

    def action_undo(self) -> None:
        if self.defer(self.action_undo):
            return
        if self.session.journal.next_undo is None:
            self.notify("Nothing to undo in this session.", timeout=2)
            return
        undone = self.save(self.session.undo)
        if undone is None:
            return
        self.query_one(TicketTable).redraw()
        self.notify(f"Undone: {len(undone):,} change{'s' * (len(undone) != 1)}.", timeout=3)

    # ---- leaving -------------------------------------------------------------------------
    def action_open(self) -> None:
        if self._deferred is None and self.typing:
            self.enter_filter()
            return
        if self.defer(self.action_open):
            return
        row = self.query_one(TicketTable).cursor_row
        self.dismiss(self.rows.keys[row] if row is not None else self.opened_at)

    def action_back(self) -> None:
        if self.defer(self.action_back):
            return
        field = self.query_one("#table-filter", Input)
        if self.focused is field:
            field.display = False
            self.set_focus(self.query_one(TicketTable))  # at once: the next key goes to the table
            return
        self.dismiss(self.opened_at)

    def action_help(self) -> None:
        if self.defer(self.action_help):
            return
        bindings = [*self.BINDINGS, *label_bindings(self.session.framework)]
        self.app.push_screen(HelpScreen(binding_rows(self.app, bindings, "Move in the table")))
