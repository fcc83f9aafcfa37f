"""A small Jira-shaped server for push tests: labels per issue in memory, the `key in (...)`
search with `fields=labels` for both APIs, and issue edits that add and remove labels."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

SEARCH = {"cloud": "/rest/api/3/search/jql", "server": "/rest/api/2/search"}
VERSION = {"cloud": "3", "server": "2"}
CLOUD_ENV = {"JIRA_EMAIL": "me@example.com", "JIRA_API_TOKEN": "s3cret-cloud-token"}
SERVER_ENV = {"JIRA_TOKEN": "s3cret-personal-token"}
ENV = {"cloud": CLOUD_ENV, "server": SERVER_ENV}


@dataclass
class FakeJira:
    """Jira's labels per issue; `puts` records every edit, `fail` answers an issue's edit with a
    status, `moved` maps an old key to the key Jira now returns."""

    server: HTTPServer
    api: str
    labels: dict[str, list[str]]
    puts: list[tuple[str, Any]] = field(default_factory=list)
    searches: list[dict[str, str]] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)
    fail: dict[str, int] = field(default_factory=dict)
    moved: dict[str, str] = field(default_factory=dict)
    page_size: int = 2

    def install(self) -> FakeJira:
        info = {"baseUrl": "https://x", "version": "9",
                "deploymentType": "Cloud" if self.api == "cloud" else "Server"}
        self.server.expect_request("/rest/api/2/serverInfo").respond_with_json(info)
        self.server.expect_request(SEARCH[self.api]).respond_with_handler(self._search)
        self.server.expect_request(re.compile(rf"/rest/api/{VERSION[self.api]}/issue/.+"),
                                   method="PUT").respond_with_handler(self._edit)
        return self

    @property
    def site(self) -> str:
        return self.server.url_for("/").rstrip("/")

    def _search(self, request: Request) -> Response:
        self.auth.append(request.headers.get("Authorization", ""))
        args = dict(request.args)
        self.searches.append(args)
        asked = re.fullmatch(r"key in \((.*)\)", args["jql"])
        assert asked is not None and args["fields"] == "labels"
        keys = [k.strip() for k in asked.group(1).split(",")]
        unknown = [k for k in keys if k not in self.labels and k not in self.moved]
        if unknown and self.api == "server":
            said = f"An issue with key '{unknown[0]}' does not exist for field 'key'."
            return _json({"errorMessages": [said]}, 400)
        found = [{"key": self.moved.get(k, k), "fields": {"labels": self.labels.get(
            self.moved.get(k, k), [])}} for k in keys if k not in unknown]
        size = min(int(args.get("maxResults", 50)), self.page_size)
        if self.api == "cloud":
            start = int(args.get("nextPageToken", "0"))
            body: dict[str, Any] = {"issues": found[start:start + size],
                                    "isLast": start + size >= len(found)}
            if not body["isLast"]:
                body["nextPageToken"] = str(start + size)
        else:
            start = int(args.get("startAt", "0"))
            body = {"startAt": start, "maxResults": size, "total": len(found),
                    "issues": found[start:start + size]}
        return _json(body)

    def _edit(self, request: Request) -> Response:
        self.auth.append(request.headers.get("Authorization", ""))
        key = request.path.rsplit("/", 1)[1]
        body = json.loads(request.data)
        self.puts.append((key, body))
        if key in self.fail:
            return _json({"errorMessages": [f"No permission to edit {key}"]}, self.fail[key])
        labels = self.labels[key]
        for operation in body["update"]["labels"]:
            if "add" in operation and operation["add"] not in labels:
                labels.append(operation["add"])
            if "remove" in operation and operation["remove"] in labels:
                labels.remove(operation["remove"])
        return Response(status=204)


def _json(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")
