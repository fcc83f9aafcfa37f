"""The brief's five charts the way a pandas user would write them, as a baseline for timing.

    python benchmarks/pandas_baseline.py board.csv out_folder/

Reads the Jira CSV with pd.read_csv, parses dates with to_datetime, finds the team from the
Labels columns, counts with crosstab/groupby and draws with matplotlib's pyplot.
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
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


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, low_memory=False)
    for column in ["Created", "Updated", "Resolved", "Status Category Changed"]:
        df[column] = pd.to_datetime(df[column], format=DATE_FORMAT, errors="coerce")
    done = df["Status Category"] == "Done"
    df["closed_at"] = df["Resolved"]
    df.loc[df["closed_at"].isna() & done, "closed_at"] = df["Status Category Changed"]
    df.loc[df["closed_at"].isna() & done, "closed_at"] = df["Updated"]
    label_columns = [c for c in df.columns if c == "Labels" or c.startswith("Labels.")]
    teams = df[label_columns].apply(lambda col: col.str.lower().map(TEAM_ALIASES))
    df["team"] = teams.apply(lambda row: sorted(set(row.dropna())), axis=1)
    df.loc[df["team"].str.len() == 0, "team"] = pd.Series([["Unlabelled"]] * len(df))
    return df


def weekly_counts(df: pd.DataFrame) -> pd.DataFrame:
    created_week = df["Created"].dt.to_period("W-SUN").dt.start_time
    closed_week = df["closed_at"].dt.to_period("W-SUN").dt.start_time
    weeks = pd.date_range(min(created_week.min(), closed_week.min()),
                          max(created_week.max(), closed_week.max()), freq="W-MON")
    created = created_week.value_counts().reindex(weeks, fill_value=0)
    closed = closed_week.value_counts().reindex(weeks, fill_value=0)
    out = pd.DataFrame({"created": created, "closed": closed})
    iso = out.index.isocalendar()
    out.index = [f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"])]
    return out


def main(path: str, folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    df = load(path)
    exploded = df.explode("team")
    exploded["week"] = exploded["Created"].dt.to_period("W-SUN").dt.start_time

    per_team = exploded["team"].value_counts()
    share = per_team / per_team.sum()
    small = (share < 0.02) & (share.index != "Unlabelled")
    pie = pd.concat([per_team[~small], pd.Series({"Other": per_team[small].sum()})])
    fig, ax = plt.subplots(figsize=(12.8, 7.2))
    pie[pie > 0].plot.pie(ax=ax, autopct="%.0f%%")
    ax.set_title("Tickets by team")
    fig.savefig(out / "01-teams.png", dpi=125)
    plt.close(fig)

    by_week = pd.crosstab(exploded["week"], exploded["team"])
    all_weeks = pd.date_range(by_week.index.min(), by_week.index.max(), freq="W-MON")
    by_week = by_week.reindex(all_weeks, fill_value=0)
    fig, ax = plt.subplots(figsize=(12.8, 7.2))
    by_week.plot.area(ax=ax)
    ax.set_title("Tickets created per week per team")
    fig.savefig(out / "02-weekly-by-team.png", dpi=125)
    plt.close(fig)

    average = by_week.sum() / len(by_week)
    fig, ax = plt.subplots(figsize=(12.8, 7.2))
    average.sort_values().plot.barh(ax=ax)
    ax.set_title("Average tickets per week per team")
    fig.savefig(out / "03-average-by-team.png", dpi=125)
    plt.close(fig)

    weekly = weekly_counts(df)
    fig, ax = plt.subplots(figsize=(12.8, 7.2))
    weekly[["created", "closed"]].plot.bar(ax=ax)
    ax.set_title("Tickets created and closed per week")
    fig.savefig(out / "04-created-closed.png", dpi=125)
    plt.close(fig)

    weekly["flow"] = weekly["created"] - weekly["closed"].shift(1)
    weekly["backlog"] = (weekly["created"] - weekly["closed"]).cumsum()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(12.8, 7.2), sharex=True)
    weekly["flow"].plot(ax=top)
    top.set_title("Opened in week N minus closed in week N-1")
    weekly["backlog"].plot(ax=bottom)
    bottom.set_title("Backlog")
    fig.savefig(out / "05-flow.png", dpi=125)
    plt.close(fig)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
