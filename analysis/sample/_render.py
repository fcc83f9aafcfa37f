"""Render one slice of a sample plan into the cells of a Jira export, column by column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import polars as pl

from analysis.sample import _vocab as vocab
from analysis.sample._people import People, people
from analysis.sample._plan import EPOCH, Plan, choose_rows, office_hours
from analysis.sample._tables import Tables, tables

DATE_FORMAT = "%d/%b/%y %-I:%M %p"
FIRST_RESPONSE_MEDIAN_MINUTES = np.array([20.0, 60.0, 180.0, 480.0, 960.0])
STATUSES = ("Open", "In Progress", "Waiting for customer", "Resolved", "Closed", "Done")
STATUS_CATEGORIES = ("To Do", "In Progress", "In Progress", "Done", "Done", "Done")
RESOLUTIONS = (("Done", 62), ("Fixed", 15), ("Won't Do", 8), ("Duplicate", 5),
               ("Cannot Reproduce", 5), ("Declined", 5))
SPRINT_EPOCH_DAY = (date(2024, 1, 1) - EPOCH).days


@dataclass(frozen=True)
class Layout:
    """How many columns each repeated field gets: the most any ticket uses."""

    components: int
    labels: int
    watchers: int
    sprints: int
    comments: int
    worklogs: int = 0

    @classmethod
    def of(cls, plan: Plan) -> Layout:
        """The layout of a whole plan, known before any text is generated."""
        return cls(int(plan.components.max()), int(plan.label_count.max()),
                   int(plan.watchers.max()), int(plan.sprints.max()), int(plan.comments.max()),
                   int(plan.worklogs.max()))


def normalised(pairs: Iterable[tuple[Any, float]]) -> np.ndarray:
    weights = np.array([w for _, w in pairs], dtype=float)
    return weights / weights.sum()


def take(values: tuple[str, ...], index: np.ndarray,
         present: np.ndarray | None = None) -> pl.Series:
    """Strings at the given indices, null where present is False."""
    series = pl.Series(values, dtype=pl.String).gather(pl.Series(index, dtype=pl.Int64))
    return series if present is None else keep_where(present, series)


def keep_where(present: np.ndarray, series: pl.Series) -> pl.Series:
    keep = pl.Series(present, dtype=pl.Boolean)
    return pl.select(pl.when(keep).then(series)).to_series().alias(series.name)


def jira_dates(minutes: np.ndarray, present: np.ndarray | None = None) -> pl.Series:
    """Jira's default `dd/MMM/yy h:mm a` text of minutes since 1970."""
    stamps = pl.Series(minutes.astype(np.int64) * 60_000_000).cast(pl.Datetime("us"))
    text = stamps.dt.strftime(DATE_FORMAT)
    return text if present is None else keep_where(present, text)


def fill(templates: pl.Series, values: dict[str, pl.Series],
         vocabulary: Iterable[str]) -> pl.Series:
    """Replace each {name} placeholder the vocabulary uses with that row's value."""
    names = [n for n in values if any("{" + n + "}" in text for text in vocabulary)]
    frame = pl.DataFrame({"template": templates, **{n: values[n] for n in names}})
    expr = pl.col("template")
    for name in names:
        expr = expr.str.replace_all("{" + name + "}", pl.col(name), literal=True)
    return frame.select(expr).to_series()


def ticket_actors(rng: np.random.Generator, plan: Plan, rows: slice, cast: People) -> dict:
    """Reporter, their team and service, and the owning team's engineers on each ticket."""
    count = rows.stop - rows.start
    reporter = rng.choice(len(cast.reporter_names), size=count, p=cast.reporter_share)
    origin = cast.reporter_team[reporter]
    service = cast.reporter_service[reporter]
    desk = plan.owner[rows]
    offset = (rng.random(count) * cast.team_engineer_count[desk]).astype(np.int64)
    engineer = cast.team_engineer_start[desk] + offset
    colleague = cast.team_engineer_start[desk] + (offset + 1 + rng.integers(
        0, cast.team_engineer_count[desk] - 1)) % cast.team_engineer_count[desk]
    return {"reporter": reporter, "origin": origin, "service": service,
            "engineer": engineer, "colleague": colleague}


def placeholder_values(rng: np.random.Generator, story: np.ndarray, actors: dict,
                       cast: People, table: Tables) -> dict[str, pl.Series]:
    """Per-row values for every {placeholder}: one draw per ticket, so its summary,
    description and comments say the same service, numbers and symptom."""
    count = len(story)

    def ints(low: int, high: int) -> pl.Series:
        return pl.Series(rng.integers(low, high, size=count)).cast(pl.String)
    product_names = take(table.products, table.story_product[story])
    values = {
        "service": take(cast.service_names, actors["service"]),
        "env": take(vocab.ENVIRONMENTS, rng.integers(0, len(vocab.ENVIRONMENTS), count)),
        "region": take(vocab.REGIONS, rng.integers(0, len(vocab.REGIONS), count)),
        "n": ints(2, 500),
        "pct": ints(2, 60),
        "version": pl.select(pl.format("v{}.{}.{}", ints(1, 9), ints(0, 40), ints(0, 20)))
        .to_series(),
        "clock": pl.select(pl.format("{}:{}", ints(0, 24).str.zfill(2),
                                     ints(0, 60).str.zfill(2))).to_series(),
        "weekday": take(vocab.WEEKDAYS, rng.integers(0, len(vocab.WEEKDAYS), count)),
        "first": take(cast.reporter_first, actors["reporter"]),
        "team": take(cast.team_names, actors["origin"]),
        "eng": take(cast.engineer_first, actors["engineer"]),
        "product": product_names,
        "product_slug": product_names.str.to_lowercase().str.replace_all(" ", "-"),
    }
    for name, texts in (("symptom", table.symptoms), ("fix", table.fixes)):
        values[name] = fill(take(texts, story), values, texts)
    return values


def ticket_status(rng: np.random.Generator, plan: Plan, rows: slice) -> dict:
    """Status index, status-category change, resolution and close minute of each ticket."""
    count = rows.stop - rows.start
    closed, created = plan.closed[rows], plan.created[rows]
    end = np.where(closed, created + plan.duration[rows], plan.export_minute)
    closed_status = 3 + rng.choice(3, size=count, p=[0.45, 0.30, 0.25])
    open_status = np.where(plan.comments[rows] == 0, 0,
                           rng.choice(3, size=count, p=[0.25, 0.45, 0.30]))
    status = np.where(closed, closed_status, open_status)
    resolved = closed & ~((status == 5) & (rng.random(count) < 0.25))
    median = FIRST_RESPONSE_MEDIAN_MINUTES[plan.priority[rows]]
    delay = rng.lognormal(np.log(median), 1.0)
    first_touch = created + np.clip(delay, 1, np.maximum(1, (end - created) // 2)).astype(
        np.int64)
    first_touch = np.minimum(office_hours(rng, first_touch, 0.85), end)
    return {"status": status, "end": end, "resolved": resolved, "first_touch": first_touch,
            "resolution": rng.choice(len(RESOLUTIONS), size=count, p=normalised(RESOLUTIONS))}


def _comment_slots(rng: np.random.Generator, plan: Plan, rows: slice, status: dict,
                   width: int) -> dict:
    """When each comment was written, by whom (reporter or engineer), and which body group."""
    count = rows.stop - rows.start
    comments, closed = plan.comments[rows].astype(np.int64), plan.closed[rows]
    slot = np.arange(width)[None, :]
    used = slot < comments[:, None]
    start, end = status["first_touch"], status["end"]
    spread = rng.random((count, width))
    spread[slot >= (comments - 1)[:, None]] = 2.0
    spread.sort(axis=1)
    at = np.empty((count, width), dtype=np.int64)
    at[:, 0] = start
    at[:, 1:] = start[:, None] + (spread[:, :-1] * np.maximum(end - start, 0)[:, None])
    last = np.maximum(comments - 1, 0)
    closing = closed & (comments >= 2) & (rng.random(count) < 0.6)
    at[closing, last[closing]] = end[closing]
    at = np.minimum(office_hours(rng, at, 0.8), end[:, None])
    at = np.where(used, at, plan.export_minute + 1)
    at.sort(axis=1)
    flips = rng.random((count, width))
    by_reporter = np.empty((count, width), dtype=bool)
    by_reporter[:, 0] = flips[:, 0] < 0.2
    for j in range(1, width):
        by_reporter[:, j] = by_reporter[:, j - 1] ^ (flips[:, j] < 0.75)
    phase = np.where(slot == 0, 0, 1)
    phase = np.where(closed[:, None] & (slot == last[:, None]) & (slot > 0), 2, phase)
    group = phase + 3 * by_reporter
    return {"used": used, "at": at, "by_reporter": by_reporter, "group": group,
            "last_at": np.where(comments > 0, at[np.arange(count), last], plan.created[rows])}


def render_comments(rng: np.random.Generator, plan: Plan, rows: slice, status: dict,
                    actors: dict, values: dict, width: int) -> tuple[list[pl.Series], dict]:
    """The Comment cells (`date;author account id;body`), one Series per column."""
    if width == 0:
        return [], {"last_at": plan.created[rows], "first_response": None}
    cast, table = people(), tables()
    slots = _comment_slots(rng, plan, rows, status, width)
    body = table.bodies.pick(rng, slots["group"])
    author_ids = cast.reporter_ids + cast.engineer_ids
    author = np.where(slots["by_reporter"], actors["reporter"][:, None],
                      len(cast.reporter_ids) + actors["engineer"][:, None])
    cells = []
    for j in range(width):
        used = slots["used"][:, j]
        text = fill(take(table.bodies.texts, body[:, j], used), values, table.bodies.texts)
        stamp = jira_dates(slots["at"][:, j], used)
        cells.append(pl.select(pl.concat_str([stamp, pl.lit(";"),
                                              take(author_ids, author[:, j]), pl.lit(";"),
                                              text])).to_series())
    answered = slots["used"] & ~slots["by_reporter"]
    first = answered.argmax(axis=1)
    first_response = np.where(answered.any(axis=1),
                              slots["at"][np.arange(len(first)), first], -1)
    return cells, {"last_at": slots["last_at"], "first_response": first_response}


def team_label_codes(rng: np.random.Generator, team: np.ndarray) -> np.ndarray:
    """One Jira label spelling per ticket for the given team index, as a label code (-1 for
    no team)."""
    table = tables()
    present = team >= 0
    safe = np.where(present, team, 0)
    column = choose_rows(rng, table.team_spelling_odds, safe)
    return np.where(present, table.team_spelling_code[table.team_spelling_start[safe] + column],
                    -1)


def other_label_codes(rng: np.random.Generator, how_many: np.ndarray) -> list[np.ndarray]:
    """Up to three distinct non-team labels per ticket as label codes, -1 beyond how_many."""
    table = tables()
    count, size = len(how_many), len(table.other_labels)
    picks = [rng.choice(size, size=count, p=table.other_label_odds)]
    for _ in range(2):
        pick = rng.choice(size, size=count, p=table.other_label_odds)
        for _ in range(len(picks) + 1):
            clash = np.any([pick == p for p in picks], axis=0)
            pick = np.where(clash, (pick + 1) % size, pick)
        picks.append(pick)
    return [np.where(how_many > j, table.other_label_code[pick], -1)
            for j, pick in enumerate(picks)]
