"""The numeric skeleton of a synthetic SUPP board: when each ticket was created, which story
it tells, who owns it, whether it closed, and how many labels and comments it carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from analysis.errors import InputError
from analysis.sample import _vocab as vocab
from analysis.sample._tables import CATEGORIES, TEAMS, tables
from analysis.sample._worklog_plan import plan_worklogs

DEFAULT_END = date(2026, 11, 15)
DEFAULT_WEEKS = 52
MAX_TICKETS = 20_000_000
EPOCH = date(1970, 1, 1)
MINUTES_PER_DAY = 1440

PRIORITIES = ("Highest", "High", "Medium", "Low", "Lowest")
PRIORITY_SHARE = np.array([0.03, 0.15, 0.58, 0.19, 0.05])
SPIKE_PRIORITY_SHARE = np.array([0.15, 0.40, 0.35, 0.08, 0.02])
RESOLVE_MEDIAN_HOURS = np.array([6.0, 20.0, 60.0, 150.0, 300.0])
SPIKE_CATEGORIES = ("Networking", "Build pipeline", "Deployments", "Alerting", "Access")
WORK_HOURS = np.array([0.5, 1.0, 1.3, 1.2, 0.7, 0.9, 1.2, 1.1, 0.9, 0.5])  # 08:00 to 17:00
MAX_COMMENTS = 15


@dataclass(frozen=True)
class Plan:
    """Per-ticket numbers of one sample, sorted by creation time (minutes since 1970)."""

    seed: int
    start: date
    days: int
    export_minute: int
    created: np.ndarray
    category: np.ndarray
    story: np.ndarray
    owner: np.ndarray
    priority: np.ndarray
    team1: np.ndarray
    team2: np.ndarray
    other_labels: np.ndarray
    closed: np.ndarray
    duration: np.ndarray
    comments: np.ndarray
    components: np.ndarray
    watchers: np.ndarray
    sprints: np.ndarray
    worklogs: np.ndarray
    work_seconds: np.ndarray

    @property
    def tickets(self) -> int:
        """Number of tickets in the sample."""
        return len(self.created)

    @property
    def label_count(self) -> np.ndarray:
        """Labels on each ticket: its team labels plus the others."""
        return (self.team1 >= 0) + (self.team2 >= 0) + self.other_labels


def window(start: date | None, weeks: int | None) -> tuple[date, int]:
    """First day and number of days of the sample (default: 52 weeks ending DEFAULT_END)."""
    if weeks is not None and not 1 <= weeks <= 520:
        raise InputError(f"--weeks must be between 1 and 520, got {weeks}.")
    days = 7 * (weeks or DEFAULT_WEEKS)
    if start is None:
        start = DEFAULT_END - timedelta(days=days - 1)
    return start, days


def _day_weights(rng: np.random.Generator, start: date, days: int) -> tuple[np.ndarray, ...]:
    """Relative ticket volume per day (weekends, Christmas, summer, growth) and incident
    spikes: extra volume per day and the category it goes to."""
    dates = [start + timedelta(days=d) for d in range(days)]
    weekday = np.array([d.weekday() for d in dates])
    weights = np.where(weekday == 5, 0.12, np.where(weekday == 6, 0.08, 1.0))
    for i, day in enumerate(dates):
        if (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:
            weights[i] *= 0.15
        elif (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 3):
            weights[i] *= 0.4
        elif day.month == 8:
            weights[i] *= 0.85
    weights *= 1 + 0.25 * np.arange(days) / days
    boost = np.zeros(days)
    spike_category = np.full(days, -1)
    weekdays = np.flatnonzero(weekday < 5)
    spikes = rng.choice(weekdays, size=min(len(weekdays), max(1, days // 90)), replace=False)
    boost[spikes] = rng.uniform(2.0, 5.0, size=len(spikes))
    spike_category[spikes] = [CATEGORIES.index(c) for c in
                              rng.choice(SPIKE_CATEGORIES, size=len(spikes))]
    return weights * (1 + boost), boost, spike_category


def _created(rng: np.random.Generator, tickets: int, start: date,
             days: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Creation minute of every ticket (sorted) and the spike category forced on it, or -1."""
    weights, boost, spike_category = _day_weights(rng, start, days)
    per_day = rng.multinomial(tickets, weights / weights.sum())
    day = np.repeat(np.arange(days), per_day)
    office = rng.random(tickets) < 0.88
    hour = np.where(office, 8 + rng.choice(len(WORK_HOURS), size=tickets,
                                           p=WORK_HOURS / WORK_HOURS.sum()),
                    rng.integers(0, 24, size=tickets))
    minute = hour * 60 + rng.integers(0, 60, size=tickets)
    created = ((start - EPOCH).days + day) * MINUTES_PER_DAY + minute
    order = np.argsort(created, kind="stable")
    forced = rng.random(tickets) < boost[day] / (1 + boost[day])
    spike = np.where(forced, spike_category[day], -1)
    return created[order], spike[order], day[order]


def _categories(rng: np.random.Generator, day: np.ndarray, days: int,
                spike: np.ndarray) -> np.ndarray:
    """Macro category per ticket, drifting by each category's trend over the window."""
    base = np.array([w for w, _ in vocab.CATEGORY_WEIGHTS.values()])
    trend = np.array([t for _, t in vocab.CATEGORY_WEIGHTS.values()])
    category = np.empty(len(day), dtype=np.int16)
    week = day // 7
    bounds = np.searchsorted(week, np.arange(week.max() + 2 if len(week) else 1))
    for w in range(len(bounds) - 1):
        share = base * (1 + trend * (7 * w / days))
        size = bounds[w + 1] - bounds[w]
        category[bounds[w]:bounds[w + 1]] = rng.choice(len(base), size=size,
                                                       p=share / share.sum())
    return np.where(spike >= 0, spike, category).astype(np.int16)


def choose_rows(rng: np.random.Generator, probabilities: np.ndarray,
                rows: np.ndarray) -> np.ndarray:
    """Column index drawn from probabilities[row] for each row (rows of a small matrix)."""
    cumulative = probabilities.cumsum(axis=1)
    cumulative /= cumulative[:, -1:]
    draws = rng.random(len(rows))
    picked = (draws[:, None] > cumulative[rows]).sum(axis=1)
    return np.minimum(picked, probabilities.shape[1] - 1)


def _stories(rng: np.random.Generator, category: np.ndarray) -> np.ndarray:
    """Story index per ticket, drawn among its category's stories by their odds."""
    table = tables()
    below_one = rng.random(len(category)) * (1 - 1e-9)
    return np.searchsorted(table.story_thresholds, category + below_one, side="right")


def _teams(rng: np.random.Generator, owner: np.ndarray, day: np.ndarray,
           days: int) -> tuple[np.ndarray, np.ndarray]:
    """First and second platform team label per ticket (-1 when none): the story's owner,
    missing on tickets nobody labelled, and now and then a second team that helped."""
    count = len(owner)
    unlabelled = rng.random(count) < 0.17 - 0.08 * day / days
    team1 = np.where(unlabelled, -1, owner).astype(np.int16)
    second = (team1 >= 0) & (rng.random(count) < 0.04)
    other = (owner + 1 + rng.integers(0, len(TEAMS) - 1, size=count)) % len(TEAMS)
    return team1, np.where(second, other, -1).astype(np.int16)


def office_hours(rng: np.random.Generator, minutes: np.ndarray, share: float) -> np.ndarray:
    """Move a share of the moments that fall outside 08:00-18:00 on weekdays to a time within
    the next working day, as people mostly answer and close tickets at work."""
    day, minute = minutes // MINUTES_PER_DAY, minutes % MINUTES_PER_DAY
    morning = 8 * 60 + rng.integers(0, 600, size=minutes.shape)
    day = np.where(minute >= 18 * 60, day + 1, day)
    weekday = (day + 3) % 7
    day = np.where(weekday == 5, day + 2, np.where(weekday == 6, day + 1, day))
    late = (minute < 8 * 60) | (minute >= 18 * 60) | ((minutes // MINUTES_PER_DAY + 3) % 7 >= 5)
    moved = day * MINUTES_PER_DAY + morning
    return np.where(late & (rng.random(minutes.shape) < share), moved, minutes)


def _outcome(rng: np.random.Generator, priority: np.ndarray, created: np.ndarray,
             export_minute: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Whether each ticket is closed by export time, in how many minutes, and comment count."""
    count = len(priority)
    median = RESOLVE_MEDIAN_HOURS[priority] * 60
    duration = np.maximum(5, rng.lognormal(np.log(median), 1.3)).astype(np.int64)
    closing = office_hours(rng, created + duration, 0.9)
    stale = rng.random(count) < 0.05
    closed = ~stale & (closing <= export_minute)
    duration = closing - created
    age_hours = np.where(closed, duration, export_minute - created) / 60
    talk = 0.5 + 0.3 * np.log1p(age_hours)
    comments = np.where(closed, 1, 0) + rng.poisson(talk)
    comments = np.where(closed & (rng.random(count) < 0.05), 0, comments)
    return closed, duration, np.minimum(comments, MAX_COMMENTS).astype(np.int16)


def build_plan(tickets: int, seed: int, start: date | None, weeks: int | None,
               time_tracking: bool = True) -> Plan:
    """The skeleton of a sample; same arguments give the same arrays; without
    `time_tracking` no ticket logs work."""
    if not 1 <= tickets <= MAX_TICKETS:
        raise InputError(f"--tickets must be between 1 and {MAX_TICKETS:,}, got {tickets}.")
    if seed < 0:
        raise InputError(f"--seed must be zero or a positive integer, got {seed}.")
    start, days = window(start, weeks)
    rng = np.random.default_rng(np.random.SeedSequence([seed, 0]))
    created, spike, day = _created(rng, tickets, start, days)
    export_minute = ((start - EPOCH).days + days) * MINUTES_PER_DAY - 1
    category = _categories(rng, day, days, spike)
    priority_share = np.stack([PRIORITY_SHARE, SPIKE_PRIORITY_SHARE])
    priority = choose_rows(rng, priority_share, (spike >= 0).astype(np.int8)).astype(np.int8)
    story = _stories(rng, category)
    owner = tables().story_owner[story].astype(np.int16)
    team1, team2 = _teams(rng, owner, day, days)
    closed, duration, comments = _outcome(rng, priority, created, export_minute)
    worklogs, work_seconds = plan_worklogs(seed, priority, closed, duration, comments,
                                           time_tracking)
    return Plan(
        seed=seed, start=start, days=days, export_minute=export_minute, created=created,
        category=category, story=story, owner=owner, priority=priority, team1=team1, team2=team2,
        other_labels=rng.choice(4, size=tickets, p=[0.55, 0.30, 0.12, 0.03]).astype(np.int8),
        closed=closed, duration=duration, comments=comments,
        components=rng.choice(3, size=tickets, p=[0.25, 0.68, 0.07]).astype(np.int8),
        watchers=(1 + (rng.random(tickets) < 0.85) + (rng.random(tickets) < 0.25)).astype(
            np.int8),
        sprints=rng.choice(4, size=tickets, p=[0.70, 0.22, 0.06, 0.02]).astype(np.int8),
        worklogs=worklogs, work_seconds=work_seconds,
    )
