"""Workload through `supp-tui stats` and the caseload KPIs and workload sections of a report,
on hand-written exports."""

from __future__ import annotations

import json

from analysis.journal import HEADER, Entry, format_entry
from analysis.metrics import person_token
from supp_tui.cli import main

EXPORT = (
    "Issue key,Summary,Priority,Assignee,Reporter,Created,Resolved,Status,Status Category,"
    "Labels,Comment\n"
    "SUPP-1,Grafana empty,High,Ana Silva,Rita Reis,05/Jan/26 10:00 AM,07/Jan/26 10:00 AM,"
    "Done,Done,platops,05/Jan/26 12:00 PM;Ana Silva;Looking\n"
    "SUPP-2,Pipeline stuck,Medium,Ana Silva,Rita Reis,06/Jan/26 10:00 AM,06/Jan/26 4:00 PM,"
    "Done,Done,bnd,06/Jan/26 11:00 AM;Ana Silva;On it\n"
    "SUPP-3,Access please,Highest,Bo Lind,Rita Reis,07/Jan/26 9:00 AM,,Open,To Do,,\n"
    "SUPP-4,DNS broke again,Low,,Rita Reis,08/Jan/26 9:00 AM,09/Jan/26 9:00 AM,"
    "Done,Done,regression,\n"
)


def write_board(tmp_path, kinds: dict[str, str] | None = None):
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    if kinds:
        with open(tmp_path / "board.csv.labels.csv", "w", encoding="utf-8") as journal:
            journal.write(HEADER)
            journal.writelines(format_entry(Entry("2026-01-10T12:00:00.000000Z", "tester", key,
                                                 "resolution_kind", kind, "set")) for key, kind in kinds.items())
    return path


def test_stats_json_lists_workload_per_assignee_and_week(tmp_path, capsys):
    assert main(["stats", str(write_board(tmp_path)), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["workload"] == [
        {"assignee": "Ana Silva", "assigned": 2, "closed": 2, "open": 0,
         "median_resolution_hours": 27.0, "median_response_hours": 1.5},
        {"assignee": "Unassigned", "assigned": 1, "closed": 1, "open": 0,
         "median_resolution_hours": 24.0, "median_response_hours": None},
        {"assignee": "Bo Lind", "assigned": 1, "closed": 0, "open": 1,
         "median_resolution_hours": None, "median_response_hours": None},
    ]
    assert {row["period"] for row in stats["workload_weekly"]} == {"2026-W02"}


def test_stats_table_shows_workload(tmp_path, capsys):
    assert main(["stats", str(write_board(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Workload per assignee" in out
    assert "Ana Silva" in out and "27.0 h" in out


def test_anonymised_workload_names_nobody(tmp_path, capsys):
    assert main(["stats", str(write_board(tmp_path)), "--json", "--anonymise"]) == 0
    out = capsys.readouterr().out
    for name in ("Ana", "Silva", "Bo Lind", "Rita"):
        assert name not in out
    assignees = [row["assignee"] for row in json.loads(out)["workload"]]
    assert person_token("Ana Silva") in assignees and person_token("Bo Lind") in assignees


def test_report_counts_caseload_kpis_and_workload(tmp_path):
    board = write_board(tmp_path, {"SUPP-1": "information_shared", "SUPP-2": "code_change"})
    output = tmp_path / "reports"
    assert main(["report", "weekly", str(board), "--week", "2026-W02", "-o", str(output),
                 "--no-figures"]) == 0
    text = (output / "2026-W02.md").read_text(encoding="utf-8")
    kpis = text.split("## Caseload KPIs")[1].split("\n## ")[0]
    assert "| High-priority cases created | 2 |" in kpis
    assert "| High-priority cases open at end | 1 |" in kpis
    assert "| Cases closed | 3 |" in kpis
    assert "| Closed by sharing information | 1 (33%) |" in kpis
    assert "| Closed by a code change | 1 (33%) |" in kpis
    assert "| Closed, resolution kind not labelled | 1 (33%) |" in kpis
    assert "| Regressions created | 1 |" in kpis
    workload = text.split("## Workload per assignee")[1].split("\n## ")[0]
    assert "| Ana Silva | 2 | 2 | 0 | 27.0 h | 1.5 h |" in workload
    assert "| Bo Lind | 1 | 0 | 1 | – | – |" in workload
