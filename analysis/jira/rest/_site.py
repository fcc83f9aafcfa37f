"""A Jira site as the user gives it, checked and written one way: scheme, host, optional path,
no trailing slash and never credentials."""

from __future__ import annotations

from urllib.parse import urlsplit

from analysis.errors import InputError


def normalise_site(site: str) -> str:
    """`https://example.atlassian.net` from what a user typed (a bare host gets https://).

    A site holding a user name or password, a query or a fragment is refused: credentials come
    from the environment only, and a browse link is not a site.
    """
    given = site.strip()
    text = given if "://" in given else f"https://{given}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"'{given}' is not a Jira site; give the address you open Jira at, "
                         f"e.g. https://example.atlassian.net.")
    if parts.username or parts.password:
        raise InputError("The Jira site must not hold a user name or password; give "
                         "https://HOST only and put the credentials in the environment "
                         "(JIRA_EMAIL and JIRA_API_TOKEN, or JIRA_TOKEN).")
    path = parts.path.rstrip("/")
    for tail in ("/browse", "/jira/software", "/secure/Dashboard.jspa"):
        if path.lower().startswith(tail) or parts.query or parts.fragment:
            raise InputError(f"'{given}' is a page of Jira, not the site; give the part "
                             f"before the page, e.g. {parts.scheme}://{parts.netloc}.")
    return f"{parts.scheme}://{parts.netloc}{path}"
