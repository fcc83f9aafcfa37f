"""Fields of a Jira "all fields" export found by the fixed column order Jira writes them in.

Jira writes Summary, Issue key, Issue id, Issue Type, Status, Project key, ..., Priority,
Resolution, Assignee, Reporter, Creator (each person with an Id column on Cloud), Created,
Updated, Last Viewed, Resolved, ..., Votes, Labels, Description, ..., Status Category, Status
Category Changed, ..., Comment in every language; each step is confirmed by the values' kind.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from analysis.jira._profile import KEY, MOSTLY, Group, Profile, share

_TEXT = ("text", "token")
_PERSON = ("text", "token", "empty")
_DATE_OR_EMPTY = ("date", "empty")
_MOSTLY_FILLED = 0.9
_PROJECT_SEARCH = 6
_MAX_CATEGORIES = 3


def structural_fields(profile: Profile, known: Mapping[str, int]) -> dict[str, int]:
    """Canonical field -> column position, for every field the order and values show.

    Nothing is placed unless the issue key is followed by a numeric Issue id, as in every
    all-fields export; `known` holds positions already placed by name, which anchor the rules.
    """
    key = known.get("key", _key_column(profile))
    if key is None or not profile.single(key + 1, "number"):
        return {}
    found = {"key": key}
    if profile.single(key - 1, *_TEXT):
        found["summary"] = key - 1
    project = _project_column(profile, key)
    if project is not None and project - 2 > key and all(
        profile.single(project - step, *_TEXT) for step in (1, 2)
    ):
        found.update(status=project - 1, issue_type=project - 2)
    floor = project if project is not None else key
    created = known.get("created", _created_column(profile, floor))
    if created is None:
        return found
    found["created"] = created
    found.update(_dates_after(profile, created))
    found.update(_people_before(profile, created, floor))
    after = found.get("resolved", created + 1)
    status = known.get("status", found.get("status"))
    if status is not None:
        found.update(_status_category(profile, status, after))
    found.update(_repeated(profile, after))
    return found


def _key_column(profile: Profile) -> int | None:
    """The leftmost header of its own whose values are all issue keys, one per row."""
    for group in profile.groups:
        if group.repeated or group.kind != "key" or group.filled < _MOSTLY_FILLED:
            continue
        column = profile.cells.get_column(f"_{group.first}").str.strip_chars()
        keys = column.filter(column.is_not_null() & (column != ""))
        if keys.n_unique() == keys.len() and keys.str.contains(KEY).all():
            return group.first
    return None


def _project_column(profile: Profile, key: int) -> int | None:
    """The Project key column: just after the key, holding each key's project prefix."""
    prefix = profile.sample.get_column(f"_{key}").str.strip_chars().str.extract(r"^(.+)-[0-9]+$")
    for position in range(key + 1, key + 1 + _PROJECT_SEARCH):
        if not profile.single(position, "token"):
            continue
        same = profile.sample.get_column(f"_{position}").str.strip_chars() == prefix
        if share(same) >= MOSTLY:
            return position
    return None


def _created_column(profile: Profile, after: int) -> int | None:
    """Created: the first filled date column past `after` that Updated, a date, follows."""
    for group in sorted(profile.groups, key=lambda g: g.first):
        start = group.first
        if start <= after or group.filled < _MOSTLY_FILLED:
            continue
        if profile.single(start, "date") and profile.single(start + 1, "date"):
            return start
    return None


def _dates_after(profile: Profile, created: int) -> dict[str, int]:
    """Updated right after Created, then Resolved after Last Viewed (either may be empty)."""
    if not profile.single(created + 1, *_DATE_OR_EMPTY):
        return {}
    found = {"updated": created + 1}
    if profile.single(created + 2, *_DATE_OR_EMPTY):
        last = 3 if profile.single(created + 3, *_DATE_OR_EMPTY) else 2
        found["resolved"] = created + last
    return found


def _people_before(profile: Profile, created: int, floor: int) -> dict[str, int]:
    """Creator, Reporter and Assignee (with Id columns when Cloud writes them), then
    Resolution and Priority, walking left from Created."""
    with_ids = profile.single(created - 1, "account")
    position, found = created - 1, {}
    for role in ("creator", "reporter", "assignee"):
        if with_ids:
            if not profile.single(position, "account", "empty"):
                return {}
            found[f"{role}_id"] = position
            position -= 1
        if position <= floor or not profile.single(position, *_PERSON):
            return {}
        found[role] = position
        position -= 1
    if position - 1 > floor and all(profile.single(position - s, *_PERSON) for s in (0, 1)):
        found.update(resolution=position, priority=position - 1)
    return {field: at for field, at in found.items() if field in _PEOPLE_FIELDS}


_PEOPLE_FIELDS = ("reporter", "reporter_id", "assignee", "resolution", "priority")


def _status_category(profile: Profile, status: int, after: int) -> dict[str, int]:
    """Status Category: the last few-valued column past `after` that each status decides,
    followed by its change date."""
    found: dict[str, int] = {}
    for group in profile.groups:
        start = group.first
        if start <= after or not profile.single(start, *_TEXT) or group.filled < _MOSTLY_FILLED:
            continue
        if group.distinct > _MAX_CATEGORIES or not profile.single(start + 1, *_DATE_OR_EMPTY):
            continue
        if _decided_by(profile, status, start):
            found = {"status_category": start, "status_category_changed": start + 1}
    return found


def _decided_by(profile: Profile, status: int, position: int) -> bool:
    """Whether every status value has one value in the column at `position`."""
    pairs = profile.sample.select(status=pl.col(f"_{status}"), value=pl.col(f"_{position}"))
    counts = pairs.group_by("status").agg(pl.col("value").n_unique())
    return bool(counts.is_empty() or counts.get_column("value").max() == 1)


def _repeated(profile: Profile, after: int) -> dict[str, int]:
    """Comments (the last `date;author;body` header) and Labels (short tokens after Votes, or
    repeated ones), then Description and Components around Labels."""
    later = [group for group in profile.groups if group.first > after]
    found: dict[str, int] = {}
    comments = [group for group in later if group.kind == "comment"]
    if comments:
        found["comments"] = comments[-1].first
    tokens = [group for group in later
              if group.kind == "token" and (group.repeated or _after_votes(profile, group))]
    labels = _labels(profile, tokens)
    if labels is not None:
        found["labels"] = labels.first
        if profile.single(labels.positions[-1] + 1, "text", "token"):
            found["description"] = labels.positions[-1] + 1
        components = _components(profile, labels, after)
        if components is not None:
            found["components"] = components
    return found


def _components(profile: Profile, labels: Group, after: int) -> int | None:
    """Components: the header just before Due date (a date) and Votes (a number), which
    precede Labels."""
    due = labels.first - 2
    if not _after_votes(profile, labels):
        return None
    group = profile.at.get(due - 1)
    if group is None or group.first <= after or group.kind not in ("text", "token", "empty"):
        return None
    return group.first


def _after_votes(profile: Profile, group: Group) -> bool:
    """Whether Due date (a date) and Votes (a number) come just before `group`, as before
    Labels."""
    return (profile.kind(group.first - 1) == "number"
            and profile.single(group.first - 2, *_DATE_OR_EMPTY))


def _labels(profile: Profile, tokens: list[Group]) -> Group | None:
    """The token group after Due date and Votes, else the first repeated one."""
    after_votes = [group for group in tokens if _after_votes(profile, group)]
    chosen = after_votes or tokens
    return chosen[0] if chosen else None
