"""`supp-tui push`: add the journal's labels to the Jira issues as Jira labels, over REST."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import click

from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings
from supp_tui.commands._progress import counting, progress

if TYPE_CHECKING:
    from analysis.jira.rest import IssuePlan, PushPlan, PushResult
    from analysis.metrics import Board

HELP = "Add the journal's labels to the Jira issues as Jira labels (a dry run unless --apply)."

EPILOG = """\
Each value becomes the Jira label `labels export --format jira` gives it: a team as its first
alias without spaces (none when the issue's labels already name that team), any other value
as dimension:option, with whitespace turned into _. The issues' current labels are read from
Jira first, so only missing labels are sent and a second --apply sends nothing.

\b
Credentials come from the environment only:
  JIRA_EMAIL and JIRA_API_TOKEN   Jira Cloud (an API token)
  JIRA_TOKEN                      Jira Data Center / Server (a personal access token)

\b
examples:
  supp-tui push board.csv --site https://example.atlassian.net            # the plan
  supp-tui push board.csv --site https://example.atlassian.net --apply    # send it
  supp-tui push supp.jsonl --site https://jira.example.com --apply --remove
"""

Values = dict[str, list[tuple[str, str]]]


@click.command("push", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options()
@click.option("--site", metavar="URL",
              help="the Jira site, e.g. https://example.atlassian.net (default: labels.toml's "
                   "[jira] site, else the site the board was pulled from)")
@click.option("--apply", "send", is_flag=True, help="send the changes (default: print the plan)")
@click.option("--remove", is_flag=True,
              help="also remove from Jira the labels of values the journal removed")
@click.option("--api", type=click.Choice(["cloud", "server"]),
              help="Jira Cloud or Data Center / Server (default: asked from the site)")
def push(board: BoardSource, site: str | None, send: bool, remove: bool,
         api: str | None) -> int:
    """Plan the label changes against Jira's current labels; send them with --apply."""
    from analysis.errors import InputError
    from analysis.jira import board_site
    from analysis.jira.rest import apply_push, current_labels, open_client

    opened = board.open(columns=("key", "labels"))
    print_warnings(opened.export.warnings)
    site = site or board_site(opened.framework, [file.path for file in opened.export.files])
    if not site:
        raise InputError("No Jira site is known for this board; pass --site "
                         "https://example.atlassian.net, or set site under [jira] in its "
                         "labels.toml (a board from `supp-tui pull` remembers its site).")
    wanted, removed = journal_values(opened)
    if not wanted and not removed:
        print("The journal holds no labels for this board's tickets; nothing to push.")
        return 0
    client, api = open_client(site, api)
    with client, progress() as step:
        step("Reading the issues' labels from Jira", 0, None)
        current = current_labels(client, api, list(dict.fromkeys([*wanted, *removed])))
        plan, pending = jira_plan(opened, current, wanted, removed, remove)
        if not send:
            print(plan_text(plan, client.site, api, pending))
            return 0
        result = apply_push(client, api, plan, progress=counting(step, "Sending labels to Jira"))
    print(result_text(plan, result))
    for _, sentence in result.failures:
        print(f"supp-tui: error: {sentence}", file=sys.stderr)
    return 2 if result.failures else 0


def journal_values(board: Board) -> tuple[Values, Values]:
    """Per ticket of the board, in its order: the journal's (dimension, value) pairs, and the
    ones the journal set and later removed."""
    from analysis.journal import removed_labels

    order = {key: n for n, key in enumerate(board.tickets["key"].to_list())}

    def grouped(rows: Sequence[tuple[str, str, str]]) -> Values:
        values: Values = {}
        for key, dimension, value in sorted((r for r in rows if r[0] in order),
                                            key=lambda r: order[r[0]]):
            values.setdefault(key, []).append((dimension, value))
        return values

    return grouped(board.labels.rows()), grouped(removed_labels(board.journal_path).rows())


def jira_plan(board: Board, current: Mapping[str, list[str]], wanted: Values, removed: Values,
              remove: bool) -> tuple[PushPlan, int]:
    """The push plan against Jira's `current` labels, and how many removals wait for --remove."""
    from analysis.jira.rest import plan_push
    from analysis.journal import jira_label, ticket_jira_labels

    framework = board.framework
    labels = {key: ticket_jira_labels(values, current.get(key, []), framework)
              for key, values in wanted.items()}
    unwanted = {key: [jira_label(framework, d, v) for d, v in values]
                for key, values in removed.items()}
    full = plan_push(current, labels, unwanted)
    if remove:
        return full, 0
    return plan_push(current, labels), full.count("remove")


def plan_text(plan: PushPlan, site: str, api: str, pending: int) -> str:
    """The dry run: one line per issue to change, the totals, and how to send them."""
    lines = [f"Push plan for {site} (Jira {'Cloud' if api == 'cloud' else 'Data Center'}):"]
    lines += [f"  {issue_line(issue)}" for issue in plan.changing]
    lines.append(f"{len(plan.changing):,} issues to change: {plan.count('add'):,} labels to add, "
                 f"{plan.count('remove'):,} to remove, {plan.count('present'):,} already "
                 f"present in Jira.")
    lines += _notes(plan, pending)
    lines.append("Run again with --apply to send it." if plan.changing else
                 "Nothing to send: Jira already has every label.")
    return "\n".join(lines)


def issue_line(issue: IssuePlan) -> str:
    """`KEY: add a, b; already present c; remove d` (only the parts that apply)."""
    parts = [f"{word} {', '.join(labels)}" for word, labels in
             (("add", issue.add), ("already present", issue.present), ("remove", issue.remove))
             if labels]
    return f"{issue.key}: {'; '.join(parts)}"


def _notes(plan: PushPlan, pending: int) -> list[str]:
    notes = []
    if plan.missing:
        notes.append(f"Left alone, as Jira did not return them (deleted, moved or not visible "
                     f"to this account): {', '.join(plan.missing)}.")
    if pending:
        notes.append(f"Labels of values the journal removed are still in Jira ({pending:,}); "
                     f"add --remove to remove them.")
    return notes


def result_text(plan: PushPlan, result: PushResult) -> str:
    """What --apply did, in one line (plus the issues Jira did not return)."""
    line = (f"Changed {result.changed:,} issues: {result.added:,} labels added, "
            f"{result.removed:,} removed, {result.present:,} already present, "
            f"{len(result.failures):,} failed.")
    return "\n".join([line, *_notes(plan, 0)])
