"""The labelling app on a folder of exports keeps its journal beside the folder."""

from __future__ import annotations

from supp_tui.app import make_app


def test_labelling_a_folder_creates_the_journal_beside_it(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "a.csv").write_text("Issue key,Summary,Created\nS-1,a,05/Jan/26 10:00 AM\n")
    journal = make_app([exports]).loader.load().session.journal
    try:
        journal.set("S-1", "platform_team", "platops", multi=False)
    finally:
        journal.close()
    assert journal.path == tmp_path / "exports.labels.csv"
    assert sorted(p.name for p in exports.iterdir()) == ["a.csv"]
    reopened = make_app([exports]).loader.load().session.journal
    reopened.close()
    assert reopened.labels == {"S-1": {"platform_team": ["platops"]}}
