"""A Jira-shaped fake for pytest-httpserver serving Cloud (v3, ADF bodies, token paging) or Data
Center (v2, text bodies, offset paging): search, overflow endpoints, statuses, serverInfo.

Tests register failures (429, 500, 401) as oneshot requests first; they win over the fake's
permanent handler.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

CLOUD_ENV = {"JIRA_EMAIL": "me@example.com", "JIRA_API_TOKEN": "s3cret-cloud-token"}
SERVER_ENV = {"JIRA_TOKEN": "s3cret-personal-token"}
NAMES = {"summary": "Summary", "status": "Status", "updated": "Updated",
         "customfield_10010": "Team Name"}
STATUSES = [
    {"id": "1", "name": "Open", "statusCategory": {"id": 2, "key": "new", "name": "To Do"}},
    {"id": "3", "name": "In Progress",
     "statusCategory": {"id": 4, "key": "indeterminate", "name": "In Progress"}},
    {"id": "6", "name": "Closed", "statusCategory": {"id": 3, "key": "done", "name": "Done"}},
]
_SINCE = re.compile(r'updated >= "(\d{4}/\d\d/\d\d \d\d:\d\d)"')


def jira_time(moment: datetime) -> str:
    """A datetime as Jira's JSON writes it: `2026-11-20T10:32:00.000+0000`."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000%z")


def body(api: str, text: str) -> Any:
    """A comment or description body: ADF on Cloud v3, plain text on Data Center v2."""
    if api == "server":
        return text
    return {"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": text}]}]}


def make_issue(api: str, number: int, updated: datetime, *, comments: int = 1,
               histories: int = 1, worklogs: int = 0, status: str = "Open") -> dict[str, Any]:
    """A complete issue as Jira's issue endpoint returns it, with `comments` comments,
    `histories` changelog entries and `worklogs` worklogs."""
    created = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    author = {"accountId": "557058:rita", "displayName": "Rita"} if api == "cloud" else \
        {"name": "rita", "key": "rita", "displayName": "Rita"}
    at = [jira_time(created + timedelta(hours=n)) for n in range(max(comments, histories,
                                                                     worklogs))]
    return {
        "id": str(10000 + number), "key": f"SUPP-{number}", "expand": "renderedFields,names",
        "fields": {
            "summary": f"Ticket {number}", "description": body(api, f"Problem {number}"),
            "created": jira_time(created), "updated": jira_time(updated),
            "status": next(s for s in STATUSES if s["name"] == status),
            "customfield_10010": {"value": "Platform"},
            "comment": {"comments": [
                {"id": str(n), "author": author, "body": body(api, f"Comment {n}; on {number}"),
                 "created": at[n], "updated": at[n]} for n in range(comments)],
                "maxResults": comments, "total": comments, "startAt": 0},
            "worklog": {"startAt": 0, "maxResults": worklogs, "total": worklogs, "worklogs": [
                {"id": str(n), "author": author, "timeSpentSeconds": 3600, "started": at[n]}
                for n in range(worklogs)]},
        },
        "changelog": {"startAt": 0, "maxResults": histories, "total": histories, "histories": [
            {"id": str(n), "author": author, "created": at[n], "items": [
                {"field": "status", "fieldtype": "jira", "fromString": "Open",
                 "toString": "In Progress"}]} for n in range(histories)]},
    }


class FakeJira:
    """Serves `issues` as Jira `api` ("cloud" or "server") does, `page_size` items a page and at
    most `search_limit` comments, histories and worklogs an issue in a search."""

    def __init__(self, server: HTTPServer, api: str, issues: list[dict[str, Any]], *,
                 page_size: int = 2, search_limit: int = 2) -> None:
        self.server, self.api, self.page_size, self.search_limit = (
            server, api, page_size, search_limit)
        self.issues = {issue["key"]: issue for issue in issues}
        self.searches: list[dict[str, str]] = []
        self.version = "3" if api == "cloud" else "2"
        server.expect_request(re.compile("/rest/.*")).respond_with_handler(self.handle)

    @property
    def site(self) -> str:
        return self.server.url_for("/").rstrip("/")

    def put(self, issue: dict[str, Any]) -> None:
        """Add or replace one issue, as if someone edited it in Jira."""
        self.issues[issue["key"]] = issue

    def handle(self, request: Request) -> Response:
        path, v = request.path, self.version
        if path == "/rest/api/2/serverInfo":
            kind = "Cloud" if self.api == "cloud" else "Server"
            return _json({"baseUrl": self.site, "deploymentType": kind, "version": "9.12.0"})
        if path == "/rest/api/3/search/approximate-count" and self.api == "cloud":
            return _json({"count": len(self._matching(json.loads(request.data)["jql"]))})
        if path == f"/rest/api/{v}/status":
            return _json(STATUSES)
        if path in ("/rest/api/3/search/jql", "/rest/api/2/search") and path.endswith(
                "jql") == (self.api == "cloud"):
            return self._search(request)
        found = re.fullmatch(rf"/rest/api/{v}/issue/([A-Z]+-\d+)(?:/(\w+))?", path)
        if found and found.group(1) in self.issues:
            return self._issue_part(request, self.issues[found.group(1)], found.group(2))
        return _json({"errorMessages": ["Not found"]}, 404)

    def _matching(self, jql: str) -> list[dict[str, Any]]:
        since = _SINCE.search(jql)
        issues = sorted(self.issues.values(), key=lambda issue: int(issue["id"]))
        if since is None:
            return issues
        moment = datetime.strptime(since.group(1), "%Y/%m/%d %H:%M").replace(tzinfo=UTC)
        return [issue for issue in issues if datetime.strptime(
            issue["fields"]["updated"], "%Y-%m-%dT%H:%M:%S.000%z") >= moment]

    def _search(self, request: Request) -> Response:
        args = dict(request.args)
        self.searches.append(args)
        if "projct" in args["jql"]:
            refusal = "Field 'projct' does not exist or you do not have permission to view it."
            return _json({"errorMessages": [refusal], "errors": {}}, 400)
        matching = self._matching(args["jql"])
        start = int(args.get("nextPageToken" if self.api == "cloud" else "startAt") or 0)
        end = start + min(int(args.get("maxResults", 50)), self.page_size)
        page: dict[str, Any] = {"issues": [self._cut(i) for i in matching[start:end]]}
        if "names" in args.get("expand", ""):
            page["names"] = NAMES
        if self.api == "server":
            return _json({**page, "startAt": start, "maxResults": self.page_size,
                          "total": len(matching)})
        page["isLast"] = end >= len(matching)
        if not page["isLast"]:
            page["nextPageToken"] = str(end)
        return _json(page)

    def _cut(self, issue: dict[str, Any]) -> dict[str, Any]:
        """The issue as a search returns it: at most `search_limit` items in each list."""
        cut = json.loads(json.dumps(issue))
        limit = self.search_limit
        for block, items in ((cut["fields"]["comment"], "comments"),
                             (cut["fields"]["worklog"], "worklogs"), (cut["changelog"], "histories")):
            block[items] = block[items][:limit]
            block["maxResults"] = len(block[items])
        return cut

    def _issue_part(self, request: Request, issue: dict[str, Any], part: str | None) -> Response:
        start = int(request.args.get("startAt", 0))
        end = start + min(int(request.args.get("maxResults", 50)), self.page_size)
        if part is None:
            return _json(issue)
        if part == "changelog" and self.api == "cloud":
            values = issue["changelog"]["histories"]
            return _json({"self": "x", "startAt": start, "maxResults": self.page_size,
                          "total": len(values), "isLast": end >= len(values),
                          "values": values[start:end]})
        if part in ("comment", "worklog"):
            items = issue["fields"][part][f"{part}s"]
            return _json({"startAt": start, "maxResults": self.page_size, "total": len(items),
                          f"{part}s": items[start:end]})
        return _json({"errorMessages": ["Not found"]}, 404)


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data), status=status, content_type="application/json")
