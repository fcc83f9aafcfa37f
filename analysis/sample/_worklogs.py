"""The `Log Work`, `Time Spent` and `Σ Time Spent` cells of sample tickets, drawn from a random
stream of their own so every other cell of a board is the same with or without them."""

from __future__ import annotations

import numpy as np
import polars as pl

from analysis.sample._render import jira_dates, keep_where, take
from analysis.sample._worklog_plan import QUARTER_HOUR, WORKLOG_NOTES


def render_worklogs(seed: int, start: int, entries: np.ndarray, seconds: np.ndarray,
                    first_touch: np.ndarray, end: np.ndarray, authors: tuple[np.ndarray, ...],
                    author_ids: tuple[str, ...], width: int) -> dict[str, pl.Series]:
    """The `Log Work#j` cells (`note;date;author id;seconds`) and Time Spent, Σ Time Spent."""
    if width == 0:
        return {}
    rng = np.random.default_rng(np.random.SeedSequence([seed, 3, start]))
    count = len(entries)
    quarters = seconds // QUARTER_HOUR
    weights = rng.random((count, width)) + 0.2
    weights[np.arange(width)[None, :] >= entries[:, None]] = 0
    split = np.floor(weights / np.maximum(weights.sum(axis=1, keepdims=True), 1e-9)
                     * np.maximum(quarters - entries, 0)[:, None]).astype(np.int64)
    used = np.arange(width)[None, :] < entries[:, None]
    split = np.where(used, split + 1, 0)
    split[:, 0] += np.where(entries > 0, quarters - split.sum(axis=1), 0)
    moments = np.sort(rng.random((count, width)), axis=1)
    at = first_touch[:, None] + (moments * np.maximum(end - first_touch, 0)[:, None])
    engineer, colleague = authors
    cells: dict[str, pl.Series] = {}
    for j in range(width):
        note = take(WORKLOG_NOTES, rng.integers(0, len(WORKLOG_NOTES), count))
        who = np.where((j > 0) & (rng.random(count) < 0.3), colleague, engineer)
        parts = [note, pl.lit(";"), jira_dates(at[:, j]), pl.lit(";"), take(author_ids, who),
                 pl.lit(";"), pl.Series(split[:, j] * QUARTER_HOUR).cast(pl.String)]
        cells[f"Log Work#{j}"] = keep_where(used[:, j],
                                            pl.select(pl.concat_str(parts)).to_series())
    spent = keep_where(entries > 0, pl.Series(seconds).cast(pl.String))
    return {**cells, "Time Spent": spent, "Σ Time Spent": spent}
