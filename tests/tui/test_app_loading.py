"""The app paints before the board is read: a loading line, the first ticket, then the board."""

from __future__ import annotations

import threading

from tui_board import complete

from supp_tui.labelling import BoardLoader, _loading
from supp_tui.widgets.progress_line import ProgressLine
from supp_tui.widgets.ticket_view import TicketView

SIZE = (100, 32)


def slow_reads(monkeypatch) -> threading.Event:
    """Hold every full read of a board until the returned event is set."""
    release = threading.Event()
    read = BoardLoader._read

    def slow(self):
        release.wait(timeout=10)
        return read(self)

    monkeypatch.setattr(BoardLoader, "_read", slow)
    return release


async def wait_for(pilot, condition) -> None:
    for _ in range(200):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the condition never held")


async def test_loading_line_then_first_ticket_then_board(app, settle, monkeypatch):
    """While the board is read the progress line says so and the first ticket already shows."""
    release = slow_reads(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        progress = app.screen.query_one(ProgressLine)
        ticket = app.screen.query_one(TicketView)
        await wait_for(pilot, lambda: "SUPP-1" in ticket.content.plain)
        assert "Loading board.csv" in str(progress.render())
        assert app._session is None
        release.set()
        await settle(pilot)
        assert app.session.key == "SUPP-1"
        assert "labelled 0/8" in str(progress.render())


async def test_first_ticket_is_replaced_when_its_key_repeats_later(tmp_path, build_app, settle,
                                                                    monkeypatch):
    """A first row whose key repeats beyond the quick read is replaced once the board is read:
    the board keeps the later, newer row, so its first ticket is the next key."""
    export = tmp_path / "repeat.csv"
    export.write_text("Summary,Issue key,Created,Updated\n"
                      "old words,S-1,05/Jan/26 10:00 AM,05/Jan/26 10:00 AM\n"
                      "other,S-2,05/Jan/26 10:00 AM,05/Jan/26 10:00 AM\n"
                      "new words,S-1,05/Jan/26 10:00 AM,07/Jan/26 10:00 AM\n")
    monkeypatch.setattr(_loading, "PREVIEW_RECORDS", 2)
    release = slow_reads(monkeypatch)
    app = build_app(export)
    async with app.run_test(size=SIZE) as pilot:
        ticket = app.screen.query_one(TicketView)
        await wait_for(pilot, lambda: "old words" in ticket.content.plain)
        release.set()
        await settle(pilot)
        assert app.session.key == "S-2"
        assert "other" in ticket.content.plain
        assert "old words" not in ticket.content.plain


async def test_resuming_shows_the_first_incomplete_ticket_while_loading(build_app, settle,
                                                                        monkeypatch):
    """Resuming, the ticket shown while the board loads is the first incomplete one, found
    past the first records read."""
    session = build_app().loader.load().session
    for _ in range(3):
        complete(session)
        session.step(1)
    session.journal.close()
    monkeypatch.setattr(_loading, "PREVIEW_RECORDS", 2)
    release = slow_reads(monkeypatch)
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        ticket = app.screen.query_one(TicketView)
        await wait_for(pilot, lambda: "SUPP-4" in ticket.content.plain)
        assert app._session is None
        release.set()
        await settle(pilot)
        assert app.session.key == "SUPP-4"


async def test_keys_pressed_while_loading_run_once_the_board_is_in(app, settle, monkeypatch,
                                                                   journal_lines):
    """A label key and Space pressed on the first ticket before the board is in are kept and
    run, in order, once it is."""
    release = slow_reads(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        ticket = app.screen.query_one(TicketView)
        await wait_for(pilot, lambda: "SUPP-1" in ticket.content.plain)
        await pilot.press("3", "space")
        assert app._session is None
        release.set()
        await settle(pilot)
        assert app.session.key == "SUPP-2"
    assert [line[2:5] for line in journal_lines()] == [
        ["SUPP-1", "platform_team", "observability"]]


async def test_a_pulled_board_shows_its_first_ticket_while_loading(tmp_path, build_app, settle,
                                                                   monkeypatch):
    """A .jsonl board from `supp-tui pull` previews its first issue, named through its pull
    record, before the whole board is read."""
    from analysis.sample import write_pulled

    board = tmp_path / "supp.jsonl"
    write_pulled(board, tickets=120, seed=3)
    release = slow_reads(monkeypatch)
    app = build_app(board)
    async with app.run_test(size=SIZE) as pilot:
        ticket = app.screen.query_one(TicketView)
        await wait_for(pilot, lambda: "SUPP-1 " in ticket.content.plain)
        assert app._session is None
        assert "Reporter: " in ticket.content.plain
        release.set()
        await settle(pilot)
        assert app.session.key == "SUPP-1"


async def test_a_second_launch_reads_the_board_from_the_parse_cache(build_app, settle,
                                                                    monkeypatch):
    """The app fills the parse cache like the other board commands and reuses it next time;
    `cache=False` (`--no-cache`) reads the export afresh."""
    from analysis.jira import _cache

    async with build_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
    fresh_reads: list[object] = []
    read = _cache.read_export
    monkeypatch.setattr(_cache, "read_export",
                        lambda *args, **kwargs: fresh_reads.append(args) or read(*args, **kwargs))
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.session.key == "SUPP-1" and fresh_reads == []
    app = build_app(cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.session.key == "SUPP-1" and len(fresh_reads) == 1
