"""The review app: a reviewer resolves where labellers' journals disagree (`label --review`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from textual.app import App

from analysis.journal import LabelJournal, open_journal, read_labels_warned, review_decisions
from analysis.metrics import open_board, review_items
from supp_tui.screens.review import ReviewScreen


class ReviewApp(App[None]):
    """Shows the review screen; the reviewer's journal closes when the app does."""

    CSS_PATH = "app.tcss"
    TITLE = "supp-tui label --review"

    def __init__(self, screen: ReviewScreen, journal: LabelJournal,
                 warnings: Sequence[str] = ()) -> None:
        super().__init__()
        self.review = screen
        self.journal = journal
        self.warnings = list(warnings)

    def on_mount(self) -> None:
        self.push_screen(self.review)
        for warning in self.warnings:
            self.notify(warning, severity="warning", timeout=10)

    def on_unmount(self) -> None:
        self.journal.close()


def make_review_app(exports: Sequence[str | Path], journals: Sequence[str | Path],
                    into: str | Path | None = None, framework: str | Path | None = None,
                    team_field: str | None = None, by: str | None = None, *,
                    clock: Callable[[], datetime | None] = lambda: None,
                    durable: bool = True) -> ReviewApp:
    """Read the board and the labellers' journals, and open the reviewer's journal (`into`,
    default the board's own); InputError before the app exists when any is refused."""
    board = open_board(exports, framework_path=framework, journal_path=into,
                       team_field=team_field, columns=["key", "summary"])
    paths = [Path(j) for j in journals]
    ratings, warnings = [], list(board.export.warnings)
    for path in paths:
        labels, skipped = read_labels_warned(path)
        ratings.append(labels)
        warnings.extend(skipped)
    keys = board.tickets.get_column("key").to_list()
    resolved = {(d.key, d.dimension) for d in review_decisions(board.journal_path)}
    items = review_items(ratings, board.framework, keys, resolved)
    summaries = dict(board.tickets.select("key", "summary").iter_rows())
    journal = open_journal(board.journal_path, by=by, clock=clock, durable=durable)
    screen = ReviewScreen(items, {k: v or "" for k, v in summaries.items()}, paths,
                          board.framework, journal)
    return ReviewApp(screen, journal, warnings)
