"""The Jira REST client against a local Jira-shaped server: detection, both paging schemes,
rate limits, server errors and one sentence for every failure, never showing a secret."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from analysis.errors import InputError
from analysis.jira.rest import (
    JiraError,
    credentials_from_env,
    normalise_site,
    open_client,
    search_pages,
)

CLOUD_ENV = {"JIRA_EMAIL": "me@example.com", "JIRA_API_TOKEN": "s3cret-cloud-token"}
SERVER_ENV = {"JIRA_TOKEN": "s3cret-personal-token"}
ISSUES = [{"key": f"SUPP-{n}", "id": str(1000 + n), "fields": {}} for n in range(1, 8)]


def _client(server: HTTPServer, api: str | None = "cloud", env: dict[str, str] | None = None,
            sleeps: list[float] | None = None) -> Any:
    waits = [] if sleeps is None else sleeps
    client, detected = open_client(server.url_for("/"), api, environ=env or CLOUD_ENV,
                                   sleep=waits.append)
    return client, detected


def test_detects_cloud_and_data_center(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/rest/api/2/serverInfo").respond_with_json(
        {"baseUrl": "https://x", "deploymentType": "Cloud", "version": "1001.0.0"})
    httpserver.expect_oneshot_request("/rest/api/2/serverInfo").respond_with_json(
        {"baseUrl": "https://x", "deploymentType": "Server", "version": "9.12.0"})
    assert _client(httpserver, None)[1] == "cloud"
    assert _client(httpserver, None, SERVER_ENV)[1] == "server"


def test_cloud_pages_by_token_until_is_last(httpserver: HTTPServer) -> None:
    seen: list[dict[str, str]] = []

    def page(request: Request) -> Response:
        args = dict(request.args)
        seen.append(args)
        start = int(args.get("nextPageToken", "0"))
        chunk = ISSUES[start:start + 3]
        last = start + 3 >= len(ISSUES)
        body: dict[str, Any] = {"issues": chunk, "isLast": last,
                                "names": {"customfield_10010": "Team Name"}}
        if not last:
            body["nextPageToken"] = str(start + 3)
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/rest/api/3/search/jql").respond_with_handler(page)
    client, api = _client(httpserver)
    pages = list(search_pages(client, api, "project = SUPP", page_size=3))
    assert [issue["key"] for p in pages for issue in p.issues] == [i["key"] for i in ISSUES]
    assert len(pages) == 3 and pages[0].names == {"customfield_10010": "Team Name"}
    assert "nextPageToken" not in seen[0] and seen[1]["nextPageToken"] == "3"
    assert seen[0]["fields"] == "*all" and seen[0]["expand"] == "changelog,names"


def test_data_center_pages_by_offset_even_when_it_caps_the_page(httpserver: HTTPServer) -> None:
    def page(request: Request) -> Response:
        start = int(request.args["startAt"])
        chunk = ISSUES[start:start + 2]  # the server caps maxResults=3 to 2
        body = {"startAt": start, "maxResults": 2, "total": len(ISSUES), "issues": chunk}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/rest/api/2/search").respond_with_handler(page)
    client, api = _client(httpserver, "server", SERVER_ENV)
    pages = list(search_pages(client, api, "project = SUPP", page_size=3))
    assert [issue["key"] for p in pages for issue in p.issues] == [i["key"] for i in ISSUES]
    assert pages[0].total == len(ISSUES) and len(pages) == 4


def test_bearer_token_for_data_center_and_basic_for_cloud(httpserver: HTTPServer) -> None:
    auth: list[str] = []

    def info(request: Request) -> Response:
        auth.append(request.headers.get("Authorization", ""))
        return Response(json.dumps({"deploymentType": "Server", "version": "9"}),
                        content_type="application/json")

    httpserver.expect_request("/rest/api/2/serverInfo").respond_with_handler(info)
    _client(httpserver, None, {**CLOUD_ENV, **SERVER_ENV})
    assert auth[-1] == "Bearer s3cret-personal-token"
    client, _ = _client(httpserver, "cloud", CLOUD_ENV)
    client.get("/rest/api/2/serverInfo", doing="testing")
    assert auth[-1].startswith("Basic ")


def test_429_waits_as_retry_after_says(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/rest/api/2/myself").respond_with_data(
        "", status=429, headers={"Retry-After": "7"})
    httpserver.expect_request("/rest/api/2/myself").respond_with_json({"accountId": "a"})
    sleeps: list[float] = []
    client, _ = _client(httpserver, sleeps=sleeps)
    assert client.get("/rest/api/2/myself", doing="testing") == {"accountId": "a"}
    assert sleeps == [7.0]


def test_500_then_success_backs_off(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/rest/api/2/myself").respond_with_data("boom", status=500)
    httpserver.expect_oneshot_request("/rest/api/2/myself").respond_with_data("boom", status=503)
    httpserver.expect_request("/rest/api/2/myself").respond_with_json({"accountId": "a"})
    sleeps: list[float] = []
    client, _ = _client(httpserver, sleeps=sleeps)
    assert client.get("/rest/api/2/myself", doing="testing") == {"accountId": "a"}
    assert sleeps == [1.0, 2.0]


def test_server_errors_that_persist_are_one_sentence(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rest/api/2/myself").respond_with_data("boom", status=502)
    client, _ = _client(httpserver)
    with pytest.raises(JiraError, match=r"server error while testing \(502\) after several"):
        client.get("/rest/api/2/myself", doing="testing")


@pytest.mark.parametrize(("status", "body", "words"), [
    (401, {"errorMessages": ["Client must be authenticated"]}, "refused the credentials"),
    (403, {"errorMessages": ["Forbidden"]}, "does not allow this account"),
    (404, {"errorMessages": ["Issue does not exist"]}, "check the site URL"),
    (400, {"errorMessages": ["Error in the JQL Query: 'projct' is not a field"]},
     "fix the --jql query"),
])
def test_error_statuses_name_the_site_and_the_fix(
    httpserver: HTTPServer, status: int, body: dict[str, Any], words: str,
) -> None:
    httpserver.expect_request("/rest/api/3/search/jql").respond_with_json(body, status=status)
    client, api = _client(httpserver)
    with pytest.raises(JiraError) as raised:
        list(search_pages(client, api, "projct = SUPP"))
    message = str(raised.value)
    assert client.site in message and words in message and body["errorMessages"][0] in message
    assert "s3cret" not in message and "\n" not in message


@pytest.mark.parametrize(("body", "content_type", "words"), [
    ("{\"issues\": [", "application/json", "malformed JSON"),
    ("<html><body>Log in</body></html>", "text/html", "text/html instead of JSON"),
    ("{\"hello\": 1}", "application/json", "no list of issues"),
])
def test_answers_that_are_not_jira(httpserver: HTTPServer, body: str, content_type: str,
                                   words: str) -> None:
    httpserver.expect_request("/rest/api/3/search/jql").respond_with_data(
        body, content_type=content_type)
    client, api = _client(httpserver)
    with pytest.raises(JiraError, match="did not answer like Jira") as raised:
        list(search_pages(client, api, "project = SUPP"))
    assert words in str(raised.value)


def test_a_login_redirect_is_not_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rest/api/2/serverInfo").respond_with_data(
        "", status=302, headers={"Location": "https://sso.example.com/login?token=abc"})
    with pytest.raises(JiraError, match=r"redirected to https://sso.example.com/login\)") as raised:
        _client(httpserver, None)
    assert "token=abc" not in str(raised.value)


def test_unreachable_site_is_one_sentence() -> None:
    client, _ = open_client("http://127.0.0.1:9", "cloud", environ=CLOUD_ENV)
    with pytest.raises(JiraError, match=r"^Could not reach http://127.0.0.1:9 while testing"):
        client.get("/rest/api/2/myself", doing="testing")


def test_credentials_come_from_the_environment_only() -> None:
    with pytest.raises(InputError, match="no Jira credentials are set"):
        credentials_from_env(None, "https://x", {})
    with pytest.raises(InputError, match=r"JIRA_API_TOKEN is missing"):
        credentials_from_env("cloud", "https://x", {"JIRA_EMAIL": "me@example.com"})
    chosen = credentials_from_env("cloud", "https://x", CLOUD_ENV)
    assert chosen.kind == "basic" and "s3cret" not in repr(chosen)
    assert credentials_from_env("server", "https://x", {**CLOUD_ENV, **SERVER_ENV}).kind == \
        "bearer"


@pytest.mark.parametrize(("given", "site"), [
    ("example.atlassian.net", "https://example.atlassian.net"),
    ("https://example.atlassian.net/", "https://example.atlassian.net"),
    ("https://jira.corp.example/jira/", "https://jira.corp.example/jira"),
])
def test_sites_are_written_one_way(given: str, site: str) -> None:
    assert normalise_site(given) == site


@pytest.mark.parametrize("given", [
    "https://me:pw@example.atlassian.net", "https://example.atlassian.net/browse/SUPP-1",
    "ftp://example.com", "https://",
])
def test_sites_that_are_not_sites_are_refused(given: str) -> None:
    with pytest.raises(InputError):
        normalise_site(given)
