"""Who changed which ticket when: the (at, by, key, op) label lines of a journal, for progress."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from analysis.journal._format import HEADER, OPS, check_header, parse_lines, split_torn_tail
from analysis.journal._replay import parse_frame

ACTIVITY_SCHEMA = {"at": pl.String, "by": pl.String, "key": pl.String, "op": pl.String}


def journal_activity(path: str | Path) -> pl.DataFrame:
    """(at, by, key, op) of every well-formed label line of a journal (theme flags left out);
    empty when it does not exist."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        return pl.DataFrame(schema=ACTIVITY_SCHEMA)
    body, _ = split_torn_tail(data[check_header(data, path):], path)
    frame = parse_frame(body)
    if frame is None:
        entries, _ = parse_lines(body, path, first_line=HEADER.count("\n") + 1)
        rows = [(e.at, e.by, e.key, e.op) for e in entries if e.op in OPS]
        return pl.DataFrame(rows, schema=ACTIVITY_SCHEMA, orient="row")
    return frame.select(list(ACTIVITY_SCHEMA)).filter(pl.col("op").is_in(list(OPS)))
