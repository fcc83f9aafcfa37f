"""Calibration and review: the shared sample comes first and is marked; the review screen
resolves the journals' disagreements into the reviewer's journal."""

from __future__ import annotations

from analysis.journal import open_journal, read_labels, review_decisions
from analysis.metrics import calibration_keys
from supp_tui.review_app import make_review_app
from supp_tui.widgets.ticket_view import TicketView

SIZE = (100, 32)


async def test_calibration_sample_comes_first_and_is_marked(build_app, settle):
    """With --calibrate every labeller starts on the same seeded sample, marked in place."""
    app = build_app(calibrate=0.5)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sample = calibration_keys(app.session.keys, 0.5)
        assert sample and app.session.keys[:len(sample)] == sample
        assert app.session.key == sample[0]
        view = app.screen.query_one(TicketView)
        assert view.border_subtitle == f"calibration 1/{len(sample)}"
        await pilot.press("right")
        expected = f"calibration 2/{len(sample)}" if len(sample) > 1 else ""
        assert view.border_subtitle == expected


def two_journals(board):
    """Ana and Bo agree on SUPP-1's category and disagree on SUPP-2's category and product."""
    paths = []
    for name, category, product in (("ana", "metrics", "grafana"), ("bo", "logging", "vault")):
        path = board.with_name(f"{name}.labels.csv")
        with open_journal(path, by=name) as journal:
            journal.set("SUPP-1", "macro_category", "metrics", multi=False)
            journal.set("SUPP-2", "macro_category", category, multi=False)
            journal.set("SUPP-2", "product", product, multi=True)
        paths.append(path)
    return paths


async def test_review_records_the_chosen_labellers_values_as_a_decision(board, settle):
    """A digit keeps that labeller's values, in the reviewer's journal, with who decided."""
    journals = two_journals(board)
    into = board.with_name("review.labels.csv")
    app = make_review_app([board], journals, into=into, by="rita", durable=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.review
        assert [(i.key, i.dimension) for i in screen.items] == [
            ("SUPP-2", "product"), ("SUPP-2", "macro_category")]
        await pilot.press("2")  # Bo's product
        await pilot.press("1")  # Ana's category
    assert sorted(read_labels(into).iter_rows()) == [
        ("SUPP-2", "macro_category", "metrics"), ("SUPP-2", "product", "vault")]
    decisions = review_decisions(into)
    assert [(d.by, d.values, d.journals) for d in decisions] == [
        ("rita", ("vault",), ("ana.labels.csv", "bo.labels.csv")),
        ("rita", ("metrics",), ("ana.labels.csv", "bo.labels.csv"))]
    again = make_review_app([board], journals, into=into, by="rita", durable=False)
    assert again.review.items == []  # decided disagreements are not asked again
    again.journal.close()
