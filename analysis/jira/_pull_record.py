"""The record `supp-tui pull` keeps beside a pulled board (`supp.jsonl.pull.json`): the site
and API it used, the JQL, when it last pulled, and the field names and status categories the
issues' JSON does not carry itself."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from analysis.atomic import atomic_output
from analysis.errors import InputError

RECORD_SUFFIX = ".pull.json"
RECORD_VERSION = 1


@dataclass(frozen=True)
class PullRecord:
    """What a pull used and learnt besides the issues themselves.

    `names` maps field ids to the names Jira shows (`customfield_10010` -> `Team Name`);
    `statuses` maps a status name to its category's `{"key": "done", "name": "Done"}`;
    `last_updated` is the newest `updated` of the pulled issues, as Jira wrote it.
    """

    site: str
    api: str
    jql: str
    pulled_at: str
    last_updated: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, dict[str, str]] = field(default_factory=dict)
    version: int = RECORD_VERSION


def pull_record_path(board: str | Path) -> Path:
    """Where the pull record of a pulled board lives: beside it, `<board>.pull.json`."""
    board = Path(board)
    return board.with_name(board.name + RECORD_SUFFIX)


def load_pull_record(board: str | Path) -> PullRecord | None:
    """The pull record beside `board`, or None when there is none."""
    path = pull_record_path(board)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return PullRecord(
            site=str(data["site"]), api=str(data["api"]), jql=str(data["jql"]),
            pulled_at=str(data["pulled_at"]), last_updated=data.get("last_updated"),
            names={str(k): str(v) for k, v in (data.get("names") or {}).items()},
            statuses={str(k): {str(a): str(b) for a, b in v.items()}
                      for k, v in (data.get("statuses") or {}).items()},
            version=int(data.get("version", RECORD_VERSION)),
        )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise InputError(
            f"{path} is not a pull record supp-tui can read; delete it and run `supp-tui pull` "
            f"again with the same -o (it then pulls every issue again)."
        ) from None


def save_pull_record(board: str | Path, record: PullRecord) -> Path:
    """Write the pull record beside `board` atomically; returns its path."""
    path = pull_record_path(board)
    text = json.dumps(asdict(record), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    with atomic_output(path) as stream:
        stream.write(text.encode("utf-8"))
    return path
