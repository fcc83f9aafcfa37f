"""Pulling again: the JQL that asks only for issues updated since the last pull, and the merge
of those issues into the board already pulled (by key, the newest `updated` wins)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

# JQL reads dates in the Jira user's own time zone (up to 14 hours from UTC), and `updated` is
# kept to the minute: a day of margin fetches a few issues twice and never misses one.
SAFETY_MARGIN = timedelta(days=1)
_ORDER_BY = re.compile(r"\border\s+by\b", re.IGNORECASE)


@dataclass(frozen=True)
class Merged:
    """The board after a pull and how its issues compare with the board before it."""

    issues: list[dict[str, Any]]
    new: int
    changed: int
    unchanged: int


def updated_since_jql(jql: str, last_updated: str) -> str:
    """`(jql) AND updated >= "yyyy/MM/dd HH:mm"`, a margin before `last_updated`, with the
    user's ORDER BY moved to the end."""
    since = parse_updated(last_updated)
    if since is None:
        return jql
    moment = (since.astimezone(UTC) - SAFETY_MARGIN).strftime("%Y/%m/%d %H:%M")
    where, order = split_order_by(jql)
    condition = f'updated >= "{moment}"'
    query = f"({where}) AND {condition}" if where else condition
    return f"{query} {order}" if order else query


def split_order_by(jql: str) -> tuple[str, str]:
    """(the query, its `ORDER BY ...` clause or '') split at an ORDER BY outside quotes."""
    for found in reversed(list(_ORDER_BY.finditer(jql))):
        before = jql[:found.start()]
        if before.count('"') % 2 == 0 and before.count("'") % 2 == 0:
            return before.strip(), jql[found.start():].strip()
    return jql.strip(), ""


def parse_updated(text: Any) -> datetime | None:
    """An issue's `updated` (`2026-11-20T10:32:00.000+0000`) as an aware datetime, or None."""
    if not isinstance(text, str):
        return None
    value = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text.strip()).replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def newest_updated(issues: list[dict[str, Any]]) -> str | None:
    """The newest `updated` among `issues`, as Jira wrote it."""
    dated = [(moment, _updated(issue)) for issue in issues
             if (moment := parse_updated(_updated(issue))) is not None]
    return str(max(dated)[1]) if dated else None


def merge_issues(before: list[dict[str, Any]], fetched: list[dict[str, Any]], *,
                 replace: bool = False) -> Merged:
    """`fetched` merged into `before` by key, the newest `updated` winning; with `replace`
    the board becomes `fetched` alone (counted against `before` all the same)."""
    board = {str(issue.get("key")): issue for issue in before}
    old_keys = set(board)
    new = changed = 0
    result = {} if replace else dict(board)
    taken: set[str] = set()
    for issue in fetched:
        key = str(issue.get("key"))
        if key in taken:  # a search that pages while issues change can return one twice
            result[key] = issue if _is_newer(issue, result[key]) else result[key]
            continue
        taken.add(key)
        old = board.get(key)
        if old is None:
            new += 1
        elif _is_newer(issue, old):
            changed += 1
        elif not replace:
            continue
        result[key] = issue
    unchanged = len(old_keys & set(result)) - changed
    return Merged(list(result.values()), new, changed, unchanged)


def _is_newer(issue: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether `issue` was updated after `old` (an issue without a date is never newer)."""
    ours, theirs = parse_updated(_updated(issue)), parse_updated(_updated(old))
    return ours is not None and (theirs is None or ours > theirs)


def _updated(issue: dict[str, Any]) -> Any:
    fields = issue.get("fields")
    return fields.get("updated") if isinstance(fields, dict) else None
