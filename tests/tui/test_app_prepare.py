"""Space only draws: the next ticket's fields are fetched once the current one is drawn."""

from __future__ import annotations

from supp_tui.widgets.ticket_view import TicketView

SIZE = (100, 32)


async def test_next_ticket_is_fetched_before_space(app, settle):
    """After a ticket is drawn the next unlabelled one is fetched; Space then reads no row."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        session = app.session
        await pilot.pause(0.05)
        fetched: list[int] = []
        row = session._display.row

        def counting_row(index, **kwargs):
            fetched.append(index)
            return row(index, **kwargs)

        session._display = type("Spy", (), {"row": staticmethod(counting_row),
                                            "columns": session._display.columns})()
        await pilot.press("space")
        assert session.key == "SUPP-2"
        assert session.row == 1 and 1 not in fetched
        assert "SUPP-2" in app.screen.query_one("#ticket").content.plain


async def test_next_ticket_is_wrapped_before_space(app, settle, monkeypatch):
    """The next ticket is wrapped once the current one is drawn; Space then wraps nothing."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(0.05)
        view = app.screen.query_one(TicketView)
        wrapped = []
        strips = TicketView._strips
        monkeypatch.setattr(TicketView, "_strips",
                            lambda self, content: wrapped.append(content) or strips(self, content))
        await pilot.press("space")
        assert app.session.key == "SUPP-2"
        assert all("SUPP-2" not in content.plain for content in wrapped)
        assert "SUPP-2" in view.content.plain
        assert any("Prometheus not scraping checkout-web" in str(line) for line in view._lines)
