"""Which Jira a site runs, and JQL search pages in either paging scheme: Cloud's enhanced
search (`nextPageToken` until `isLast`) and Data Center's `startAt`/`maxResults`/`total`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analysis.jira.rest._client import JiraClient
from analysis.jira.rest._credentials import credentials_from_env
from analysis.jira.rest._errors import not_jira_error
from analysis.jira.rest._site import normalise_site

if TYPE_CHECKING:
    import httpx

APIS = ("cloud", "server")
PAGE_SIZE = 100
JQL_FIX = "fix the --jql query (try it in Jira's issue search first)"
# Where each API searches and which version of the REST API it speaks.
SEARCH_PATH = {"cloud": "/rest/api/3/search/jql", "server": "/rest/api/2/search"}
API_VERSION = {"cloud": "3", "server": "2"}


@dataclass(frozen=True)
class SearchPage:
    """One page of a search: the issues as Jira returned them, field names when Jira gave
    them, and the total when the API tells it (Data Center only)."""

    issues: list[dict[str, Any]]
    names: dict[str, str] = field(default_factory=dict)
    total: int | None = None


def open_client(
    site: str, api: str | None = None, *, environ: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None, **options: Any,
) -> tuple[JiraClient, str]:
    """A client signed in to `site` and the API it speaks (`api`, else detected)."""
    site = normalise_site(site)
    credentials = credentials_from_env(api, site, environ)
    client = JiraClient(site, credentials, transport=transport, **options)
    if api is not None:
        return client, api
    detected = detect_api(client)
    better = credentials_from_env(detected, site, environ)
    if better == credentials:
        return client, detected
    client.close()
    return JiraClient(site, better, transport=transport, **options), detected


def detect_api(client: JiraClient) -> str:
    """"cloud" or "server", from `GET /rest/api/2/serverInfo`'s `deploymentType`."""
    doing = "asking which Jira it runs (serverInfo)"
    info = client.get("/rest/api/2/serverInfo", doing=doing)
    if not isinstance(info, dict) or not ({"deploymentType", "version", "baseUrl"} & set(info)):
        raise not_jira_error(client.site, doing, "no server information in the answer")
    return "cloud" if str(info.get("deploymentType", "")).lower() == "cloud" else "server"


def search_pages(
    client: JiraClient, api: str, jql: str, *, fields: str = "*all",
    expand: str = "changelog,names", page_size: int = PAGE_SIZE,
) -> Iterator[SearchPage]:
    """Every page of issues matching `jql`, in Jira's order."""
    params: dict[str, Any] = {"jql": jql, "fields": fields, "maxResults": page_size,
                              **({"expand": expand} if expand else {})}
    if api == "cloud":
        yield from _token_pages(client, params)
    else:
        yield from _offset_pages(client, params)


def _token_pages(client: JiraClient, params: dict[str, Any]) -> Iterator[SearchPage]:
    token: str | None = None
    while True:
        data = _search(client, "cloud", {**params, **({"nextPageToken": token} if token else {})})
        yield SearchPage(data["issues"], _names(data))
        token = data.get("nextPageToken") or None
        if data.get("isLast", token is None) or token is None:
            return


def _offset_pages(client: JiraClient, params: dict[str, Any]) -> Iterator[SearchPage]:
    start = 0
    while True:
        data = _search(client, "server", {**params, "startAt": start})
        issues = data["issues"]
        total = data.get("total")
        yield SearchPage(issues, _names(data), total if isinstance(total, int) else None)
        start += len(issues)
        if not issues or not isinstance(total, int) or start >= total:
            return


def _search(client: JiraClient, api: str, params: Mapping[str, Any]) -> dict[str, Any]:
    doing = "searching for issues"
    data = client.get(SEARCH_PATH[api], params, doing=doing, fix=JQL_FIX)
    if not isinstance(data, dict) or not isinstance(data.get("issues"), list):
        raise not_jira_error(client.site, doing, "no list of issues in the answer")
    return data


def _names(data: Mapping[str, Any]) -> dict[str, str]:
    names = data.get("names")
    return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}
