"""Theme flags in the app: `!` flags the shown ticket with a note, shown on the ticket; the
flags screen groups flagged tickets by note and promotes a group in one undoable step."""

from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.framework import default_framework_path, load_framework
from analysis.journal import HEADER, read_flags, read_labels
from supp_tui.keys import APP_RESERVED_KEYS
from supp_tui.screens.flag_note import FlagNoteScreen
from supp_tui.screens.flags import FlagsScreen
from supp_tui.screens.promote import PromoteScreen
from supp_tui.widgets.ticket_view import TicketView

SIZE = (100, 30)
AT = "2026-01-05T09:00:00.000000Z"


def flagged_journal(board):
    """A journal with three flags from two labellers: two alike notes and one other."""
    journal = board.with_name(board.name + ".labels.csv")
    journal.write_text(HEADER + "".join(f"{line}\n" for line in (
        f"{AT},ana,SUPP-2,_flag,possible new theme: certificate expiry,flag",
        f"{AT},ben,SUPP-5,_flag,certificate expiry on ingress,flag",
        f"{AT},ben,SUPP-8,_flag,cost anomaly alerts,flag",
    )), encoding="utf-8")
    return journal


async def test_bang_flags_the_ticket_with_a_note_and_shows_it(app, board, settle,
                                                              journal_lines):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        key = app.session.key
        await pilot.press("!")
        assert isinstance(app.screen, FlagNoteScreen)
        await pilot.press(*"cert expiry", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, FlagNoteScreen)
        assert "⚑ cert expiry" in app.screen.query_one(TicketView).content.plain
        assert not app.session.journal.is_labelled(key)
        await pilot.press("u")
        await pilot.pause()
        assert "⚑" not in app.screen.query_one(TicketView).content.plain
    assert [line[2:] for line in journal_lines()] == [
        [key, "_flag", "cert expiry", "flag"], [key, "_flag", "cert expiry", "unflag"]]


async def test_escape_cancels_the_flag(app, settle, journal_lines):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("!", *"nothing", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, FlagNoteScreen)
    assert journal_lines() == []


async def test_flags_from_another_labeller_show_on_the_ticket(build_app, board, settle):
    flagged_journal(board)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", *"SUPP-5", "enter")
        await pilot.pause()
        text = app.screen.query_one(TicketView).content.plain
        assert "⚑ certificate expiry on ingress  ben, 2026-01-05 09:00" in text


async def test_the_flags_screen_groups_and_promotes_in_one_undo_step(build_app, board, settle):
    journal = flagged_journal(board)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F")
        screen = app.screen
        assert isinstance(screen, FlagsScreen)
        assert [(g.count, g.keys) for g in screen.shown] == [(2, ("SUPP-2", "SUPP-5")),
                                                            (1, ("SUPP-8",))]
        await pilot.press("enter")
        assert isinstance(app.screen, PromoteScreen)
        assert app.screen.query_one("#promote-dimension").value == "product"  # not the team
        await pilot.pause()
        assert app.screen.query_one("#promote-name").value == "Certificate expiry"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen and [g.keys for g in screen.shown] == [("SUPP-8",)]
        option = app.session.framework.dimension("product").resolve("Certificate expiry")
        assert option is not None
        assert "Certificate expiry" in (board.parent / "labels.toml").read_text("utf-8")
        assert sorted(read_labels(journal).rows()) == [("SUPP-2", "product", option.id),
                                                       ("SUPP-5", "product", option.id)]
        assert [f.key for f in read_flags(journal)] == ["SUPP-8"]
        await pilot.press("escape", "u")
        await pilot.pause()
    assert read_labels(journal).rows() == []
    assert sorted(f.key for f in read_flags(journal)) == ["SUPP-2", "SUPP-5", "SUPP-8"]


async def test_x_clears_a_group_of_flags_in_one_undo_step(build_app, board, settle):
    journal = flagged_journal(board)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F", "down", "x")
        await pilot.pause()
        assert [g.keys for g in app.screen.shown] == [("SUPP-2", "SUPP-5")]
        assert [f.key for f in read_flags(journal)] == ["SUPP-2", "SUPP-5"]
        await pilot.press("escape", "u")
        await pilot.pause()
    assert [f.key for f in read_flags(journal)] == ["SUPP-2", "SUPP-5", "SUPP-8"]


def test_no_option_may_take_the_flag_key(tmp_path):
    load_framework(reserved_keys=APP_RESERVED_KEYS)  # the built-in file leaves ! and F free
    text = default_framework_path().read_text(encoding="utf-8")
    path = tmp_path / "labels.toml"
    path.write_text(text.replace('hotkey = "m"', 'hotkey = "!"', 1), encoding="utf-8")
    with pytest.raises(InputError, match="!"):
        load_framework(path, reserved_keys=APP_RESERVED_KEYS)
