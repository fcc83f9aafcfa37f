"""Jira credentials, read only from the environment and never shown: Cloud takes basic auth
with an e-mail and an API token, Data Center / Server a personal access token."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from analysis.errors import InputError

EMAIL_ENV = "JIRA_EMAIL"
API_TOKEN_ENV = "JIRA_API_TOKEN"
PAT_ENV = "JIRA_TOKEN"
HOW_TO_SET = (
    f"for Jira Cloud export {EMAIL_ENV} and {API_TOKEN_ENV} (an API token from "
    f"https://id.atlassian.com/manage-profile/security/api-tokens), for Data Center or Server "
    f"export {PAT_ENV} (a personal access token from your Jira profile)"
)


@dataclass(frozen=True)
class Credentials:
    """How requests authenticate: `basic` (e-mail + API token) or `bearer` (a personal access
    token); the secret never appears in a repr."""

    kind: str
    user: str = ""
    secret: str = field(default="", repr=False)

    def headers(self) -> dict[str, str]:
        """The Authorization header for a bearer token (basic auth goes through httpx)."""
        return {"Authorization": f"Bearer {self.secret}"} if self.kind == "bearer" else {}

    def auth(self) -> tuple[str, str] | None:
        """The (user, secret) pair for basic auth, or None for a bearer token."""
        return (self.user, self.secret) if self.kind == "basic" else None

    def secrets(self) -> tuple[str, ...]:
        """Every value that must never be printed."""
        return tuple(value for value in (self.secret,) if value)


def credentials_from_env(
    api: str | None, site: str, environ: Mapping[str, str] | None = None,
) -> Credentials:
    """The credentials for `api` ("cloud", "server" or None before detection).

    Cloud uses JIRA_EMAIL + JIRA_API_TOKEN; Data Center / Server uses JIRA_TOKEN, or the Cloud
    pair as basic auth when only that is set (Server accepts a username and password).
    """
    env = os.environ if environ is None else environ
    email, api_token, pat = (env.get(name, "").strip() for name in
                             (EMAIL_ENV, API_TOKEN_ENV, PAT_ENV))
    basic = Credentials("basic", email, api_token) if email and api_token else None
    bearer = Credentials("bearer", "", pat) if pat else None
    chosen = (basic or bearer) if api == "cloud" else (bearer or basic)
    if chosen is None:
        half = EMAIL_ENV if api_token else API_TOKEN_ENV if email else None
        what = f"only half of the Cloud pair is set ({half} is missing)" if half else \
            "no Jira credentials are set in the environment"
        raise InputError(f"Cannot sign in to {site}: {what}; {HOW_TO_SET}, then run again.")
    return chosen
