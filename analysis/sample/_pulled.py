"""Sample boards as `supp-tui pull` writes them: the same tickets the CSV writer gives for the
same seed and arguments, one Jira issue per line (Cloud v3 with ADF bodies, or Data Center v2
with strings), with a status changelog, and the pull record beside them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from analysis.atomic import atomic_output
from analysis.errors import InputError
from analysis.sample._people import people
from analysis.sample._plan import build_plan
from analysis.sample._pulled_issue import CATEGORY_KEYS, STATUS_CATEGORY, IssueMaker
from analysis.sample._render import Layout
from analysis.sample._writer import SampleReport, _check_target, _frames, export_header

SITES = {"cloud": "https://example.atlassian.net", "server": "https://jira.example.com"}
FIRST_CUSTOM_FIELD = 10000


def write_pulled(path: str | Path, tickets: int = 5000, seed: int = 7, *, api: str = "cloud",
                 start: date | None = None, weeks: int | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 time_tracking: bool = True) -> SampleReport:
    """Write a pulled board (`.jsonl`) and its pull record atomically and say what it holds;
    `progress(done, total)` is called with the tickets written after each chunk."""
    if api not in SITES:
        raise InputError(f"Unknown API {api!r} for a pulled sample; use cloud or server.")
    target = Path(path)
    _check_target(target)
    plan = build_plan(tickets, seed, start, weeks, time_tracking)
    layout = Layout.of(plan)
    header = export_header(layout)
    fields = _custom_fields(header)
    cast = people()
    names = dict(zip(cast.reporter_ids + cast.engineer_ids,
                     cast.reporter_names + cast.engineer_names, strict=True))
    maker = IssueMaker(api, SITES[api], names, fields, seed)
    closed = done = 0
    last_updated = ""
    with atomic_output(target) as out:
        for frame in _frames(plan, layout):
            closed += int(frame["_closed"].sum())
            lines = []
            for row in frame.iter_rows(named=True):
                issue = maker.issue(row, header)
                last_updated = max(last_updated, issue["fields"]["updated"])
                lines.append(json.dumps(issue, ensure_ascii=False, separators=(",", ":")))
            out.write(("\n".join(lines) + "\n").encode("utf-8"))
            done += frame.height
            if progress:
                progress(done, plan.tickets)
    last_day = plan.start + timedelta(days=plan.days - 1)
    _write_record(target, {
        "site": SITES[api], "api": api, "jql": "project = SUPP ORDER BY key",
        "pulled_at": f"{last_day.isoformat()}T23:59:00.000+0000",
        "last_updated": last_updated or None, "names": fields,
        "statuses": {name: {"key": CATEGORY_KEYS[category], "name": category}
                     for name, category in STATUS_CATEGORY.items()},
        "version": 1,
    })
    return SampleReport(target, plan.tickets, closed, len(header), plan.start, last_day,
                        target.stat().st_size)


def _write_record(board: Path, record: dict[str, object]) -> None:
    """The pull record beside the board, in the format `analysis.jira.load_pull_record` reads
    (sample sits beside jira in the layers, so it cannot call `save_pull_record`)."""
    text = json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    with atomic_output(board.with_name(board.name + ".pull.json")) as stream:
        stream.write(text.encode("utf-8"))


def _custom_fields(header: list[tuple[str, str]]) -> dict[str, str]:
    """Field id -> name of every custom field the CSV header has (Sprint among them)."""
    found = sorted({name[len("Custom field ("):-1] for name, _ in header
                    if name.startswith("Custom field (")} | {"Sprint"})
    return {f"customfield_{FIRST_CUSTOM_FIELD + n}": name for n, name in enumerate(found)}
