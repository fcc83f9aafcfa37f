"""What a Jira site address is: one rule for labels.toml's `[jira] site` and for the sites
`pull` and `push` are given."""

from __future__ import annotations

from urllib.parse import urlsplit

# Pages of Jira that people copy from the browser instead of the site itself.
_PAGES = ("/browse", "/jira/software", "/jira/servicedesk", "/secure/", "/projects/")


def site_problem(site: str) -> str | None:
    """Why `site` is not the address of a Jira site, or None when it is one.

    A site is an http(s) URL with a host and an optional path (Data Center's context path);
    it never holds credentials, a query, a fragment or the path of a page.
    """
    text = site.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        return "it is not an http(s) address"
    if parts.username or parts.password:
        return ("it holds a user name or password, which belong in the environment "
                "(JIRA_EMAIL and JIRA_API_TOKEN, or JIRA_TOKEN)")
    if parts.query or parts.fragment or parts.path.lower().startswith(_PAGES):
        return f"it is a page of Jira, not the site (the site is {parts.scheme}://{parts.netloc})"
    return None


def clean_site(site: str) -> str:
    """A valid site written one way: no surrounding space, no trailing slash."""
    return site.strip().rstrip("/")
