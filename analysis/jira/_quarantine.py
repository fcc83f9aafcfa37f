"""Keep the useful tickets of a board in a new CSV whose records are the original bytes.

A ticket is useful when it has a key, a parseable Created date and a team (its effective team
when the caller joins the label journal), and it is the most recently updated row of its key
(the first of equals). The output has the input's header line and each kept record exactly as
it was written, so it is still a Jira export. A pulled board (`.jsonl`) gives JSON lines: each
kept issue's line as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import polars as pl

from analysis.atomic import atomic_output, ensure_output_file_folder
from analysis.errors import InputError
from analysis.jira._pull_record import load_pull_record, pull_record_path, save_pull_record
from analysis.jira._pulled import is_pulled
from analysis.jira._reader import ExportFile, latest_rows, read_export

if TYPE_CHECKING:
    import numpy as np

    from analysis.framework import Framework
    from analysis.jira._records import RecordSpans

NO_KEY, DUPLICATE, BAD_CREATED, NO_TEAM = "no key", "duplicate", "unparseable Created", "no team"
REASONS = (NO_KEY, DUPLICATE, BAD_CREATED, NO_TEAM)
NO_TEAM_ROW = "(no team)"


@dataclass(frozen=True, eq=False)
class Quarantine:
    """What was kept and why the rest was left out, one row per record read."""

    tickets: pl.DataFrame
    files: tuple[ExportFile, ...]
    output: Path
    warnings: tuple[str, ...] = ()

    @property
    def kept(self) -> int:
        return int(self.tickets.get_column("reason").is_null().sum())

    @property
    def left_out(self) -> dict[str, int]:
        """Tickets left out per reason, in REASONS order, zero counts included."""
        counts = self.tickets.get_column("reason").drop_nulls().value_counts()
        found = dict(zip(counts["reason"].to_list(), counts["count"].to_list(), strict=True))
        return {reason: int(found.get(reason, 0)) for reason in REASONS}

    def per_team(self) -> pl.DataFrame:
        """One row per team (a ticket with two teams counts for each): kept and each reason."""
        return counts_per_team(self.tickets)


def classify(tickets: pl.DataFrame) -> pl.DataFrame:
    """key, team, source_file, source_record and reason (null when the ticket is kept)."""
    latest = latest_rows(tickets)
    return tickets.select(
        "key", "team", "source_file", "source_record",
        pl.when(pl.col("key").is_null()).then(pl.lit(NO_KEY))
        .when(~pl.lit(latest)).then(pl.lit(DUPLICATE))
        .when(pl.col("created").is_null()).then(pl.lit(BAD_CREATED))
        .when(pl.col("team").list.len() == 0).then(pl.lit(NO_TEAM))
        .alias("reason"),
    )


def counts_per_team(classified: pl.DataFrame) -> pl.DataFrame:
    """Counts of kept tickets and of each reason, per team, teams sorted by kept then name."""
    long = (
        classified.select(
            pl.col("team").list.first().is_null().alias("_none"), "team",
            pl.col("reason").fill_null("kept"),
        )
        .with_columns(
            pl.when(pl.col("_none")).then(pl.lit([NO_TEAM_ROW])).otherwise("team").alias("team")
        )
        .explode("team")
        .group_by("team", "reason").len()
    )
    columns = ("kept", *REASONS)
    wide = long.pivot(on="reason", index="team", values="len", on_columns=list(columns))
    for name in columns:
        if name not in wide.columns:
            wide = wide.with_columns(pl.lit(0, dtype=pl.UInt32).alias(name))
    return (
        wide.select("team", *[pl.col(name).fill_null(0) for name in columns])
        .sort(["kept", "team"], descending=[True, False])
    )


def quarantine(
    paths: Sequence[str | Path], output: str | Path, framework: Framework | None = None,
    team_field: str | None = None,
    effective_teams: Callable[[pl.DataFrame], pl.DataFrame] | None = None,
) -> Quarantine:
    """Classify every record of the exports and write the useful ones to `output` atomically.

    `effective_teams` turns the ticket frame into one whose `team` is each ticket's effective
    team (the journal's labels joined by metrics); without it the export's team decides.
    """
    output = Path(output)
    export = read_export(paths, framework, team_field, dedupe=False)
    _check_output(output, export.files)
    _check_same_header(export.files)
    tickets = export.tickets if effective_teams is None else effective_teams(export.tickets)
    classified = classify(tickets)
    kept = classified.filter(pl.col("reason").is_null())
    ensure_output_file_folder(output)
    with atomic_output(output, fsync=True) as handle:
        _copy_records(handle, export.files, kept)
    warnings = list(export.warnings)
    _keep_pull_record(export.files, output, warnings)
    folders = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    for folder in (f for f in folders if f.is_dir()):
        if output.resolve().parent == folder.resolve():
            warnings.append(
                f"{output} is inside {folder}, which was read as a folder of exports; move it "
                f"out, or the next read of {folder} will include it."
            )
    return Quarantine(classified, export.files, output, tuple(warnings))


def _keep_pull_record(files: Sequence[ExportFile], output: Path, warnings: list[str]) -> None:
    """Copy a pulled board's pull record beside the output, so field names stay readable."""
    record = load_pull_record(files[0].path) if is_pulled(files[0].path) else None
    if record is None:
        return
    target = pull_record_path(output)
    if target.exists():
        warnings.append(f"{target} already exists, so it was left as it is; it names the "
                        f"fields of {output} only if it came from the same pull.")
        return
    save_pull_record(output, record)


def _check_output(output: Path, files: Sequence[ExportFile]) -> None:
    """Refuse to write over an input export or into a folder."""
    if output.is_dir():
        raise InputError(f"{output} is a folder; give the path of the CSV file to write with -o.")
    target = output.resolve()
    for file in files:
        if file.path.resolve() == target or (output.exists() and output.samefile(file.path)):
            raise InputError(
                f"{output} is one of the exports being read; write the useful tickets to a new "
                f"file, e.g. -o {file.path.with_name(file.path.stem + '-useful' + file.path.suffix)}."
            )


def _check_same_header(files: Sequence[ExportFile]) -> None:
    """Records can only share one output file when every input has the same header (pulled
    boards have none: any number of them share one JSON lines file)."""
    first = files[0]
    pulled = [is_pulled(file.path) for file in files]
    if any(pulled) and not all(pulled):
        raise InputError(
            f"{files[pulled.index(True)].path} is a pulled board (JSON lines) and "
            f"{files[pulled.index(False)].path} a CSV export, so their records cannot be copied "
            f"into one file; quarantine each on its own (one -o file each)."
        )
    for other in files[1:] if not any(pulled) else ():
        if other.header != first.header or other.encoding != first.encoding:
            what = "header line" if other.header != first.header else "text encoding"
            raise InputError(
                f"{first.path} and {other.path} have a different {what}, so their records "
                f"cannot be copied unchanged into one CSV; quarantine each export on its own "
                f"(one -o file per export), or export them from Jira with the same columns."
            )


def _copy_records(handle: BinaryIO, files: Sequence[ExportFile], kept: pl.DataFrame) -> None:
    """Write the first file's header, then each file's kept records as their original bytes.

    Files are scanned and copied in bounded chunks, never held in memory whole. The record
    scanner (and numpy with it) loads here, not when the package does: every other command
    would pay its start-up time.
    """
    from analysis.jira._records import file_record_spans, line_ending, read_range

    for number, file in enumerate(files):
        records = kept.filter(pl.col("source_file") == str(file.path)).get_column("source_record")
        if is_pulled(file.path):
            _copy_lines(handle, file.path, set(records.to_list()))
            continue
        spans = file_record_spans(file.path)
        if spans.records != file.records:
            raise InputError(
                f"{file.path} has quoting that cannot be split into records reliably "
                f"({spans.records} records found by quotes and line ends, {file.records} read); "
                f"export it again from Jira."
            )
        with file.path.open("rb") as source:
            if number == 0:
                header = read_range(source, *spans.header)
                handle.write(header)
                ending = line_ending(header)
            _write_runs(handle, source, spans, records.to_numpy(), ending)


def _copy_lines(handle: BinaryIO, path: Path, lines: set[int]) -> None:
    """Write the chosen 0-based lines of a JSON lines file as they are, each ending in LF."""
    with path.open("rb") as source:
        for number, line in enumerate(source):
            if number in lines:
                handle.write(line if line.endswith(b"\n") else line + b"\n")


def _write_runs(handle: BinaryIO, source: BinaryIO, spans: RecordSpans, records: np.ndarray,
                ending: bytes) -> None:
    """Write the chosen records, joining consecutive ones into one copied range each."""
    import numpy as np

    from analysis.jira._records import copy_range, read_range

    if len(records) == 0:
        return
    records = np.sort(records.astype(np.int64))
    breaks = np.flatnonzero(np.diff(records) != 1) + 1
    run_first = records[np.concatenate(([0], breaks))]
    run_last = records[np.concatenate((breaks - 1, [len(records) - 1]))]
    for first, last in zip(run_first, run_last, strict=True):
        copy_range(source, handle, int(spans.starts[first]), int(spans.ends[last]))
    end = int(spans.ends[run_last[-1]])
    if read_range(source, end - 1, end) != b"\n":
        handle.write(ending)
