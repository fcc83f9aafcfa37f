"""How much work each sample ticket logs: entries and total seconds, from a random stream of
its own so the board's other cells are the same with or without time tracking."""

from __future__ import annotations

import numpy as np

# Median hours of work per ticket by priority (Highest ... Lowest); incidents take longest.
WORK_MEDIAN_HOURS = np.array([6.0, 3.0, 1.5, 1.0, 0.75])
LOGGED_SHARE_CLOSED = 0.65
LOGGED_SHARE_OPEN = 0.35
MAX_WORKLOGS = 4
QUARTER_HOUR = 900
WORKLOG_NOTES = ("Investigating", "Reproduced the problem", "Checked the logs",
                 "Call with the reporter", "Applied the fix", "Wrote up the resolution")


def plan_worklogs(seed: int, priority: np.ndarray, closed: np.ndarray, duration: np.ndarray,
                  comments: np.ndarray, time_tracking: bool) -> tuple[np.ndarray, np.ndarray]:
    """Work-log entries per ticket (0 when it logged none) and the total seconds it logged:
    higher priorities and longer, busier tickets log more."""
    count = len(priority)
    if not time_tracking:
        return np.zeros(count, dtype=np.int8), np.zeros(count, dtype=np.int64)
    rng = np.random.default_rng(np.random.SeedSequence([seed, 2]))
    share = np.where(closed, LOGGED_SHARE_CLOSED, np.where(comments > 0, LOGGED_SHARE_OPEN, 0))
    logged = rng.random(count) < share
    days = np.maximum(duration, 0) / 1440
    median = WORK_MEDIAN_HOURS[priority] * (1 + 0.3 * np.log1p(days)) * (1 + 0.1 * comments)
    hours = rng.lognormal(np.log(median), 0.8)
    entries = np.minimum(1 + rng.poisson(comments / 3), MAX_WORKLOGS)
    seconds = np.maximum(entries, np.round(hours * 4)).astype(np.int64) * QUARTER_HOUR
    return np.where(logged, entries, 0).astype(np.int8), np.where(logged, seconds, 0)
