"""Every issue matching a JQL query, complete, with the field names and status categories a
pull record keeps beside them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from analysis.jira.rest._client import JiraClient
from analysis.jira.rest._errors import JiraError
from analysis.jira.rest._overflow import complete_issue
from analysis.jira.rest._search import API_VERSION, search_pages

Progress = Callable[[int, "int | None"], None]
"""`progress(done, total)`: issues fetched so far, of how many (None: unknown)."""


@dataclass
class Pulled:
    """The issues of one search, as Jira returned them plus the overflow spliced in, and the
    field names (`customfield_10010` -> `Team Name`) the search gave."""

    issues: list[dict[str, Any]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def fetch_issues(client: JiraClient, api: str, jql: str,
                 progress: Progress | None = None) -> Pulled:
    """Every issue matching `jql` with all fields and its whole changelog, in Jira's order."""
    report = progress or (lambda done, total: None)
    total = issue_count(client, api, jql)
    report(0, total)
    pulled = Pulled()
    for page in search_pages(client, api, jql):
        pulled.names.update(page.names)
        total = page.total if page.total is not None else total
        for issue in page.issues:
            pulled.issues.append(complete_issue(client, api, issue))
            report(len(pulled.issues), total)
    return pulled


def issue_count(client: JiraClient, api: str, jql: str) -> int | None:
    """Roughly how many issues match `jql` (Cloud's approximate count), or None when this Jira
    does not say."""
    if api != "cloud":
        return None
    try:
        data = client.request("POST", "/rest/api/3/search/approximate-count", body={"jql": jql},
                              doing="counting the issues", retries=0)
    except JiraError:
        return None
    count = data.get("count") if isinstance(data, dict) else None
    return count if isinstance(count, int) and count >= 0 else None


def status_categories(client: JiraClient, api: str,
                      issues: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Status name -> its category's `{"key", "name"}`, from the issues themselves and from
    Jira's list of statuses (which also names statuses no pulled issue is in)."""
    found: dict[str, dict[str, str]] = {}
    try:
        listed = client.get(f"/rest/api/{API_VERSION[api]}/status",
                            doing="fetching the status categories")
    except JiraError as error:
        if error.status == 401:
            raise
        listed = None
    statuses = [issue.get("fields", {}).get("status") for issue in issues]
    for status in [*statuses, *(listed if isinstance(listed, list) else [])]:
        named = _category(status)
        if named is not None:
            found.setdefault(*named)
    return found


def _category(status: Any) -> tuple[str, dict[str, str]] | None:
    """(status name, {"key", "name"} of its category) from a status object, or None."""
    if not isinstance(status, dict) or not isinstance(status.get("name"), str):
        return None
    category = status.get("statusCategory")
    if not isinstance(category, dict) or not category.get("key"):
        return None
    return status["name"], {"key": str(category["key"]), "name": str(category.get("name", ""))}
