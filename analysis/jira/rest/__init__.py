"""Jira's REST API for `pull` and `push`: a site and credentials from the environment, one
client that waits out rate limits and retries server errors, and search paging for Cloud and
Data Center alike; `pull_board` pulls a query's issues, complete, into a `.jsonl` board, and
`current_labels`, `plan_push`, `apply_push` add the journal's labels to the issues. Kept out of
`analysis.jira`'s own imports: only pull and push load httpx.
"""

from analysis.jira.rest._board_file import read_pulled_issues, write_pulled_issues
from analysis.jira.rest._client import JiraClient
from analysis.jira.rest._credentials import (
    API_TOKEN_ENV,
    EMAIL_ENV,
    PAT_ENV,
    Credentials,
    credentials_from_env,
)
from analysis.jira.rest._errors import JiraError
from analysis.jira.rest._merge import (
    Merged,
    merge_issues,
    newest_updated,
    parse_updated,
    split_order_by,
    updated_since_jql,
)
from analysis.jira.rest._overflow import complete_issue
from analysis.jira.rest._pull import Progress, Pulled, fetch_issues, issue_count, status_categories
from analysis.jira.rest._pull_board import PullSummary, pull_board
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
    "Merged",
    "Progress",
    "PullSummary",
    "Pulled",
    "PushPlan",
    "PushResult",
    "SearchPage",
    "apply_push",
    "complete_issue",
    "credentials_from_env",
    "current_labels",
    "detect_api",
    "fetch_issues",
    "issue_count",
    "merge_issues",
    "newest_updated",
    "normalise_site",
    "open_client",
    "parse_updated",
    "plan_issue",
    "plan_push",
    "pull_board",
    "read_pulled_issues",
    "search_pages",
    "split_order_by",
    "status_categories",
    "updated_since_jql",
    "write_pulled_issues",
]
