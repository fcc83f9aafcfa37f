"""The labelling screen: one ticket, its labels, suggestions and progress (keys: supp_tui.keys)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer

from analysis.errors import InputError
from analysis.framework import Framework
from analysis.journal import Change
from analysis.suggest import Suggestion
from supp_tui.keys import (
    APP_RESERVED_KEYS,
    LABEL_SCREEN_BINDINGS,
    applicable_commands,
    free_hotkey,
    install_label_bindings,
    label_bindings,
)
from supp_tui.labelling import BoardIndex, LabelSession, TicketFilter, build_index
from supp_tui.screens.add_option import AddOptionScreen
from supp_tui.screens.charts import ChartsScreen
from supp_tui.screens.filter import FilterScreen
from supp_tui.screens.help import HelpScreen, binding_rows
from supp_tui.screens.jump import JumpScreen
from supp_tui.screens.picker import PickerChoice, PickerScreen
from supp_tui.widgets.counts_panel import CountsPanel
from supp_tui.widgets.dimensions_panel import DimensionsPanel
from supp_tui.widgets.progress_line import ProgressLine
from supp_tui.widgets.suggestion_bar import SuggestionBar
from supp_tui.widgets.ticket_view import TicketView

COUNTS_DELAY = 0.08  # seconds after a label change that the counts panel follows it


class LabelScreen(Screen[None]):
    """Label ticket after ticket with single keys; every change is journaled as it is made.

    It paints before the board is read: until the app attaches the session its keys are
    dimmed and the progress line says the board is loading.

    Every key of this screen is a priority binding: the app handles it as it arrives, in
    order, instead of forwarding it to the focused widget first, so fast typing (a label key
    then Space, or a picker key then the text to filter by) is never reordered or lost.
    """

    class IndexReady(Message):
        """The background index of the board (suggestions, team counts) is built."""

        def __init__(self, index: BoardIndex) -> None:
            super().__init__()
            self.index = index

    BINDINGS: ClassVar[list[BindingType]] = list(LABEL_SCREEN_BINDINGS)
    # Not a ClassVar: Textual's Screen declares this attribute in a way mypy reads as an
    # instance variable, and a ClassVar cannot override one.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    # The keys that apply change with these two only, so the footer is rebuilt when they
    # change and never on a label keystroke.
    filter_active: reactive[bool] = reactive(False, bindings=True)
    has_ticket: reactive[bool] = reactive(True, bindings=True)

    def __init__(self, framework: Framework, exports: list[Path]) -> None:
        super().__init__()
        self.framework = framework
        self.exports = exports
        self._session: LabelSession | None = None
        self._wide: bool | None = None
        self._counts_timer: Timer | None = None

    @property
    def session(self) -> LabelSession:
        """The labelling session (the screen's actions run only once it is attached)."""
        if self._session is None:
            raise RuntimeError("the board is still loading")
        return self._session

    def compose(self) -> ComposeResult:
        yield ProgressLine(id="progress")
        with Horizontal(id="body"):
            yield TicketView(id="ticket")
            yield DimensionsPanel(self.framework, id="dimensions")
            yield CountsPanel(id="counts")
        yield SuggestionBar(lambda suggestion: self.session.describe(suggestion),
                            id="suggestions")
        yield Footer()

    def on_mount(self) -> None:
        install_label_bindings(self, label_bindings(self.framework))
        self.query_one(DimensionsPanel).border_title = "Labels"
        self.query_one(CountsPanel).border_title = "Counts"
        self.query_one(ProgressLine).show_loading(", ".join(p.name for p in self.exports))
        self.query_one(TicketView).focus()

    def show_preview(self, ticket: dict[str, Any]) -> None:
        """Show the board's first ticket while the rest of the board is read."""
        if self._session is None:
            self.query_one(TicketView).show_ticket(ticket)

    def attach(self, session: LabelSession) -> None:
        """Start labelling on the loaded board: its current ticket replaces any preview."""
        self._session = session
        self.framework = session.framework
        self.refresh_bindings()
        self.show_ticket()
        # Index only once the first ticket is on screen: the thread would compete for the GIL.
        self.call_after_refresh(self.run_worker, self._build_index, thread=True,
                                exclusive=True, name="board-index")

    def _build_index(self) -> None:
        session = self.session
        self.post_message(self.IndexReady(build_index(session.tickets, session.framework,
                                                      session.journal.labels)))

    def on_label_screen_index_ready(self, message: IndexReady) -> None:
        self.session.attach_index(message.index)
        # The board's hundreds of thousands of long-lived objects are now built: keep the
        # garbage collector from walking them again, so no keystroke waits for a full pass.
        gc.freeze()
        self.show_suggestions()
        self.show_counts()
        self.show_progress()

    # ---- drawing -------------------------------------------------------------------------
    def show_ticket(self) -> None:
        """Draw the current ticket and everything that depends on it."""
        session = self.session
        self.query_one(TicketView).show_ticket(session.ticket())
        self.query_one(DimensionsPanel).show_values(
            {d.id: session.values(d.id) for d in session.framework.dimensions})
        self.show_progress()
        self.show_suggestions()

    def show_change(self, change: Change | None) -> None:
        """Redraw only what a label change touched."""
        if change is None:
            return
        self.query_one(DimensionsPanel).show_dimension(
            change.dimension, self.session.values(change.dimension))
        self.show_progress()
        self.show_suggestions()
        self.defer_counts()

    def defer_counts(self) -> None:
        """Redraw the counts a moment after the latest label change, not within its frame: a
        burst of keys redraws them once."""
        if self._counts_timer is not None:
            self._counts_timer.stop()
        self._counts_timer = self.set_timer(COUNTS_DELAY, self.show_counts)

    def show_progress(self) -> None:
        session = self.session
        self.query_one(ProgressLine).show_progress(
            session.key, session.position, len(session.view), session.progress(),
            session.filter.describe() if session.filter.active else None)
        self.filter_active = session.filter.active
        self.has_ticket = session.key is not None

    def show_suggestions(self) -> None:
        self.query_one(SuggestionBar).show_suggestions(self.session.suggestions())

    def show_counts(self) -> None:
        if self._session is None:
            return
        counts = self.session.counts
        panel = self.query_one(CountsPanel)
        if counts is not None and panel.display:
            titles = {d.id: d.title for d in self.session.framework.dimensions}
            panel.show_counts(counts.counts, titles)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that cannot apply to this view. Accept and undo stay, doing nothing when
        there is nothing to accept or undo, so the footer holds still. While the board loads,
        every key but help and quit is dimmed."""
        if self._session is None:
            return True if action in ("help", "app.quit", "quit") else None
        if action == "clear_filter":
            return self.filter_active
        if action in ("label", "pick", "add_option"):
            return self.has_ticket
        return True

    def commands(self) -> list[Binding]:
        """The screen's own keys that apply now (quit aside), for the command palette."""
        return applicable_commands(self.BINDINGS, self.check_action)

    # ---- labelling -----------------------------------------------------------------------
    def save(self, change: Callable[..., Change | None], *args: object) -> Change | None:
        """Make a label change; if the journal cannot be written, say so and change nothing."""
        try:
            return change(*args)
        except (InputError, OSError) as error:
            reason = (error.strerror if isinstance(error, OSError) and error.strerror
                      else str(error).rstrip("."))
            self.notify(f"Not saved: {reason}. The label was not changed.", severity="error",
                        timeout=10)
            return None

    def action_label(self, dimension_id: str, option_id: str) -> None:
        self.show_change(self.save(self.session.toggle, dimension_id, option_id))

    def action_accept_suggestion(self) -> None:
        self.accept(self.session.suggestions()[:1])

    def action_accept_all(self) -> None:
        self.accept(self.session.suggestions())

    def accept(self, suggestions: list[Suggestion]) -> None:
        """Take suggestions; the session leaves one whose Jira values conflict, and we say so."""
        for suggestion in suggestions:
            self.show_change(self.save(self.session.accept, suggestion))
            if suggestion.conflict:
                self.notify(self.session.conflict_note(suggestion), severity="warning")

    def action_undo(self) -> None:
        key = self.session.key
        change = self.save(self.session.undo)
        if change is None:
            if self.session.journal.next_undo is None:
                self.notify("Nothing to undo in this session.", timeout=2)
            return
        if self.session.key != key:
            self.show_ticket()
        self.show_change(change)

    def action_pick(self, dimension_id: str) -> None:
        session = self.session
        dimension = session.framework.dimension(dimension_id)
        screen = PickerScreen(dimension, session.ranked_options(dimension),
                              session.values(dimension_id))
        self.app.push_screen(screen, lambda choice: self._picked(dimension_id, choice))

    def _picked(self, dimension_id: str, choice: PickerChoice | None) -> None:
        if choice is None:
            return
        if choice.new_name:
            error = self.add_option(dimension_id, choice.new_name, None)
            if error:
                self.notify(error, severity="error", timeout=8)
            return
        if choice.option_id:
            self.show_change(self.save(self.session.toggle, dimension_id, choice.option_id))

    def action_add_option(self) -> None:
        self.app.push_screen(AddOptionScreen(self.session.framework, self.add_option,
                                             free_key=lambda: free_hotkey(self.session.framework)))

    def add_option(self, dimension_id: str, name: str, hotkey: str | None) -> str | None:
        """Write a new option to labels.toml, use it at once, and apply it to this ticket."""
        try:
            copied = self.session.add_option(dimension_id, name, hotkey, self.exports[0],
                                             APP_RESERVED_KEYS)
        except InputError as error:
            return str(error)
        if copied is not None:
            self.notify(f"Copied the built-in labels.toml to {copied} to add the option.")
        self.framework = self.session.framework
        install_label_bindings(self, label_bindings(self.framework))
        self.app.call_later(self._after_option_added, dimension_id, name)
        return None

    async def _after_option_added(self, dimension_id: str, name: str) -> None:
        session = self.session
        await self.query_one(DimensionsPanel).use_framework(session.framework)
        dimension = session.framework.dimension(dimension_id)
        option = dimension.resolve(name)
        if option is not None and option.id not in session.values(dimension_id):
            self.show_change(self.save(session.toggle, dimension_id, option.id))
        self.show_ticket()
        self.notify(f"Added “{name}” to {dimension.title}.")

    # ---- navigation ----------------------------------------------------------------------
    def action_step(self, direction: int) -> None:
        if self.session.step(direction):
            self.show_ticket()
        else:
            self.notify("No more tickets in this direction.", timeout=2)

    def action_next_unlabelled(self) -> None:
        if self.session.next_unlabelled():
            self.show_ticket()
        else:
            self.notify("Every ticket in the view is labelled.", timeout=3)

    def action_jump(self) -> None:
        self.app.push_screen(JumpScreen(self.session.find_key), self._jumped)

    def _jumped(self, key: str | None) -> None:
        if key is not None and self.session.jump(key):
            self.show_ticket()

    def action_filter(self, focus_text: bool = False) -> None:
        session = self.session
        self.app.push_screen(FilterScreen(session.filter, session.team_names(), focus_text),
                             self._filtered)

    def _filtered(self, ticket_filter: TicketFilter | None) -> None:
        if ticket_filter is None:
            return
        count = self.session.apply_filter(ticket_filter)
        self.show_ticket()
        self.notify(f"{count:,} tickets match: {ticket_filter.describe()}.", timeout=3)

    def action_clear_filter(self) -> None:
        self._filtered(TicketFilter())

    # ---- panels and other screens --------------------------------------------------------
    def action_toggle_comments(self) -> None:
        ticket_view = self.query_one(TicketView)
        if ticket_view.toggle_comments():
            self.call_after_refresh(ticket_view.scroll_end, animate=False)

    def action_toggle_counts(self) -> None:
        panel = self.query_one(CountsPanel)
        panel.display = not panel.display
        self.show_counts()

    def on_resize(self) -> None:
        wide = self.has_class("-wide")
        if wide != self._wide:
            self._wide = wide
            self.query_one(TicketView).fold_comments(not wide)
        self.call_after_refresh(self.show_counts)

    def action_show_charts(self) -> None:
        """Open the charts screen on the board with the labels so far (built in its worker)."""
        self.app.push_screen(ChartsScreen(self.session.labelled_frame, self.session.framework))

    def action_help(self) -> None:
        bindings = [*self.BINDINGS, *label_bindings(self.framework)]
        self.app.push_screen(HelpScreen(binding_rows(self.app, bindings)))
