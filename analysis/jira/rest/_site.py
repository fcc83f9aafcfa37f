"""A Jira site as the user types it on the command line: a bare host gets https://, then the
one rule of `analysis.sites` decides."""

from __future__ import annotations

from analysis.errors import InputError
from analysis.sites import clean_site, site_problem


def normalise_site(site: str) -> str:
    """`https://example.atlassian.net` from what a user typed (a bare host gets https://)."""
    given = site.strip()
    text = given if "://" in given else f"https://{given}"
    problem = site_problem(text)
    if problem:
        raise InputError(f"'{given}' is not a Jira site: {problem}; give the address you open "
                         f"Jira at, e.g. https://example.atlassian.net.")
    return clean_site(text)
