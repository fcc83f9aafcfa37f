"""Report test fixtures: a small hand-made SUPP board, a Jira CSV export and its labels journal.

Forty-odd tickets from late March to 24 November 2026, written so each part of a report has
something to say: a rise in Build pipeline, a first Vault ticket, a Kubernetes / Deployments
cluster in 2026-W47, missed targets, a ticket open since March, an empty week (2026-W33),
names and an account id inside summaries, and a pipe in one summary.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.journal import HEADER, Entry, format_entry

PEOPLE = {
    "ana": ("Ana Silva", "557058:aaaa1111-2222-3333-4444-555566667777"),
    "bruno": ("Bruno Costa", "557058:bbbb1111-2222-3333-4444-555566667777"),
    "dora": ("Dora Okafor", "712020:dddd1111-2222-3333-4444-555566667777"),
}
SUPPORT = ("Carla Mendes", "557058:cccc1111-2222-3333-4444-555566667777")

# created, resolved (or ""), priority, team label, reporter, summary,
# hours to first answer by support (or None), macro category, product ("" = not labelled)
TICKETS = [
    ("2026-03-30 09:00", "", "High", "platops", "ana", "Cluster upgrade stuck since March", 2, "Deployments", "Kubernetes"),
    ("2026-04-08 10:00", "2026-04-09 10:00", "Medium", "o11y", "bruno", "Grafana dashboard empty", 3, "Metrics", "Grafana"),
    ("2026-04-21 11:00", "2026-04-30 11:00", "Low", "bnd", "dora", "Runner out of disk", 20, "Build pipeline", "GitHub Actions"),
    ("2026-05-05 09:30", "2026-05-06 09:30", "Medium", "netplat", "ana", "DNS record for pay-api", 4, "Networking", "DNS"),
    ("2026-05-19 14:00", "2026-05-20 09:00", "High", "iam-team", "bruno", "Access to prod logs", 1, "Access", "AWS IAM"),
    ("2026-06-02 08:00", "2026-06-12 08:00", "Medium", "o11y", "dora", "Alert storm on checkout", 6, "Alerting", "Grafana"),
    ("2026-06-16 16:00", "2026-06-17 16:00", "Low", "platops", "ana", "Node pool resize", 10, "Deployments", "Kubernetes"),
    ("2026-06-30 09:00", "2026-07-01 09:00", "Medium", "bnd", "bruno", "Pipeline cache misses", 5, "Build pipeline", "GitHub Actions"),
    ("2026-07-07 10:00", "2026-07-09 10:00", "High", "platops", "dora", "Helm release failing", 2, "Deployments", "Kubernetes"),
    ("2026-07-14 11:00", "2026-07-15 11:00", "Medium", "o11y", "ana", "Missing metrics for tax-web", 9, "Metrics", "Prometheus"),
    ("2026-07-28 12:00", "2026-08-03 12:00", "Low", "dp-team", "bruno", "Postgres replica lag", 30, "Databases", "PostgreSQL"),
    ("2026-08-04 09:00", "2026-08-05 09:00", "Medium", "netplat", "dora", "Firewall rule for batch", 7, "Networking", "Firewall"),
    ("2026-08-18 10:00", "2026-08-25 10:00", "High", "bnd", "ana", "Deploy job timeouts", 1, "Build pipeline", "GitHub Actions"),
    ("2026-08-25 15:00", "2026-08-26 15:00", "Medium", "", "bruno", "Question about quotas", None, "Other", ""),
    ("2026-09-08 09:00", "2026-09-09 09:00", "Medium", "o11y", "dora", "Log retention for orders", 4, "Logging", "Loki"),
    ("2026-09-15 10:00", "2026-09-18 10:00", "High", "platops", "ana", "Pods evicted in prod", 2, "Deployments", "Kubernetes"),
    ("2026-09-22 11:00", "2026-09-23 11:00", "Low", "iam-team", "bruno", "SSO group for new team", 12, "Access", "Okta"),
    ("2026-09-29 13:00", "2026-10-01 13:00", "Medium", "bnd", "dora", "Flaky integration stage", 5, "Build pipeline", "GitHub Actions"),
    ("2026-10-06 09:00", "2026-10-07 09:00", "Medium", "o11y", "ana", "Dashboards slow", 3, "Metrics", "Grafana"),
    ("2026-10-13 10:00", "2026-10-20 10:00", "High", "netplat", "bruno", "VPN drops for Bruno Costa", 2, "Networking", "VPN"),
    ("2026-10-20 11:00", "2026-10-21 11:00", "Low", "dp-team", "dora", "Backup restore test", 15, "Databases", "PostgreSQL"),
    ("2026-10-27 14:00", "2026-10-29 14:00", "Medium", "platops", "ana", "Ingress 502s", 6, "Networking", "Kubernetes"),
    ("2026-11-02 09:00", "2026-11-03 09:00", "Medium", "bnd", "bruno", "Build queue long", 4, "Build pipeline", "GitHub Actions"),
    ("2026-11-04 10:00", "2026-11-05 10:00", "High", "o11y", "dora", "Alert routing wrong team", 1, "Alerting", "PagerDuty"),
    ("2026-11-10 11:00", "2026-11-11 11:00", "Medium", "platops", "ana", "Namespace quota", 5, "Deployments", "Kubernetes"),
    ("2026-11-11 15:00", "2026-11-13 15:00", "Low", "iam-team", "bruno", "Access review", 20, "Access", "Okta"),
    ("2026-11-16 09:00", "2026-11-16 15:00", "Highest", "bnd", "dora", "Release pipeline | all builds red", 0.5, "Build pipeline", "GitHub Actions"),
    ("2026-11-16 10:00", "2026-11-19 10:00", "High", "bnd", "ana", "Runner image broken for Ana Silva", 6, "Build pipeline", "GitHub Actions"),
    ("2026-11-17 09:00", "2026-11-18 09:00", "Medium", "platops", "bruno", "Rollout stuck on orders", 2, "Deployments", "Kubernetes"),
    ("2026-11-17 14:00", "", "High", "platops", "dora", "Pods crash-looping after deploy", 1, "Deployments", "Kubernetes"),
    ("2026-11-18 10:00", "2026-11-20 10:00", "Medium", "platops", "ana", "Canary never promotes, ask 557058:aaaa1111-2222-3333-4444-555566667777", 3, "Deployments", "Kubernetes"),
    ("2026-11-18 16:00", "2026-11-19 09:00", "Medium", "bnd", "bruno", "Cache key collision", 4, "Build pipeline", "GitHub Actions"),
    ("2026-11-19 11:00", "", "Medium", "iam-team", "dora", "Vault token expiry", 30, "Access", "Vault"),
    ("2026-11-20 09:00", "2026-11-21 09:00", "Low", "o11y", "ana", "New dashboard request", None, "Metrics", "Grafana"),
    ("2026-11-20 13:00", "", "Medium", "", "bruno", "Where do I ask about costs?", None, "", ""),
    ("2026-11-21 10:00", "2026-11-23 10:00", "Medium", "bnd", "dora", "Artifact upload slow", 2, "Build pipeline", "GitHub Actions"),
    ("2026-11-23 09:00", "", "Medium", "netplat", "ana", "Private link to data lake", 3, "Networking", "VPN"),
    ("2026-11-24 08:00", "", "Low", "o11y", "bruno", "Retention question", None, "Logging", "Loki"),
]
FRAMEWORK = """\
version = 1

[targets]
clock = "calendar"

[targets.priorities.Highest]
first_response_hours = 1
resolution_hours = 8

[targets.priorities.High]
first_response_hours = 4
resolution_hours = 24

[targets.priorities.Medium]
first_response_hours = 8
resolution_hours = 72

[targets.priorities.Low]
first_response_hours = 24
resolution_hours = 120

[[dimensions]]
id = "platform_team"
title = "Platform team"
options = [
    { id = "platops", name = "PlatOps", aliases = ["platops"] },
    { id = "build_and_deploy", name = "Build and Deploy", aliases = ["bnd"] },
    { id = "observability", name = "Observability", aliases = ["o11y"] },
    { id = "network_platform", name = "Network Platform", aliases = ["netplat"] },
    { id = "data_platform", name = "Data Platform", aliases = ["dp-team"] },
    { id = "identity_and_access", name = "Identity and Access", aliases = ["iam-team"] },
]

[[dimensions]]
id = "product"
title = "Product"
multi = true

[[dimensions]]
id = "macro_category"
title = "Macro category"

[[dimensions.options]]
id = "build_pipeline"
name = "Build pipeline"
product_score = 2
process_score = 2
actions = ["Add the failing step to the pipeline troubleshooting guide."]

[[dimensions.options]]
id = "deployments"
name = "Deployments"
product_score = 3
process_score = 2
actions = ["Add a rollback step to the deployment runbook."]

[[dimensions.options]]
id = "access"
name = "Access"
product_score = 1
process_score = 3
actions = ["Make this access request self-service through a group or role."]

[[dimensions.options]]
id = "metrics"
name = "Metrics"
product_score = 2
process_score = 1

[[dimensions.options]]
id = "networking"
name = "Networking"
product_score = 3
process_score = 1
[[dimensions.options]]
id = "alerting"
name = "Alerting"

[[dimensions.options]]
id = "databases"
name = "Databases"

[[dimensions.options]]
id = "logging"
name = "Logging"

[[dimensions.options]]
id = "other"
name = "Other"
"""
HEADER_ROW = [
    "Summary", "Issue key", "Issue Type", "Status", "Status Category", "Priority", "Reporter",
    "Reporter Id", "Assignee", "Created", "Updated", "Resolved", "Labels", "Comment", "Comment",
]


def ticket_rows() -> list[list[str]]:
    """The CSV data rows, one per ticket."""
    from datetime import datetime, timedelta

    rows = []
    for number, (created, resolved, priority, team, who, summary, answer, _, _) in enumerate(
        TICKETS, start=1
    ):
        name, account = PEOPLE[who]
        start = datetime.fromisoformat(created)
        comments = [f"{created};{account};Adding details for the team."]
        if answer is not None:
            at = (start + timedelta(hours=answer)).strftime("%Y-%m-%d %H:%M")
            comments.append(f"{at};{SUPPORT[1]};Thanks {name}, looking at it now.")
        updated = resolved or (start + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
        rows.append([
            summary, f"SUPP-{number}", "Task", "Done" if resolved else "In Progress",
            "Done" if resolved else "In Progress", priority, name, account,
            SUPPORT[0] if answer is not None else "", created, updated, resolved, team,
            *comments, *[""] * (2 - len(comments)),
        ])
    return rows


def write_board_files(folder: Path) -> Path:
    """Write board.csv, its journal (board.csv.labels.csv) and labels.toml into `folder`."""
    (folder / "labels.toml").write_text(FRAMEWORK, encoding="utf-8")
    export = folder / "board.csv"
    with open(export, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER_ROW)
        writer.writerows(ticket_rows())
    with open(folder / "board.csv.labels.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for number, ticket in enumerate(TICKETS, start=1):
            category, product = ticket[7], ticket[8]
            for dimension, value in (("macro_category", category), ("product", product)):
                if value:
                    handle.write(format_entry(Entry(
                        "2026-11-24T12:00:00.000000Z", "tester", f"SUPP-{number}",
                        dimension, value, "set")))
    return export


@pytest.fixture(scope="session")
def write_board():
    """`write_board(folder)`: the board's export, journal and labels.toml written into `folder`."""
    return write_board_files


@pytest.fixture(scope="session")
def board_people():
    """The board's reporters by short name: (display name, account id)."""
    return PEOPLE


@pytest.fixture(scope="session")
def board_support():
    """The support agent who answers the board's tickets: (display name, account id)."""
    return SUPPORT


@pytest.fixture(scope="session")
def board_tickets():
    """The board's tickets, one tuple per ticket in the column order noted above TICKETS."""
    return TICKETS
