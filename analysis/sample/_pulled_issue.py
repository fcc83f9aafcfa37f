"""One generated ticket (its CSV cells) as the JSON Jira's search API returns for it, with a
changelog of status transitions that agrees with its dates and final status."""

from __future__ import annotations

import random
from datetime import datetime
from functools import lru_cache
from typing import Any

from analysis.sample._render import STATUS_CATEGORIES, STATUSES

CATEGORY_KEYS = {"To Do": "new", "In Progress": "indeterminate", "Done": "done"}
STATUS_CATEGORY = dict(zip(STATUSES, STATUS_CATEGORIES, strict=True))
REOPENED_SHARE = 0.04
_PEOPLE = ("Reporter", "Assignee", "Creator")
_DATES = {"Created": "created", "Updated": "updated", "Resolved": "resolutiondate",
          "Last Viewed": "lastViewed", "Status Category Changed": "statuscategorychangedate"}
_NAMED = {"Issue Type": "issuetype", "Priority": "priority", "Resolution": "resolution"}
_NUMBERS = {"Original Estimate": "timeoriginalestimate", "Remaining Estimate": "timeestimate",
            "Time Spent": "timespent", "Σ Original Estimate": "aggregatetimeoriginalestimate",
            "Σ Remaining Estimate": "aggregatetimeestimate", "Σ Time Spent": "aggregatetimespent"}


@lru_cache(maxsize=200_000)
def jira_time(cell: str) -> str:
    """A CSV date cell (`23/Feb/26 2:29 PM`) as Jira's REST timestamp."""
    return datetime.strptime(cell, "%d/%b/%y %I:%M %p").strftime("%Y-%m-%dT%H:%M:00.000+0000")


def adf(text: str) -> dict[str, Any]:
    """Plain text as an ADF document: a paragraph per blank-line block, hard breaks inside."""
    paragraphs = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        content: list[dict[str, Any]] = []
        for number, line in enumerate(block.split("\n")):
            if number:
                content.append({"type": "hardBreak"})
            if line:
                content.append({"type": "text", "text": line})
        paragraphs.append({"type": "paragraph", "content": content})
    return {"type": "doc", "version": 1, "content": paragraphs}


class IssueMaker:
    """Builds issues for one API (`cloud` or `server`) from rows of generated CSV cells."""

    def __init__(self, api: str, site: str, names: dict[str, str], fields: dict[str, str],
                 seed: int) -> None:
        self.api, self.site, self.names, self.fields = api, site, names, fields
        self.random = random.Random(f"pulled-changelog-{seed}")
        self.history_id = 0
        self.server_keys = {ident: f"JIRAUSER{10000 + n}" for n, ident in enumerate(names)}

    def person(self, ident: str | None, name: str | None = None) -> dict[str, Any] | None:
        """A person as the API writes one: Cloud by accountId, Data Center by key and name."""
        if not ident:
            return None
        shown = name or self.names.get(ident, ident)
        if self.api == "cloud":
            return {"accountId": ident, "displayName": shown, "active": True,
                    "accountType": "atlassian"}
        username = shown.lower().replace(" ", ".")
        return {"name": username, "key": self.server_keys.get(ident, ident),
                "displayName": shown, "active": True}

    def body(self, text: str | None) -> Any:
        return None if text is None else adf(text) if self.api == "cloud" else text

    def issue(self, row: dict[str, Any], header: list[tuple[str, str]]) -> dict[str, Any]:
        """The issue JSON of one row of cells (columns named as `export_header` names them)."""
        version = "3" if self.api == "cloud" else "2"
        fields: dict[str, Any] = {
            "summary": row["Summary"], "description": self.body(row["Description"]),
            "environment": None, "labels": _slots(row, header, "Labels"),
            "components": [{"name": n} for n in _slots(row, header, "Component/s")],
            "project": {"key": "SUPP", "name": "Platform Support", "projectTypeKey": "software"},
            "votes": {"votes": 0, "hasVoted": False},
            "status": _status(row["Status"]),
            "duedate": jira_time(row["Due date"])[:10] if row.get("Due date") else None,
        }
        for header_name in _PEOPLE:
            fields[header_name.lower()] = self.person(row.get(f"{header_name} Id"),
                                                      row.get(header_name))
        fields.update({key: jira_time(row[h]) if row.get(h) else None
                       for h, key in _DATES.items()})
        fields.update({key: {"name": row[h]} if row.get(h) else None
                       for h, key in _NAMED.items()})
        fields.update({key: int(row[h]) if row.get(h) else None for h, key in _NUMBERS.items()})
        fields.update(self.custom_fields(row, header))
        fields["comment"] = self.comments(_slots(row, header, "Comment"))
        fields["worklog"] = self.worklogs(_slots(row, header, "Log Work"))
        issue_id = row["Issue id"]
        return {"expand": "renderedFields,names,schema,changelog", "id": issue_id,
                "self": f"{self.site}/rest/api/{version}/issue/{issue_id}", "key": row["Issue key"],
                "changelog": self.changelog(row, fields), "fields": fields}

    def custom_fields(self, row: dict[str, Any], header: list[tuple[str, str]]) -> dict[str, Any]:
        """Custom fields by id: options as `{"value"}`, sprints as objects, dates as timestamps."""
        found: dict[str, Any] = {}
        for field_id, name in self.fields.items():
            if name == "Sprint":
                sprints = _slots(row, header, "Sprint")
                found[field_id] = [{"id": int(s.rsplit(" ", 1)[-1]), "name": s, "state": "closed"}
                                   for s in sprints] or None
                continue
            value = row.get(f"Custom field ({name})")
            if value is None or name in ("Rank", "Development"):
                found[field_id] = value
            elif name.startswith("[CHART]"):
                found[field_id] = jira_time(value)
            elif name == "Story Points":
                found[field_id] = float(value)
            else:
                found[field_id] = {"value": value, "id": str(10100 + len(value))}
        return found

    def comments(self, cells: list[str]) -> dict[str, Any]:
        comments = []
        for number, cell in enumerate(cells):
            at, author, body = cell.split(";", 2)
            comments.append({"id": str(number + 1), "author": self.person(author),
                             "body": self.body(body), "created": jira_time(at),
                             "updated": jira_time(at)})
        return {"comments": comments, "maxResults": len(comments), "total": len(comments),
                "startAt": 0}

    def worklogs(self, cells: list[str]) -> dict[str, Any]:
        """`Log Work` cells (`note;date;author;seconds`) as the issue's worklog field."""
        worklogs = []
        for number, cell in enumerate(cells):
            note, at, author, seconds = cell.rsplit(";", 3)
            worklogs.append({"id": str(number + 1), "author": self.person(author),
                             "comment": self.body(note), "started": jira_time(at),
                             "timeSpentSeconds": int(seconds)})
        return {"startAt": 0, "maxResults": len(worklogs), "total": len(worklogs),
                "worklogs": worklogs}

    def changelog(self, row: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        """Status transitions from Open through the work statuses to the final status."""
        author = fields["assignee"] or fields["reporter"]
        histories = []
        for at, before, after in self.transitions(row):
            self.history_id += 1
            histories.append({"id": str(self.history_id), "author": author, "created": at,
                              "items": [{"field": "status", "fieldtype": "jira",
                                         "from": str(STATUSES.index(before) + 1),
                                         "fromString": before,
                                         "to": str(STATUSES.index(after) + 1),
                                         "toString": after}]})
        return {"startAt": 0, "maxResults": len(histories), "total": len(histories),
                "histories": histories}

    def transitions(self, row: dict[str, Any]) -> list[tuple[str, str, str]]:
        """(when, from, to) of each status change; the category change falls on the
        ticket's Status Category Changed date."""
        final = row["Status"]
        if final == "Open":
            return []
        created = _minutes(row["Created"])
        changed = max(_minutes(row["Status Category Changed"]), created)
        if final in ("In Progress", "Waiting for customer"):
            steps = [(changed, "Open", "In Progress")]
            if final == "Waiting for customer":
                updated = max(_minutes(row["Updated"]), changed)
                steps.append((changed + (updated - changed) // 2, "In Progress", final))
            return [(_stamp(at), a, b) for at, a, b in steps]
        span = changed - created
        cuts = sorted(self.random.random() for _ in range(3))
        steps = [(created + int(span * cuts[0] * 0.5), "Open", "In Progress")]
        if self.random.random() < REOPENED_SHARE:
            first_done = self.random.choice(("Resolved", "Done"))
            steps += [(created + int(span * (0.5 + cuts[1] * 0.2)), "In Progress", first_done),
                      (created + int(span * (0.7 + cuts[2] * 0.2)), first_done, "In Progress")]
        steps.append((changed, "In Progress", final))
        return [(_stamp(at), a, b) for at, a, b in steps]


def _slots(row: dict[str, Any], header: list[tuple[str, str]], name: str) -> list[str]:
    """The filled cells of a repeated field, left to right."""
    return [row[column] for header_name, column in header
            if header_name == name and row.get(column) is not None]


def _status(name: str) -> dict[str, Any]:
    category = STATUS_CATEGORY[name]
    return {"name": name, "id": str(STATUSES.index(name) + 1),
            "statusCategory": {"key": CATEGORY_KEYS[category], "name": category}}


_EPOCH = datetime(2000, 1, 1)


def _minutes(cell: str) -> int:
    """Minutes since 2000 of a CSV date cell."""
    at = datetime.strptime(cell, "%d/%b/%y %I:%M %p")
    return int((at - _EPOCH).total_seconds() // 60)


def _stamp(minutes: int) -> str:
    from datetime import timedelta
    return (_EPOCH + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:00.000+0000")
