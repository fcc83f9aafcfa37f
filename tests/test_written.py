"""Files supp-tui writes are told apart from Jira exports by their first line alone."""

from __future__ import annotations

import pytest

from analysis.written import written_kind


@pytest.mark.parametrize(("first_line", "kind"), [
    (b"# supp-tui journal v1\n", "journal"),
    (b"\xef\xbb\xbf# supp-tui journal v1\r\n", "journal"),
    (b"# supp-tui journal v2\n", "journal"),
    (b"key,platform_team,macro_category\n", "labels table"),
    (b"Issue key,Summary,Labels,Labels\r\n", "Jira-import"),
])
def test_files_supp_tui_wrote_are_recognised(first_line, kind):
    assert kind in (written_kind(first_line) or "")


@pytest.mark.parametrize("first_line", [
    b"Issue key,Summary,Created,Labels\n", b"Summary,Issue key,Issue id,Labels\n",
    b"Issue key,Summary\n", b"\xef\xbb\xbfClave de incidencia,Resumen,Creada\n", b"", b"\x00\x01",
])
def test_jira_exports_are_not(first_line):
    assert written_kind(first_line) is None
