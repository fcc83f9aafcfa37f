"""Theme flags from the labelling screen: flag the shown ticket, open the flags screen, and
promote a group of flags to an option applied in one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from analysis.journal import FlagGroup, flag_list, group_flags
from supp_tui.keys import free_hotkey
from supp_tui.screens.board_screen import BoardScreen
from supp_tui.screens.flag_note import FlagNoteScreen
from supp_tui.screens.flags import FlagsScreen
from supp_tui.screens.saving import save

# (dimension id, name, hotkey, apply to the shown ticket) -> an error sentence, or None.
AddOption = Callable[[str, str, str | None, bool], str | None]


def flag_ticket(screen: BoardScreen) -> None:
    """Ask for a note and flag the shown ticket with it."""
    key = screen.session.key
    if key is None:
        return

    def flagged(note: str | None) -> None:
        if not note:
            return
        change = save(screen, screen.session.journal.flag, key, note)
        if change is not None:
            screen.show_change(change)
            screen.notify(f"Flagged {key}: {change.entries[0].value}", timeout=3)
        elif screen.session.journal.flags_of(key):
            screen.notify(f"{key} already has that flag.", timeout=3)

    screen.app.push_screen(FlagNoteScreen(key), flagged)


def open_flags(screen: BoardScreen, add_option: AddOption) -> None:
    """The flags screen over the journal's open flags; back at the ticket, redrawn."""
    journal = screen.session.journal

    def back(_: None) -> None:
        screen.show_ticket()
        screen.show_counts()

    screen.app.push_screen(
        FlagsScreen(lambda: group_flags(flag_list(journal.flags)),
                    lambda: screen.session.framework,
                    lambda group, dimension, name: promote(screen, add_option, group, dimension,
                                                         name),
                    lambda group: clear_flags(screen, group)),
        back)


def clear_flags(screen: BoardScreen, group: FlagGroup) -> None:
    """Take a group's flags off its tickets in one undo step."""
    session = screen.session
    with session.grouped():
        for flag in group.flags:
            save(screen, session.journal.unflag, flag.key, flag.note)
    screen.notify(f"Cleared the flags of {group.count} tickets. u takes it back.", timeout=4)


def promote(screen: BoardScreen, add_option: AddOption, group: FlagGroup, dimension_id: str,
            name: str) -> str | None:
    """Add the option (unless the dimension already has it), give it to the group's tickets
    and take their flags off, all in one undo step; an error sentence when it cannot."""
    session = screen.session
    dimension = session.framework.dimension(dimension_id)
    option = dimension.resolve(name)
    if option is None:
        hotkey = None if dimension.key else free_hotkey(session.framework)
        error = add_option(dimension_id, name, hotkey, False)
        if error:
            return error
        option = session.framework.dimension(dimension_id).resolve(name)
    assert option is not None
    with session.grouped():
        labelled = save(screen, session.label_many, list(group.keys), dimension_id, option.id)
        if labelled is None:
            return "The labels could not be saved; nothing was promoted."
        for flag in group.flags:
            save(screen, session.journal.unflag, flag.key, flag.note)
    screen.show_ticket()
    screen.defer_counts()
    screen.notify(f"Promoted {group.count} tickets to {dimension.title}: {option.name}. "
                  f"u takes it back.", timeout=5)
    return None
