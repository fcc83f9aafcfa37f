"""Jira's REST API for `pull` and `push`: a site and credentials from the environment, one
client that waits out rate limits and retries server errors, and search paging for Cloud and
Data Center alike, and label pushes (`current_labels`, `plan_push`, `apply_push`). Kept out of
`analysis.jira`'s own imports: only pull and push load httpx.
"""

from analysis.jira.rest._client import JiraClient
from analysis.jira.rest._credentials import (
    API_TOKEN_ENV,
    EMAIL_ENV,
    PAT_ENV,
    Credentials,
    credentials_from_env,
)
from analysis.jira.rest._errors import JiraError
from analysis.jira.rest._push import PushResult, apply_push, current_labels
from analysis.jira.rest._push_plan import IssuePlan, PushPlan, plan_issue, plan_push
from analysis.jira.rest._search import (
    API_VERSION,
    APIS,
    JQL_FIX,
    SearchPage,
    detect_api,
    open_client,
    search_pages,
)
from analysis.jira.rest._site import normalise_site

__all__ = [
    "APIS",
    "API_TOKEN_ENV",
    "API_VERSION",
    "EMAIL_ENV",
    "JQL_FIX",
    "PAT_ENV",
    "Credentials",
    "IssuePlan",
    "JiraClient",
    "JiraError",
    "PushPlan",
    "PushResult",
    "SearchPage",
    "apply_push",
    "credentials_from_env",
    "current_labels",
    "detect_api",
    "normalise_site",
    "open_client",
    "plan_issue",
    "plan_push",
    "search_pages",
]
