"""Merging journals: never over an existing file without force, conflicts reported with who and
when, ties independent of argument order, identical lines once, bad lines reported."""

from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.journal import HEADER, merge_journals, read_journal, read_labels

AT = "2026-01-05T09:00:00.000000Z"
LATER = "2026-01-05T10:00:00.000000Z"


def journal(path, *lines: str):
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_an_existing_output_is_never_replaced_without_force(tmp_path):
    source = journal(tmp_path / "a.labels.csv", f"{AT},ana,S-1,team,platops,set")
    output = journal(tmp_path / "out.labels.csv", *(f"{AT},ana,S-{i},team,x,set" for i in range(9)))
    before = output.read_bytes()
    with pytest.raises(InputError, match="--force") as raised:
        merge_journals([source], output)
    assert str(output) in str(raised.value)
    assert output.read_bytes() == before
    assert merge_journals([source, output], output, force=True).lines == 10
    assert len(read_journal(output).entries) == 10


def test_conflicts_name_who_set_what_and_when(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,team,platops,set",
                  f"{AT},ana,S-2,team,netplat,set")
    ben = journal(tmp_path / "ben.labels.csv", f"{LATER},ben,S-1,team,observability,set",
                  f"{LATER},ben,S-2,team,netplat,set")
    result = merge_journals([ana, ben], tmp_path / "out.labels.csv")
    [conflict] = result.conflicts
    assert (conflict.key, conflict.dimension, conflict.kept) == ("S-1", "team", ("observability",))
    assert [(s.by, s.at, s.values) for s in conflict.sides] == [
        ("ana", AT, ("platops",)), ("ben", LATER, ("observability",))]
    sentence = conflict.sentence()
    for part in ("S-1", "team", "ana", "platops", AT, "ben", "observability", LATER):
        assert part in sentence


def test_a_journal_that_already_holds_the_other_ones_change_is_no_conflict(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,team,platops,set")
    both = journal(tmp_path / "both.labels.csv", f"{AT},ana,S-1,team,platops,set",
                   f"{LATER},ben,S-1,team,observability,set")
    assert merge_journals([ana, both], tmp_path / "out.labels.csv").conflicts == ()


def test_ties_do_not_depend_on_argument_order(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,team,platops,set")
    ben = journal(tmp_path / "ben.labels.csv", f"{AT},ben,S-1,team,observability,set")
    one, two = tmp_path / "one.labels.csv", tmp_path / "two.labels.csv"
    merge_journals([ana, ben], one)
    merge_journals([ben, ana], two)
    assert one.read_bytes() == two.read_bytes()
    assert read_labels([ana, ben]).equals(read_labels([ben, ana]))


def test_a_self_merge_collapses_identical_lines(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,category,metrics,add",
                  f"{AT},ana,S-1,category,metrics,remove", f"{LATER},ana,S-1,category,logs,add")
    output = tmp_path / "out.labels.csv"
    result = merge_journals([ana, ana], output)
    assert result.lines == 3 and result.conflicts == ()
    assert output.read_bytes() == ana.read_bytes()


def test_malformed_lines_are_reported_with_file_and_line(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,team,platops,set",
                  "garbage line", f"{LATER},ana,S-2,team,netplat,set")
    result = merge_journals([ana], tmp_path / "out.labels.csv")
    assert result.lines == 2
    [warning] = result.warnings
    assert f"{ana} line 4" in warning and "garbage line" in warning


def test_values_added_side_by_side_to_a_several_value_dimension_are_no_conflict(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,macro_category,metrics,add")
    ben = journal(tmp_path / "ben.labels.csv", f"{LATER},ben,S-1,macro_category,build,add")
    result = merge_journals([ana, ben], tmp_path / "out.labels.csv")
    assert result.conflicts == ()
    assert result.lines == 2


def test_a_value_one_labeller_removed_that_another_kept_is_a_conflict(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,macro_category,metrics,add")
    ben = journal(tmp_path / "ben.labels.csv", f"{AT},ben,S-1,macro_category,metrics,add",
                  f"{LATER},ben,S-1,macro_category,metrics,remove")
    (conflict,) = merge_journals([ana, ben], tmp_path / "out.labels.csv").conflicts
    assert conflict.kept == ()
