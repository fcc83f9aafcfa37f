"""Theme flags in the journal: their own lines, replayed apart from labels, surviving a torn
write and a merge, undone like labels, and grouped by similar notes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from analysis.journal import (
    FLAG_DIMENSION,
    HEADER,
    Flag,
    group_flags,
    merge_journals,
    open_journal,
    read_flags,
    read_journal,
    read_labels,
)

AT = "2026-01-05T09:00:00.000000Z"
LATER = "2026-01-05T10:00:00.000000Z"


def journal(path, *lines: str):
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_flag_round_trips_with_its_note_who_and_when(tmp_path):
    path = tmp_path / "a.labels.csv"
    with open_journal(path, by="ana", clock=lambda: None) as opened:
        change = opened.flag("S-1", "possible new theme:  certificate, expiry")
        assert change is not None and change.dimension == FLAG_DIMENSION
        assert opened.flag("S-1", "possible new theme: certificate, expiry") is None
        assert opened.flag("S-2", "   ") is None
    [flag] = read_flags(path)
    assert (flag.key, flag.note, flag.by) == ("S-1", "possible new theme: certificate, expiry",
                                            "ana")
    with open_journal(path, by="ben") as reopened:
        assert [f.note for f in reopened.flags_of("S-1")] == [flag.note]
    assert read_journal(path).warnings == ()


def test_flags_never_become_labels(tmp_path):
    path = journal(tmp_path / "a.labels.csv", f"{AT},ana,S-1,team,platops,set",
                   f"{AT},ana,S-1,_flag,vault token expiry,flag",
                   f"{AT},ana,S-2,_flag,dns in eu-west,flag")
    labels = read_labels(path)
    assert labels.rows() == [("S-1", "team", "platops")]
    with open_journal(path, by="ana") as opened:
        assert opened.labels == {"S-1": {"team": ["platops"]}}
        assert not opened.is_labelled("S-2")
        assert sorted(opened.flags) == ["S-1", "S-2"]


def test_unflag_takes_the_note_off_and_undo_puts_it_back(tmp_path):
    path = tmp_path / "a.labels.csv"
    with open_journal(path, by="ana") as opened:
        opened.flag("S-1", "cert expiry")
        opened.unflag("S-1", "cert expiry")
        assert opened.flags_of("S-1") == []
        assert read_flags(path) == []
        opened.undo()
        assert [f.note for f in opened.flags_of("S-1")] == ["cert expiry"]
        opened.undo()
        assert opened.flags == {}
    assert read_flags(path) == []


def test_a_flag_survives_a_kill_and_a_torn_last_line_is_skipped(tmp_path):
    path = tmp_path / "a.labels.csv"
    script = textwrap.dedent(f"""
        import os
        from analysis.journal import open_journal
        journal = open_journal({str(path)!r}, by="ana")
        journal.flag("S-1", "certificate expiry")
        os.write(journal._descriptor, b"2026-01-05T09:00:00.000000Z,ana,S-2,_flag,half")
        os.kill(os.getpid(), 9)
    """)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    subprocess.run([sys.executable, "-c", script], env=env, check=False)
    contents = read_journal(path)
    assert len(contents.warnings) == 1 and "incomplete last line" in contents.warnings[0]
    assert [(f.key, f.note) for f in read_flags(path)] == [("S-1", "certificate expiry")]
    with open_journal(path, by="ben") as reopened:
        reopened.flag("S-3", "dns")
        assert sorted(reopened.flags) == ["S-1", "S-3"]
    assert [f.key for f in read_flags(path)] == ["S-1", "S-3"]


def test_merging_two_journals_keeps_both_labellers_flags(tmp_path):
    ana = journal(tmp_path / "ana.labels.csv", f"{AT},ana,S-1,_flag,cert expiry,flag",
                  f"{AT},ana,S-1,team,platops,set")
    ben = journal(tmp_path / "ben.labels.csv", f"{LATER},ben,S-2,_flag,certificate expired,flag",
                  f"{LATER},ben,S-1,_flag,cert expiry,unflag")
    first = merge_journals([ana, ben], tmp_path / "one.labels.csv")
    second = merge_journals([ben, ana], tmp_path / "two.labels.csv")
    assert (tmp_path / "one.labels.csv").read_bytes() == (tmp_path / "two.labels.csv").read_bytes()
    assert first.lines == 4 and first.conflicts == () and second.conflicts == ()
    assert [(f.key, f.note, f.by) for f in read_flags(tmp_path / "one.labels.csv")] == [
        ("S-2", "certificate expired", "ben")]
    assert [f.key for f in read_flags([ana])] == ["S-1"]
    assert read_labels(tmp_path / "one.labels.csv").rows() == [("S-1", "team", "platops")]


def test_a_reader_without_flag_ops_would_skip_the_lines_not_misread_them(tmp_path):
    path = journal(tmp_path / "a.labels.csv", f"{AT},ana,S-1,_flag,cert,flag",
                   f"{AT},ana,S-1,team,platops,set")
    entries = read_journal(path).entries
    assert [e.op for e in entries] == ["flag", "set"]
    assert path.read_text().splitlines()[0] == "# supp-tui journal v1"


def flag(key: str, note: str, at: str = AT) -> Flag:
    return Flag(key, note, "ana", at)


def test_similar_notes_group_and_different_ones_do_not():
    groups = group_flags([
        flag("S-1", "possible new theme: certificate expiry"),
        flag("S-2", "expired certificate on ingress", LATER),
        flag("S-3", "possible new theme: vault token"),
        flag("S-4", "Certificate expiry", LATER),
    ])
    assert [g.keys for g in groups] == [("S-1", "S-2", "S-4"), ("S-3",)]
    assert groups[0].count == 3
    assert groups[0].name() == "Certificate expiry"
    assert groups[1].name() == "Vault token"


def test_filler_words_alone_do_not_make_notes_alike():
    groups = group_flags([flag("S-1", "possible new theme: dns timeouts"),
                          flag("S-2", "possible new theme: vault token expired")])
    assert len(groups) == 2
