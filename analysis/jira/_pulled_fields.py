"""One issue of a pulled board as the cells a Jira CSV export would give it: each field under
its CSV header (`Issue key`, `Labels` repeated, `Comment` as `date;author;body`, custom fields as
`Custom field (NAME)`), so pulled boards and exports go through the same typing pipeline."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from analysis.jira._adf import adf_text

Cells = dict[str, list[str]]
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:?\d\d|Z)?")

# System fields holding a person: the CSV header of the name (its id is `<header> Id`).
_PEOPLE = {"reporter": "Reporter", "assignee": "Assignee", "creator": "Creator"}
_DATES = {"created": "Created", "updated": "Updated", "resolutiondate": "Resolved",
          "lastViewed": "Last Viewed", "statuscategorychangedate": "Status Category Changed"}
_NAMED = {"issuetype": "Issue Type", "priority": "Priority", "resolution": "Resolution",
          "security": "Security Level"}
_LISTS = {"labels": "Labels", "components": "Component/s", "fixVersions": "Fix Version/s",
          "versions": "Affects Version/s"}
_NUMBERS = {"timeoriginalestimate": "Original Estimate", "timeestimate": "Remaining Estimate",
            "timespent": "Time Spent", "workratio": "Work Ratio",
            "aggregatetimeoriginalestimate": "Σ Original Estimate",
            "aggregatetimeestimate": "Σ Remaining Estimate",
            "aggregatetimespent": "Σ Time Spent"}
# Custom fields Jira's CSV export heads by their bare name.
_BARE_CUSTOM = frozenset({"Sprint"})
_TEXTS = {"summary": "Summary", "description": "Description", "environment": "Environment",
          "duedate": "Due date"}

_SYSTEM = {**_DATES, **_NAMED, **_LISTS, **_NUMBERS, **_TEXTS}
# How each known system field becomes cells; other system fields are left out.
_KINDS = {
    **dict.fromkeys(_DATES, "date"), **dict.fromkeys((*_NAMED, *_NUMBERS, *_TEXTS), "one"),
    **dict.fromkeys(_LISTS, "many"),
    **dict.fromkeys((*_PEOPLE, "status", "comment", "worklog", "project", "parent", "votes"),
                    "object"),
}


def jira_time(value: Any) -> str | None:
    """A Jira timestamp (`2026-01-17T10:32:00.000+0000`) as the wall-clock time Jira wrote,
    `2026-01-17 10:32:00`; a date alone stays as it is."""
    if not isinstance(value, str) or not value:
        return None
    return value[:19].replace("T", " ")


def display(value: Any) -> list[str]:
    """The texts a field value shows: options by value, people by name, lists one per item."""
    if type(value) is str:
        return [(jira_time(value) or value) if _looks_timed(value) else value] if value else []
    if value is None or value == []:
        return []
    if isinstance(value, list):
        return [text for item in value for text in display(item)]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, float) and value.is_integer():
        return [str(int(value))]
    if isinstance(value, (int, float)):
        return [str(value)]
    if isinstance(value, dict):
        if value.get("type") == "doc":
            return [adf_text(value)]
        for name in ("value", "displayName", "name", "key"):
            if isinstance(value.get(name), (str, int, float)):
                child = value.get("child")
                shown = str(value[name])
                return [f"{shown} - {display(child)[0]}" if display(child) else shown]
        return [json.dumps(value, ensure_ascii=False, sort_keys=True)]
    return [str(value)]


def _looks_timed(text: str) -> bool:
    """True for a Jira timestamp such as `2026-01-17T10:32:00.000+0000`."""
    return len(text) >= 19 and text[10] == "T" and _TIMESTAMP.fullmatch(text) is not None


def person_id(person: dict[str, Any]) -> str:
    """The id a CSV export writes for a person: Cloud's accountId, Data Center's key or name."""
    return str(person.get("accountId") or person.get("key") or person.get("name") or "")


# The CSV headers of system fields whose value is an object, beside `_SYSTEM`'s one each.
_OBJECT_HEADERS = {
    **{field: (header, f"{header} Id") for field, header in _PEOPLE.items()},
    "status": ("Status", "Status Category"), "comment": ("Comment",), "worklog": ("Log Work",),
    "project": ("Project key", "Project name", "Project type"),
    "parent": ("Parent", "Parent summary"), "votes": ("Votes",),
}
ISSUE_HEADERS = ("Issue key", "Issue id")


def field_headers(field_id: str, names: dict[str, str]) -> tuple[str, ...]:
    """The CSV headers a field's cells go under (none for system fields left out)."""
    if field_id in _SYSTEM:
        return (_SYSTEM[field_id],)
    if field_id in _OBJECT_HEADERS:
        return _OBJECT_HEADERS[field_id]
    return (_header(field_id, names),) if field_id.startswith("customfield_") else ()


def issue_cells(issue: dict[str, Any], names: dict[str, str], done_names: Sequence[str],
                people: dict[str, str], only: frozenset[str] | None = None) -> Cells:
    """The CSV cells of one issue; `names` maps field ids to names, `people` collects every
    account id seen with its display name; `only` limits the fields turned into cells (a
    command reading a few columns skips walking every description and comment)."""
    fields = issue["fields"]
    cells: Cells = {"Issue key": [str(issue["key"])], "Issue id": display(issue.get("id"))}
    for field_id, value in fields.items():
        if value is None or (only is not None and field_id not in only):
            continue
        kind = _KINDS.get(field_id)
        if kind is None:
            if field_id.startswith("customfield_"):
                cells[_header(field_id, names)] = display(value)
        elif kind == "one":
            cells[_SYSTEM[field_id]] = display(value)[:1]
        elif kind == "many":
            cells[_SYSTEM[field_id]] = display(value)
        elif kind == "date":
            cells[_SYSTEM[field_id]] = [text] if (text := jira_time(value)) else []
        elif isinstance(value, dict):
            _object(cells, field_id, value, done_names, people)
    return cells


def _object(cells: Cells, field_id: str, value: dict[str, Any], done_names: Sequence[str],
            people: dict[str, str]) -> None:
    """The cells of a system field whose value is an object (people, status, comments...)."""
    if field_id in _PEOPLE:
        _person(cells, _PEOPLE[field_id], value, people)
    elif field_id == "status":
        _status(cells, value, done_names)
    elif field_id == "comment":
        cells["Comment"] = [_comment(c, people) for c in value.get("comments") or ()]
    elif field_id == "worklog":
        cells["Log Work"] = [_worklog(w, people) for w in value.get("worklogs") or ()]
    elif field_id == "project":
        _project(cells, value)
    elif field_id == "parent":
        cells["Parent"] = display(value.get("id"))
        cells["Parent summary"] = display((value.get("fields") or {}).get("summary"))
    elif field_id == "votes":
        cells["Votes"] = display(value.get("votes"))


def _header(field_id: str, names: dict[str, str]) -> str:
    """The CSV header of a custom field: `Custom field (NAME)`, or Jira's bare name."""
    name = names.get(field_id, field_id)
    return name if name in _BARE_CUSTOM else f"Custom field ({name})"


def _person(cells: Cells, header: str, person: dict[str, Any], people: dict[str, str]) -> None:
    ident = person_id(person)
    name = str(person.get("displayName") or ident)
    cells[header], cells[f"{header} Id"] = [name], [ident] if ident else []
    if ident:
        people.setdefault(ident, name)


def _status(cells: Cells, status: dict[str, Any], done_names: Sequence[str]) -> None:
    """Status and Status Category; a category whose key is `done` is written as a Done name
    the closed rule knows, whatever language Jira named it in."""
    cells["Status"] = display(status.get("name"))
    category = status.get("statusCategory") or {}
    name = str(category.get("name") or "")
    if category.get("key") == "done" and name not in done_names and done_names:
        name = done_names[0]
    cells["Status Category"] = [name] if name else []


def _comment(comment: dict[str, Any], people: dict[str, str]) -> str:
    author = comment.get("author") or comment.get("updateAuthor") or {}
    ident = person_id(author) if isinstance(author, dict) else ""
    if ident and isinstance(author, dict) and author.get("displayName"):
        people.setdefault(ident, str(author["displayName"]))
    return f"{jira_time(comment.get('created')) or ''};{ident};{adf_text(comment.get('body') or '')}"


def _worklog(worklog: dict[str, Any], people: dict[str, str]) -> str:
    """A worklog as the CSV's `Log Work` cell: `comment;date;author;seconds`."""
    author = worklog.get("author") or {}
    ident = person_id(author) if isinstance(author, dict) else ""
    text = adf_text(worklog.get("comment") or "")
    return (f"{text};{jira_time(worklog.get('started')) or ''};{ident};"
            f"{worklog.get('timeSpentSeconds') or 0}")


def _project(cells: Cells, project: dict[str, Any]) -> None:
    cells["Project key"] = display(project.get("key"))
    cells["Project name"] = display(project.get("name"))
    cells["Project type"] = display(project.get("projectTypeKey"))
