"""Accepting suggestions: `a` takes only the ones the bar shows, and accepting never removes."""

from __future__ import annotations

import pytest

from analysis.suggest import Suggestion
from supp_tui.widgets.suggestion_bar import SuggestionBar

FOUR = (
    Suggestion(0.9, "platform_team", "observability", "Jira label 'o11y'"),
    Suggestion(0.8, "product", "grafana", "Grafana component"),
    Suggestion(0.7, "macro_category", "metrics", "1 similar ticket, e.g. SUPP-2"),
    Suggestion(0.6, "origin_location", "london", "the reporter's history"),
)
DIMENSIONS = [suggestion.dimension for suggestion in FOUR]


def suggest_four(app, monkeypatch) -> None:
    """Make the current ticket's suggestions the four above, whatever is labelled."""
    monkeypatch.setattr(app.session, "suggestions", lambda: list(FOUR))
    app.screen.show_suggestions()


@pytest.mark.parametrize(("size", "shown"), [((100, 32), 2), ((160, 48), 4)])
async def test_accept_takes_only_the_suggestions_on_screen(app, settle, monkeypatch, size,
                                                           shown):
    """Below 120 columns the bar shows two suggestions and `a` accepts those two only."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        suggest_four(app, monkeypatch)
        await pilot.pause()
        bar = app.screen.query_one(SuggestionBar)
        assert bar.visible_suggestions() == FOUR[:shown]
        assert f"a: accept these {shown}" in bar.render().plain
        await pilot.press("a")
        set_now = [bool(app.session.values(dimension)) for dimension in DIMENSIONS]
        assert set_now == [True] * shown + [False] * (4 - shown)


async def test_accepting_again_never_removes_a_value(app, settle, monkeypatch, journal_lines):
    """Accepting a value the ticket already has keeps it and writes nothing."""
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        suggest_four(app, monkeypatch)
        await pilot.press("a")
        written = len(journal_lines())
        await pilot.press("a", "enter")
        assert [app.session.values(dimension) for dimension in DIMENSIONS] == [
            ("observability",), ("grafana",), ("metrics",), ("london",)]
        assert len(journal_lines()) == written


async def test_a_value_accepted_on_screen_then_its_key_toggles_as_always(app, settle,
                                                                         monkeypatch):
    """A label key toggles its value whoever set it: after `a` set Metrics in plain sight,
    `m` takes it off (one rule for every key; `u` or `m` again brings it back)."""
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.session, "suggestions", lambda: [FOUR[2], FOUR[0]])
        app.screen.show_suggestions()
        await pilot.pause()
        await pilot.press("a")
        assert app.session.values("macro_category") == ("metrics",)
        await pilot.press("m")
        assert app.session.values("macro_category") == ()
        await pilot.press("m")
        assert app.session.values("macro_category") == ("metrics",)


async def test_suggestions_that_complete_the_ticket_come_first(app, settle, monkeypatch):
    """A reporter dimension scoring higher never pushes a missing required one out of a
    narrow bar: what completes the ticket is listed first."""
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        cache = app.session.suggestion_cache
        ranked = [Suggestion(0.99, "origin_location", "london", "the reporter's history"),
                  *FOUR[:3]]
        monkeypatch.setattr(cache, "suggestions", lambda key: list(ranked))
        for dimension in ("platform_team", "product"):
            app.session.toggle(dimension, {s.dimension: s.value for s in FOUR}[dimension])
        assert [s.dimension for s in app.session.suggestions()][:1] == ["macro_category"]


async def test_full_stop_accepts_what_the_bar_shows_and_moves_on(app, settle, monkeypatch):
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        suggest_four(app, monkeypatch)
        await pilot.pause()
        first = app.session.key
        await pilot.press("full_stop")
        assert app.session.key != first
        assert [bool(app.session.values(d, first)) for d in DIMENSIONS] == [True, True,
                                                                            False, False]
