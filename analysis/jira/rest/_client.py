"""A small Jira REST client over httpx: JSON in and out, waits out 429s as `Retry-After`
says, retries 5xx with backoff, and turns every failure into one sentence (JiraError).

httpx is imported when a client is made: its package loads rich for its own command line,
which the headless engine must not import (DESIGN.md rule 1).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Self

from analysis.jira.rest._credentials import Credentials
from analysis.jira.rest._errors import (
    not_jira_error,
    status_error,
    unreachable_error,
)

if TYPE_CHECKING:
    import httpx

RETRIES = 5
BACKOFF_SECONDS = 1.0
MAX_WAIT_SECONDS = 120.0
TIMEOUT_SECONDS = 60.0
USER_AGENT = "supp-tui"
RETRY_STATUSES = frozenset({500, 502, 503, 504})


class JiraClient:
    """JSON requests to one Jira site with one set of credentials.

    `transport` replaces the network (tests), `sleep` the waiting between retries.
    """

    def __init__(
        self, site: str, credentials: Credentials, *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep, retries: int = RETRIES,
    ) -> None:
        self.site = site
        self.retries = retries
        self._sleep = sleep
        import httpx

        self._http = httpx.Client(
            base_url=site, auth=credentials.auth(), transport=transport,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT,
                     **credentials.headers()},
            timeout=TIMEOUT_SECONDS, follow_redirects=False,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get(self, path: str, params: Mapping[str, Any] | None = None, *, doing: str,
            fix: str = "check the request") -> Any:
        """The JSON Jira returns for GET `path`."""
        return self.request("GET", path, params=params, doing=doing, fix=fix)

    def put(self, path: str, body: Any, *, doing: str, fix: str = "check the request") -> Any:
        """The JSON (or None for an empty 204) Jira returns for PUT `path` with a JSON body."""
        return self.request("PUT", path, body=body, doing=doing, fix=fix)

    def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
        body: Any = None, doing: str, fix: str = "check the request",
        retries: int | None = None,
    ) -> Any:
        """Send one request, waiting and retrying on 429 and 5xx; JiraError on failure.

        `doing` names the work in the error sentence ("pulling issues"), `fix` says what to
        change when Jira rejects the request itself (400); `retries` replaces the client's
        own count for a request that is not worth waiting for.
        """
        allowed = self.retries if retries is None else retries
        for attempt in range(allowed + 1):
            response = self._send(method, path, params, body, doing)
            status = response.status_code
            retry = status == 429 or status in RETRY_STATUSES
            if retry and attempt < allowed:
                self._sleep(self._wait(response, attempt))
                continue
            if status >= 400 or 300 <= status < 400:
                if 300 <= status < 400:
                    where = response.headers.get("location", "another address")
                    raise not_jira_error(self.site, doing, f"redirected to {_no_query(where)}")
                raise status_error(self.site, status, response.content, doing, fix)
            return _json(response, self.site, doing)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _send(self, method: str, path: str, params: Mapping[str, Any] | None, body: Any,
              doing: str) -> httpx.Response:
        import httpx

        try:
            return self._http.request(method, path, params=params,
                                      json=body if body is not None else None)
        except httpx.TimeoutException:
            raise unreachable_error(self.site, doing, "it did not answer in time") from None
        except httpx.HTTPError as error:
            raise unreachable_error(self.site, doing, type(error).__name__) from None

    def _wait(self, response: httpx.Response, attempt: int) -> float:
        """Seconds to wait before the next attempt: `Retry-After` (seconds or an HTTP date)
        when the response gives it, else exponential backoff."""
        given = response.headers.get("retry-after")
        if given:
            seconds = _retry_after_seconds(given)
            if seconds is not None:
                return min(max(seconds, 0.0), MAX_WAIT_SECONDS)
        return min(BACKOFF_SECONDS * 2 ** attempt, MAX_WAIT_SECONDS)


def _retry_after_seconds(value: str) -> float | None:
    """Seconds from a Retry-After header value, or None when it is neither form."""
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


def _json(response: httpx.Response, site: str, doing: str) -> Any:
    """The response's JSON, None for an empty success, or the not-Jira sentence."""
    if not response.content.strip():
        return None
    kind = response.headers.get("content-type", "no content type").split(";")[0]
    try:
        return json.loads(response.content)
    except ValueError:
        what = "malformed JSON" if "json" in kind else f"{kind} instead of JSON"
        raise not_jira_error(site, doing, what) from None


def _no_query(url: str) -> str:
    """A URL without its query string (a login redirect's query can carry tokens)."""
    return url.split("?", 1)[0]



