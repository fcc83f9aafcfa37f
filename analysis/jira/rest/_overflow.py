"""The parts of an issue a search cuts short (comments, changelog, worklogs), fetched in full
and spliced back so the stored issue is complete and still shaped as Jira returns it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from analysis.jira.rest._client import JiraClient
from analysis.jira.rest._errors import not_jira_error
from analysis.jira.rest._search import API_VERSION

PAGE_SIZE = 100


def complete_issue(client: JiraClient, api: str, issue: dict[str, Any]) -> dict[str, Any]:
    """`issue` with every comment, changelog history and worklog, fetching those the search
    left out; Cloud v3 bodies stay in Atlassian Document Format."""
    key = str(issue.get("key", ""))
    fields = issue.get("fields")
    if isinstance(fields, dict):
        for field, items in (("comment", "comments"), ("worklog", "worklogs")):
            block = fields.get(field)
            if isinstance(block, dict) and _overflows(block, items):
                fields[field] = _whole(_offset_items(client, api, key, field, items), block, items)
    changelog = issue.get("changelog")
    if isinstance(changelog, dict) and _overflows(changelog, "histories"):
        issue["changelog"] = _whole(_histories(client, api, key), changelog, "histories")
    return issue


def _overflows(block: dict[str, Any], items: str) -> bool:
    """Whether a paged block (`{total, items: [...]}`) holds fewer items than its total."""
    if not isinstance(block.get(items), list):
        return False
    total = block.get("total")
    return isinstance(total, int) and total > len(block[items])


def _whole(found: list[Any], block: dict[str, Any], items: str) -> dict[str, Any]:
    """The block as one page that holds everything."""
    return {**block, "startAt": 0, "maxResults": len(found), "total": len(found), items: found}


def _offset_items(client: JiraClient, api: str, key: str, field: str,
                  items: str) -> list[Any]:
    """Every comment or worklog of `key`, paged by startAt until the total is reached."""
    path = f"/rest/api/{API_VERSION[api]}/issue/{key}/{field}"
    return list(_pages(client, path, items, f"fetching the {items} of {key}"))


def _histories(client: JiraClient, api: str, key: str) -> list[Any]:
    """Every changelog history of `key`: Cloud pages `/changelog`; Data Center returns the
    whole changelog with the issue."""
    doing = f"fetching the changelog of {key}"
    if api == "cloud":
        return list(_pages(client, f"/rest/api/3/issue/{key}/changelog", "values", doing))
    data = client.get(f"/rest/api/2/issue/{key}", {"expand": "changelog", "fields": "updated"},
                      doing=doing)
    changelog = data.get("changelog") if isinstance(data, dict) else None
    if not isinstance(changelog, dict) or not isinstance(changelog.get("histories"), list):
        raise not_jira_error(client.site, doing, "no changelog in the answer")
    return list(changelog["histories"])


def _pages(client: JiraClient, path: str, items: str, doing: str) -> Iterator[Any]:
    """The items of every page at `path`, paged by startAt until `isLast`, the total, or an
    empty page."""
    start = 0
    while True:
        data = client.get(path, {"startAt": start, "maxResults": PAGE_SIZE}, doing=doing)
        if not isinstance(data, dict) or not isinstance(data.get(items), list):
            raise not_jira_error(client.site, doing, f"no list of {items} in the answer")
        page = data[items]
        yield from page
        start += len(page)
        total = data.get("total")
        if not page or data.get("isLast") is True or (isinstance(total, int) and start >= total):
            return
