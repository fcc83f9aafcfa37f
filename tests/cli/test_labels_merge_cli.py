"""`supp-tui labels merge` through the real CLI: --force, conflicts and bad lines on stderr."""

from __future__ import annotations

from analysis.journal import HEADER
from supp_tui.cli import main

AT = "2026-01-05T09:00:00.000000Z"
LATER = "2026-01-05T10:00:00.000000Z"


def journal(path, *lines: str):
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_merge_refuses_to_replace_a_file_without_force(tmp_path, capsys):
    source = journal(tmp_path / "a.labels.csv", f"{AT},ana,S-1,team,platops,set")
    output = journal(tmp_path / "board.csv.labels.csv",
                     *(f"{AT},ana,S-{i},team,x,set" for i in range(2, 9)))
    before = output.read_bytes()
    assert main(["labels", "merge", str(source), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(output) in err and "--force" in err
    assert output.read_bytes() == before
    assert main(["labels", "merge", str(source), str(output), "-o", str(output), "--force"]) == 0
    assert "8 lines" in capsys.readouterr().err


def test_merge_lists_conflicts_and_bad_lines_on_stderr(tmp_path, capsys):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,team,platops,set", "oops")
    ben = journal(tmp_path / "ben.labels.csv", f"{LATER},ben,S-1,team,observability,set")
    assert main(["labels", "merge", str(ana), str(ben), "-o", str(tmp_path / "m.csv")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(f"{ana} line 4" in line and "warning" in line for line in err)
    [conflict] = [line for line in err if "conflict" in line and "S-1" in line]
    assert "ana" in conflict and "ben" in conflict and AT in conflict and LATER in conflict
    assert "1 conflicting label" in err[-1]
