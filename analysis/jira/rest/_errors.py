"""One sentence per way a Jira request can fail, naming the site and the fix."""

from __future__ import annotations

import json
from typing import Any

from analysis.errors import InputError
from analysis.jira.rest._credentials import HOW_TO_SET


class JiraError(InputError):
    """A Jira request that failed in a way the user can fix (exit status 2)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def jira_messages(body: bytes) -> str:
    """Jira's own error text (`errorMessages` and `errors`) from a response body, or ''."""
    try:
        data: Any = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    messages = [str(m) for m in data.get("errorMessages") or [] if m]
    errors = data.get("errors")
    if isinstance(errors, dict):
        messages.extend(f"{name}: {text}" for name, text in errors.items())
    return "; ".join(messages)


def status_error(site: str, status: int, body: bytes, doing: str, fix: str) -> JiraError:
    """The sentence for an HTTP error status from Jira while `doing` something.

    `fix` says what to change for a 400 (for example the JQL); other statuses have a fix of
    their own.
    """
    said = jira_messages(body)
    quoted = f" (Jira says: {said.rstrip('.')})" if said else ""
    if status == 401:
        text = (f"{site} refused the credentials while {doing} (401){quoted}; check them: "
                f"{HOW_TO_SET}, and that the token has not expired.")
    elif status == 403:
        text = (f"{site} does not allow this account to go on {doing} (403){quoted}; ask a "
                f"Jira administrator for the permission, or use an account that has it.")
    elif status == 404:
        text = (f"{site} has no such resource while {doing} (404){quoted}; check the site URL "
                f"(the address you open Jira at, e.g. https://example.atlassian.net) and "
                f"the issue keys.")
    elif status == 400:
        text = f"{site} rejected the request while {doing} (400){quoted}; {fix}."
    elif status == 429:
        text = (f"{site} kept limiting the rate while {doing} (429) after several waits; "
                f"run again later, or ask for fewer issues at a time.")
    elif status >= 500:
        text = (f"{site} failed with a server error while {doing} ({status}) after several "
                f"retries; try again later, or ask the Jira administrators whether it is down.")
    else:
        text = f"{site} answered {status} while {doing}{quoted}; check the site URL and try again."
    return JiraError(text, status)


def not_jira_error(site: str, doing: str, what: str) -> JiraError:
    """The sentence for a response that is not Jira's JSON (a login page, a proxy, another
    site)."""
    return JiraError(
        f"{site} did not answer like Jira while {doing} ({what}); check that the site URL is "
        f"the address you open Jira at (e.g. https://example.atlassian.net) and that no proxy "
        f"or single sign-on page is in the way."
    )


def unreachable_error(site: str, doing: str, reason: str) -> JiraError:
    """The sentence for a site that cannot be reached at all."""
    return JiraError(
        f"Could not reach {site} while {doing} ({reason}); check the site URL and the network "
        f"connection, then run again."
    )
