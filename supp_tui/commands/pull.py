"""`supp-tui pull`: the issues of a JQL query, from Jira's REST API into a `.jsonl` board."""

from __future__ import annotations

import click

from supp_tui.commands._progress import progress

HELP = "Pull the issues of a JQL query from Jira (Cloud or Data Center) into a .jsonl board."

EPILOG = """\
\b
Credentials come from the environment only (never from options):
  Jira Cloud:               JIRA_EMAIL and JIRA_API_TOKEN
  Jira Data Center/Server:  JIRA_TOKEN (a personal access token)
\b
Pulled again into the same file, only issues updated since the last pull are fetched.
\b
examples:
  supp-tui pull https://example.atlassian.net --jql "project = SUPP" -o supp.jsonl
  supp-tui pull https://example.atlassian.net --jql "project = SUPP" -o supp.jsonl --full
  supp-tui pull https://jira.example.com --jql "project = SUPP" -o supp.jsonl --api server
"""


@click.command("pull", short_help=HELP, help=HELP, epilog=EPILOG)
@click.argument("site", metavar="SITE")
@click.option("--jql", required=True, metavar="JQL", help='the issues to pull, e.g. "project = SUPP"')
@click.option("-o", "--output", required=True, metavar="FILE.jsonl", type=click.Path(),
              help="board to write; pulled again, it gets only the issues that changed")
@click.option("--api", type=click.Choice(["cloud", "server"]),
              help="Jira Cloud or Data Center/Server (default: asked from the site)")
@click.option("--force", is_flag=True, help="replace FILE even when it is not this pull")
@click.option("--full", is_flag=True, help="pull every issue again, not only those that changed")
def pull(site: str, jql: str, output: str, api: str | None, force: bool, full: bool) -> int:
    """Pull the issues, write the board and its pull record, and print one line of counts."""
    from analysis.jira.rest import pull_board

    with progress() as step:
        summary = pull_board(site, jql, output, api=api, force=force, full=full,
                             progress=lambda done, total: step("Pulling issues", done, total))
    if summary.incremental:
        print(f"Pulled {summary.fetched} issues updated since the last pull from "
              f"{summary.record.site}: {summary.new} new, {summary.changed} changed; "
              f"{summary.path} now holds {summary.total} issues.")
    else:
        print(f"Pulled {summary.fetched} issues ({summary.new} new, {summary.changed} changed) "
              f"from {summary.record.site} into {summary.path}.")
    return 0
