"""A label push against Jira: read the issues' current labels, then send each issue's edit,
counting and naming per-issue failures while the others go on."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from analysis.jira.rest._client import JiraClient
from analysis.jira.rest._errors import JiraError
from analysis.jira.rest._push_plan import IssuePlan, PushPlan
from analysis.jira.rest._search import API_VERSION, search_pages

KEYS_PER_SEARCH = 50
EDIT_FIX = ("check that the Labels field is on the issue's edit screen in Jira and that the "
            "labels have no spaces")
ISSUE_KEY = r"[A-Za-z][A-Za-z0-9_]*-\d+"
_KEY_IN_MESSAGE = re.compile(f"'({ISSUE_KEY})'")
# Failures that would fail every other issue too: bad credentials, no Jira at the site.
_STOPS_ALL = frozenset({401, None})


@dataclass
class PushResult:
    """What an applied push did: issues changed, labels added, removed and already present, and
    one sentence per issue that failed."""

    changed: int = 0
    added: int = 0
    removed: int = 0
    present: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def current_labels(client: JiraClient, api: str, keys: Sequence[str],
                   chunk: int = KEYS_PER_SEARCH) -> dict[str, list[str]]:
    """The labels Jira holds now for each of `keys` it returns (deleted or moved issues are
    left out, as are keys no issue could have), searched `key in (...)` a chunk at a time."""
    keys = [key for key in keys if re.fullmatch(ISSUE_KEY, key)]
    found: dict[str, list[str]] = {}
    for start in range(0, len(keys), chunk):
        found.update(_chunk_labels(client, api, list(keys[start:start + chunk])))
    return found


def _chunk_labels(client: JiraClient, api: str, keys: list[str]) -> dict[str, list[str]]:
    """Labels for one chunk; keys Jira says do not exist are dropped and the search repeated."""
    while keys:
        jql = f"key in ({', '.join(keys)})"
        try:
            return {str(issue.get("key")): _labels(issue)
                    for page in search_pages(client, api, jql, fields="labels", expand="")
                    for issue in page.issues}
        except JiraError as error:
            unknown = set(_KEY_IN_MESSAGE.findall(str(error))) & set(keys)
            if error.status != 400 or not unknown:
                raise
            keys = [key for key in keys if key not in unknown]
    return {}


def _labels(issue: dict[str, object]) -> list[str]:
    fields = issue.get("fields")
    labels = fields.get("labels") if isinstance(fields, dict) else None
    return [str(label) for label in labels] if isinstance(labels, list) else []


def apply_push(client: JiraClient, api: str, plan: PushPlan,
               progress: Callable[[int, int], None] | None = None) -> PushResult:
    """Send the edit of every issue the plan changes; a failure on one issue is recorded and the
    others go on, but refused credentials (or a site that is not Jira) stop at once."""
    result = PushResult(present=plan.count("present"))
    changing = plan.changing
    for done, issue in enumerate(changing):
        try:
            _send(client, api, issue)
        except JiraError as error:
            if error.status in _STOPS_ALL:
                raise
            result.failures.append((issue.key, str(error)))
        else:
            result.changed += 1
            result.added += len(issue.add)
            result.removed += len(issue.remove)
        if progress is not None:
            progress(done + 1, len(changing))
    return result


def _send(client: JiraClient, api: str, issue: IssuePlan) -> None:
    client.put(f"/rest/api/{API_VERSION[api]}/issue/{issue.key}", {"update": issue.update()},
               doing=f"updating the labels of {issue.key}", fix=EDIT_FIX)
