"""The brief's five charts written the way a careful pandas user would, as a timing baseline.

    python benchmarks/pandas_baseline.py board.csv out_folder/

Reads only the columns the charts need (`usecols`, chosen from the header row, as a careful user
does on a 1 GiB export), parses dates with `to_datetime(format=...)`, turns the repeated Labels
columns into ticket-team pairs with `melt` and a dict `map`, counts with `groupby`/`resample`,
and draws the five PNGs with matplotlib Figure/Axes. Everything is vectorised: no row-wise apply.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

TEAM_ALIASES = {
    "platops": "PlatOps", "plat-ops": "PlatOps", "platform-ops": "PlatOps",
    "build-and-deploy": "Build and Deploy", "bnd": "Build and Deploy",
    "build-deploy": "Build and Deploy", "cicd-team": "Build and Deploy",
    "observability": "Observability", "o11y": "Observability",
    "monitoring-team": "Observability",
    "netplat": "Network Platform", "network-platform": "Network Platform",
    "networking-team": "Network Platform",
    "data-platform": "Data Platform", "dataplatform": "Data Platform", "dp-team": "Data Platform",
    "iam-team": "Identity and Access", "identity-access": "Identity and Access",
    "devex": "Developer Experience", "dev-experience": "Developer Experience",
    "cloud-infra": "Cloud Infrastructure", "cloudinfra": "Cloud Infrastructure",
}
DATE_FORMAT = "%d/%b/%y %I:%M %p"
DATES = ["Created", "Updated", "Resolved", "Status Category Changed"]
WEEK = {"freq": "W-MON", "label": "left", "closed": "left"}
SIZE, DPI = (12.8, 7.2), 125


def load(path: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tickets (created, closed_at) and one (ticket, team) row per team label."""
    header = pd.read_csv(path, nrows=0).columns
    labels = [c for c in header if c.split(".")[0] == "Labels"]
    df = pd.read_csv(path, usecols=[*DATES, "Status Category", *labels], dtype=str)
    for column in DATES:
        df[column] = pd.to_datetime(df[column], format=DATE_FORMAT)
    done = df["Status Category"] == "Done"
    closed = (df["Resolved"].fillna(df["Status Category Changed"].where(done))
              .fillna(df["Updated"].where(done)))
    tickets = pd.DataFrame({"created": df["Created"],
                            "closed_at": closed.where(closed >= df["Created"], df["Created"])
                            .where(closed.notna())})
    long = df[labels].melt(ignore_index=False, value_name="label")["label"].dropna()
    team = long.str.lower().map(TEAM_ALIASES).dropna()
    pairs = pd.DataFrame({"ticket": team.index, "team": team.to_numpy()}).drop_duplicates()
    unlabelled = tickets.index.difference(pairs["ticket"])
    pairs = pd.concat([pairs, pd.DataFrame({"ticket": unlabelled, "team": "Unlabelled"})])
    pairs["created"] = tickets["created"].to_numpy()[pairs["ticket"].to_numpy()]
    return tickets, pairs


def iso_weeks(index: pd.DatetimeIndex) -> list[str]:
    return list(index.strftime("%G-W%V"))


def save(fig: plt.Figure, path: Path) -> None:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)


def teams_pie(pairs: pd.DataFrame, out: Path) -> None:
    per_team = pairs["team"].value_counts()
    small = (per_team / per_team.sum() < 0.02) & (per_team.index != "Unlabelled")
    pie = pd.concat([per_team[~small], pd.Series({"Other": per_team[small].sum()})])
    pie = pie[pie > 0]
    fig, ax = plt.subplots(figsize=SIZE)
    ax.pie(pie.to_numpy(), labels=pie.index, autopct="%.0f%%")
    ax.set_title("Tickets by team")
    save(fig, out / "01-teams.png")


def team_charts(pairs: pd.DataFrame, out: Path) -> None:
    by_week = (pairs.groupby([pd.Grouper(key="created", **WEEK), "team"]).size()
               .unstack(fill_value=0))
    by_week = by_week.asfreq("W-MON", fill_value=0)
    fig, ax = plt.subplots(figsize=SIZE)
    ax.stackplot(by_week.index, by_week.to_numpy().T, labels=by_week.columns)
    ax.legend(loc="upper left", fontsize="small")
    ax.set_title("Tickets created per week per team")
    save(fig, out / "02-weekly-by-team.png")

    average = by_week.mean().sort_values()
    fig, ax = plt.subplots(figsize=SIZE)
    ax.barh(average.index, average.to_numpy())
    ax.set_title("Average tickets per week per team")
    save(fig, out / "03-average-by-team.png")


def weekly_counts(tickets: pd.DataFrame) -> pd.DataFrame:
    created = tickets.resample("W-MON", on="created", label="left", closed="left").size()
    closed = tickets.dropna(subset=["closed_at"]).resample("W-MON", on="closed_at", label="left",
                                                            closed="left").size()
    weekly = pd.DataFrame({"created": created, "closed": closed}).fillna(0).astype(int)
    return weekly.asfreq("W-MON", fill_value=0)


def flow_charts(tickets: pd.DataFrame, out: Path) -> None:
    weekly = weekly_counts(tickets)
    labels, x = iso_weeks(weekly.index), np.arange(len(weekly))
    fig, ax = plt.subplots(figsize=SIZE)
    ax.bar(x - 0.2, weekly["created"], width=0.4, label="created")
    ax.bar(x + 0.2, weekly["closed"], width=0.4, label="closed")
    ax.set_xticks(x[::3], labels[::3], rotation=45)
    ax.legend()
    ax.set_title("Tickets created and closed per week")
    save(fig, out / "04-created-closed.png")

    flow = (weekly["created"] - weekly["closed"].shift(1)).fillna(weekly["created"])
    backlog = (weekly["created"] - weekly["closed"]).cumsum()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=SIZE, sharex=True)
    top.bar(x, flow, color=np.where(flow > 0, "#cc6677", "#44aa99"))
    top.set_title("Opened in week N minus closed in week N-1")
    bottom.plot(x, backlog, marker="o")
    bottom.fill_between(x, backlog, alpha=0.15)
    bottom.set_title("Open backlog at the end of each week")
    bottom.set_xticks(x[::3], labels[::3], rotation=45)
    save(fig, out / "05-flow.png")


def main(path: str, folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    tickets, pairs = load(path)
    teams_pie(pairs, out)
    team_charts(pairs, out)
    flow_charts(tickets, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
