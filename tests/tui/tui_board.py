"""A small hand-written board for the app tests and the app built on it the way the CLI builds it,
used through the fixtures of conftest.py."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from analysis.framework import default_framework_path
from supp_tui.app import LabelApp, make_app

HEADER = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Status Category",
          "Priority", "Reporter", "Reporter Id", "Assignee", "Created", "Updated", "Resolved",
          "Labels", "Labels", "Component/s", "Description", "Comment", "Comment"]

# key, summary, reporter, labels, component, description, comments
TICKETS = [
    ("SUPP-1", "Grafana dashboard for payments-api shows no data", "Ana Silva",
     ("o11y", "urgent"), "Grafana", "The panel is empty since the deploy.\nSee link.",
     ("01/Nov/26 10:00 AM;557058:bob;Looking into it", "01/Nov/26 11:00 AM;557058:ana;Thanks")),
    ("SUPP-2", "Prometheus not scraping checkout-web in prod", "Ben Okafor", ("prod",), "",
     "Targets are down.", ()),
    ("SUPP-3", "VPN drops every hour for the London office", "Ana Silva", ("netplat",), "VPN",
     "Since Monday, every hour.", ()),
    ("SUPP-4", "Jenkins build for search-indexer hangs", "Chloé Martin", ("bnd",), "",
     "Resolving dependencies never ends.", ("02/Nov/26 09:15 AM;557058:eve;Runner restarted",)),
    ("SUPP-5", "Prometheus not scraping payments-api in staging", "Ana Silva", (), "",
     "Same as last week.", ()),
    ("SUPP-6", "Request access to the billing database", "Dev Patel", ("iam-team",), "",
     "Read-only access please.", ()),
    ("SUPP-7", "Grafana panel shows No data for staging", "Ben Okafor", (), "Grafana",
     "Other environments are fine.", ()),
    ("SUPP-8", "Cost spike on the analytics bucket", "Dev Patel", ("cloud-infra",), "",
     "Storage cost doubled this month.", ()),
]

REPORTER_IDS = {name: f"557058:{name.split()[0].lower()}" for _, _, name, *_ in TICKETS}


def complete(labeller: Any, key: str | None = None) -> None:
    """Give a ticket a value in every required dimension of the default labels.toml, through a
    session (its current ticket) or a journal (the ticket `key`)."""
    for dimension, value, multi in REQUIRED_VALUES:
        if key is None:
            labeller.toggle(dimension, value)
        else:
            labeller.toggle(key, dimension, value, multi=multi)


# The required dimensions of the default labels.toml, and a value of each.
REQUIRED_VALUES = (("platform_team", "platops", False), ("product", "grafana", True),
                   ("macro_category", "metrics", False))


def write_board(folder: Path) -> Path:
    """Write the eight-ticket export and a copy of the default labels.toml into `folder`."""
    path = folder / "board.csv"
    start = datetime(2026, 11, 2, 9, 30)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, (key, summary, reporter, labels, component, description, comments) in \
                enumerate(TICKETS):
            created = (start + timedelta(hours=5 * number)).strftime("%d/%b/%y %I:%M %p")
            labels = [*labels, "", ""][:2]
            comments = [*comments, "", ""][:2]
            writer.writerow([summary, key, 1000 + number, "Support Request", "Open", "To Do",
                             "Medium", reporter, REPORTER_IDS[reporter], "", created, created,
                             "", *labels, component, description, *comments])
    shutil.copy(default_framework_path(), folder / "labels.toml")
    return path


class FixedClock:
    """Journal timestamps one second apart from a fixed moment; the rate clock stands still."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment


def build_app(board: Path, **kwargs) -> LabelApp:
    """The app exactly as `supp-tui label` builds it, with time sources that never move."""
    kwargs.setdefault("by", "tester")
    return make_app([board], clock=FixedClock(), monotonic=lambda: 0.0, **kwargs)


def journal_lines(board: Path) -> list[list[str]]:
    """The data lines of the board's journal, parsed."""
    text = board.with_name(board.name + ".labels.csv").read_text(encoding="utf-8")
    return [row for row in csv.reader(text.splitlines()[2:])]
