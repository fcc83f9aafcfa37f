"""The labelling screen: one ticket, its labels, suggestions and progress (keys: supp_tui.keys)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from analysis.errors import InputError
from analysis.jira import board_site, export_paths, issue_link
from analysis.suggest import Suggestion
from supp_tui.keys import (
    APP_RESERVED_KEYS,
    LABEL_SCREEN_BINDINGS,
    applicable_commands,
    free_hotkey,
    install_label_bindings,
    label_bindings,
)
from supp_tui.labelling import TicketFilter, conflict_note
from supp_tui.screens.add_option import AddOptionScreen
from supp_tui.screens.board_screen import BoardScreen
from supp_tui.screens.charts import ChartsScreen
from supp_tui.screens.edit_option import edit_option
from supp_tui.screens.filter import FilterScreen
from supp_tui.screens.flagging import flag_ticket, open_flags
from supp_tui.screens.help import HelpScreen, binding_rows
from supp_tui.screens.jump import JumpScreen
from supp_tui.screens.picker import PickerChoice, PickerScreen
from supp_tui.screens.saving import save
from supp_tui.screens.table import TableScreen
from supp_tui.widgets.counts_panel import CountsPanel
from supp_tui.widgets.dimensions_panel import DimensionsPanel
from supp_tui.widgets.suggestion_bar import SuggestionBar
from supp_tui.widgets.ticket_view import TicketView


class LabelScreen(BoardScreen):
    """Label ticket after ticket with single keys; every change is journaled as it is made.

    Keys pressed before the app attaches the session (see BoardScreen) wait for it, in order.

    Every key of this screen is a priority binding: the app handles it as it arrives, in
    order, instead of forwarding it to the focused widget first, so fast typing (a label key
    then Space, or a picker key then the text to filter by) is never reordered or lost.
    """

    BINDINGS: ClassVar[list[BindingType]] = list(LABEL_SCREEN_BINDINGS)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that cannot apply to this view. Accept and undo stay, doing nothing when
        there is nothing to accept or undo, so the footer holds still. While the board loads,
        the app keeps the keys pressed and runs them once it is in."""
        if action == "clear_filter":
            return self.filter_active
        if action in ("label", "pick", "add_option", "open_link", "flag"):
            return self.has_ticket
        return True

    def commands(self) -> list[Binding]:
        """The screen's own keys that apply now (quit aside), for the command palette."""
        return applicable_commands(self.BINDINGS, self.check_action)

    # ---- labelling -----------------------------------------------------------------------
    save = save  # journal writes: a refused one is a toast, nothing changes

    def focus_dimension(self, dimension_id: str) -> None:
        """Make a dimension the one in focus: `+` adds an option to it."""
        self.dimension_in_focus = dimension_id

    def action_label(self, dimension_id: str, option_id: str) -> None:
        self.focus_dimension(dimension_id)
        self.show_change(self.save(self.session.toggle, dimension_id, option_id))

    def action_accept_suggestion(self) -> None:
        self.accept(self.session.suggestions()[:1])

    def action_accept_all(self) -> None:
        self.accept(list(self.query_one(SuggestionBar).visible_suggestions()))

    def action_accept_and_next(self) -> None:
        """One key per ticket when the bar is right: accept what it shows, then move on."""
        self.action_accept_all()
        self.action_step(1)

    def accept(self, suggestions: list[Suggestion]) -> None:
        """Take suggestions; the session leaves one whose Jira values conflict, and we say so."""
        with self.session.grouped():
            for suggestion in suggestions:
                self.show_change(self.save(self.session.accept, suggestion))
                if suggestion.conflict:
                    self.notify(conflict_note(self.session.framework, suggestion), severity="warning")

    def action_undo(self) -> None:
        key = self.session.key
        if self.session.journal.next_undo is None:
            self.notify("Nothing to undo in this session.", timeout=2)
            return
        undone = self.save(self.session.undo) or ()
        if not undone:
            return
        if self.session.key != key:
            self.show_ticket()
        for dimension in dict.fromkeys(change.dimension for change in undone):
            self.show_change(next(c for c in undone if c.dimension == dimension))

    def action_pick(self, dimension_id: str) -> None:
        session = self.session
        self.focus_dimension(dimension_id)
        dimension = session.framework.dimension(dimension_id)
        screen = PickerScreen(dimension, session.ranked_options(dimension),
                              session.values(dimension_id))
        screen.panel_width = self.side_width()
        self.app.push_screen(screen, lambda choice: self._picked(dimension_id, choice))

    def _picked(self, dimension_id: str, choice: PickerChoice | None) -> None:
        if choice is None:
            return
        if choice.edit and choice.option_id:
            edit_option(self, dimension_id, choice.option_id, choice.edit)
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
                                             getattr(self, "dimension_in_focus", None),
                                             free_key=lambda: free_hotkey(self.session.framework)))

    def add_option(self, dimension_id: str, name: str, hotkey: str | None,
                   apply: bool = True) -> str | None:
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
        self.app.call_later(self._after_option_added, dimension_id, name, apply)
        return None

    async def _after_option_added(self, dimension_id: str, name: str, apply: bool) -> None:
        session = self.session
        await self.query_one(DimensionsPanel).use_framework(session.framework)
        self.call_after_refresh(self.fit_labels)
        dimension = session.framework.dimension(dimension_id)
        option = dimension.resolve(name)
        if apply and option is not None and option.id not in session.values(dimension_id):
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
        if self.session.next_incomplete():
            self.show_ticket()
        else:
            self.notify("Every ticket in the view is complete.", timeout=3)

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
        self.call_after_refresh(self.fit_labels)
        self.call_after_refresh(self.show_counts)

    def action_show_charts(self) -> None:
        """Open the charts screen on the board with the labels so far (built in its worker)."""
        self.app.push_screen(ChartsScreen(self.session.labelled_frame, self.session.framework))

    def action_table(self) -> None:
        """Open the board as a table, once the board is indexed; come back at the ticket it
        names, redrawn."""
        if self.session.index is None:
            self.notify("The board is still being indexed; try the table again in a moment.",
                        timeout=3)
            return

        def back(key: str | None) -> None:
            if key is not None:
                self.session.jump(key)
            self.show_ticket()
            self.show_counts()

        self.app.push_screen(TableScreen(self.session), back)

    def action_flag(self) -> None:
        flag_ticket(self)

    def action_flags(self) -> None:
        open_flags(self, self.add_option)

    def action_open_link(self) -> None:
        """Show the ticket's address in Jira and copy it (OSC 52, where the terminal allows)."""
        key = self.session.key
        if key is None:
            return
        try:
            site = board_site(self.framework, export_paths(list(self.exports)))
        except InputError as error:
            self.notify(str(error), severity="error", timeout=8)
            return
        if site is None:
            where = (str(self.framework.path) if self.framework.path else
                     "a labels.toml beside the export (`supp-tui init` writes one)")
            self.notify(f"No Jira site is known for this board: add a [jira] table with "
                        f"site = \"https://your-site.atlassian.net\" to {where}.",
                        severity="warning", timeout=8)
            return
        link = issue_link(site, key)
        self.app.copy_to_clipboard(link)
        self.notify(f"{link}\nCopied to the clipboard where the terminal allows it (OSC 52).",
                    title=key, timeout=8)

    def action_help(self) -> None:
        bindings = [*self.BINDINGS, *label_bindings(self.framework)]
        rows = binding_rows(self.app, bindings, keymap=self.framework.keymap())
        self.app.push_screen(HelpScreen(rows))
