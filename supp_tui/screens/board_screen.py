"""What the labelling screen draws, and how it starts: painted before the board is read, then
attached to the session once the app has loaded it."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer

from analysis.framework import Framework
from analysis.journal import FLAG_DIMENSION, Change
from analysis.suggest import LearnedModel
from supp_tui.keys import install_label_bindings, label_bindings
from supp_tui.labelling import BoardIndex, LabelSession, build_index
from supp_tui.widgets.counts_panel import CountsPanel
from supp_tui.widgets.dimensions_panel import DimensionsPanel, fitting_width, title_width
from supp_tui.widgets.progress_line import ProgressLine
from supp_tui.widgets.suggestion_bar import SuggestionBar
from supp_tui.widgets.ticket_view import TicketView

COUNTS_DELAY = 0.08  # seconds after a label change that the counts panel follows it
PREPARE_DELAY = 0.005  # seconds after a ticket is drawn that the next one is fetched
MODEL_POLL = 2.0  # seconds between checks whether the suggestions' model should retrain
TICKET_ROOM = 55  # columns the ticket keeps before the labels panel shortens titles to fit


class BoardScreen(Screen[None]):
    """The ticket, its labels, suggestions, counts and progress, redrawn part by part.

    It paints before the board is read: until `attach` gives it the session, the progress
    line says the board is loading and the first ticket may already show.
    """

    class IndexReady(Message):
        """The background index of the board (suggestions, team counts) is built."""

        def __init__(self, index: BoardIndex) -> None:
            super().__init__()
            self.index = index

    # Not a ClassVar: Textual's Screen declares this attribute in a way mypy reads as an
    # instance variable, and a ClassVar cannot override one.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]  # noqa: RUF012

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
        self._prepare_timer: Timer | None = None
        self.calibration: dict[str, int] = {}  # calibration sample's key -> its place in it

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

    def on_board_screen_index_ready(self, message: IndexReady) -> None:
        self.session.attach_index(message.index)
        # The board's hundreds of thousands of long-lived objects are now built: keep the
        # garbage collector from walking them again, so no keystroke waits for a full pass.
        gc.freeze()
        self.show_suggestions()
        self.show_counts()
        self.show_progress()
        self.set_interval(MODEL_POLL, self._train_suggestions)

    def _train_suggestions(self) -> None:
        """Retrain the suggestions' model in a worker once enough labels changed."""
        cache = self.session.suggestion_cache
        if cache.wants_training() and not any(
                worker.name == "suggestion-model" and worker.is_running for worker in self.workers):
            self.run_worker(lambda: self.app.call_from_thread(self._use_model, cache.train()),
                            thread=True, name="suggestion-model", exit_on_error=False)

    def _use_model(self, model: LearnedModel | None) -> None:
        self.session.suggestion_cache.use_model(model)
        self.show_suggestions()

    # ---- drawing -------------------------------------------------------------------------
    def side_width(self) -> int:
        """Columns right of the ticket (labels, and counts when shown): what a side panel
        covers so the ticket stays whole."""
        return max(self.size.width - self.query_one(TicketView).region.right, 34)

    def fit_labels(self) -> None:
        """Give the labels panel the narrowest width (within a share of the screen) at which
        every dimension shows without scrolling, with a line to spare for a long value, and
        whole titles when the ticket keeps TICKET_ROOM columns: the ticket keeps the rest. Run
        after a layout pass at the new size."""
        panel = self.query_one(DimensionsPanel)
        region = panel.scrollable_content_region
        if region.height <= 0:
            return
        chrome = panel.outer_size.width - region.width
        spacing = len(self.framework.dimensions) if self.has_class("-wide") else 0
        narrowest = max(24, self.size.width // 4)
        widest = max(narrowest, min(50, self.size.width * 45 // 100))
        titles = title_width(self.framework)
        if self.size.width - titles - chrome >= TICKET_ROOM:
            narrowest = min(max(narrowest, titles), widest)
        width = fitting_width(self.framework, region.height - spacing - 1, narrowest, widest)
        if panel.styles.width is None or panel.styles.width.value != width + chrome:
            panel.styles.width = width + chrome

    def show_ticket(self) -> None:
        """Draw the current ticket and everything that depends on it."""
        session = self.session
        key = session.key
        view = self.query_one(TicketView)
        view.show_ticket(session.ticket(), session.journal.flags_of(key) if key is not None else ())
        view.border_subtitle = calibration_note(self.calibration, key)
        self.query_one(DimensionsPanel).show_values(
            {d.id: session.values(d.id) for d in session.framework.dimensions})
        self.show_progress()
        self.show_suggestions()
        self.prepare_next()

    def show_change(self, change: Change | None) -> None:
        """Redraw only what a label change touched."""
        if change is None:
            return
        if change.dimension == FLAG_DIMENSION:
            self.show_ticket()
            return
        self.query_one(DimensionsPanel).show_dimension(
            change.dimension, self.session.values(change.dimension))
        self.show_progress()
        self.show_suggestions()
        self.defer_counts()

    def prepare_next(self) -> None:
        """Once this frame is out, fetch what Space will show next."""
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
        self._prepare_timer = self.set_timer(PREPARE_DELAY, self._prepare)

    def _prepare(self) -> None:
        ticket = self.session.prepare_next()
        if ticket is not None:
            self.query_one(TicketView).prepare(ticket)

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
            session.filter.describe() if session.filter.active else None,
            session.filled())
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


def calibration_note(sample: dict[str, int], key: str | None) -> str:
    """"calibration 3/40" on a ticket of the shared sample; empty on any other."""
    place = None if key is None else sample.get(key)
    return "" if place is None else f"calibration {place + 1}/{len(sample)}"
