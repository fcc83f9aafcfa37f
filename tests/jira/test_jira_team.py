"""The team and closed_at columns, following DESIGN.md "Definitions"."""

from __future__ import annotations

from datetime import datetime

import pytest

from analysis.errors import InputError
from analysis.framework import ClosedSettings

DATE = "17/Jan/21 10:32 AM"


def test_default_team_field_keeps_only_labels_that_name_a_team(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Labels,Labels,Labels\n"
        f"S-1,a,{DATE},bnd,urgent,PlatOps\n"
        f"S-2,b,{DATE},plat-ops,platform_ops,\n"
        f"S-3,c,{DATE},urgent,,\n"
    )
    assert column(export, "team") == [["Build and Deploy", "PlatOps"], ["PlatOps"], []]


def test_team_field_given_counts_every_value_and_still_applies_aliases(read_text, column):
    export = read_text((
        "Issue key,Summary,Created,Custom field (Team Name)\n"
        f"S-1,a,{DATE},o11y\n"
        f"S-2,b,{DATE},Payments Squad\n"
        f"S-3,c,{DATE},\n"
    ), team_field="Custom field (Team Name)")
    assert column(export, "team") == [["Observability"], ["Payments Squad"], []]


def test_team_field_by_english_name_finds_the_localised_header(read_text, column):
    export = read_text((
        "Clave de incidencia,Resumen,Creada,Componentes,Componentes\n"
        f"S-1,a,{DATE},netplat,Gateway\n"
    ), team_field="Components")
    assert column(export, "team") == [["Network Platform", "Gateway"]]


def test_unknown_team_field_is_an_error_listing_close_headers(read_text):
    with pytest.raises(InputError, match=r"no column 'Team' for --team-field.*'Team Name'"):
        read_text(f"Issue key,Summary,Created,Team Name\nS-1,a,{DATE},x\n", team_field="Team")


def test_missing_default_team_field_is_a_warning(read_text, column):
    export = read_text(f"Issue key,Summary,Created\nS-1,a,{DATE}\n")
    assert column(export, "team") == [[]]
    assert any("no Labels column" in warning for warning in export.warnings)


CLOSED_HEADER = (
    "Issue key,Summary,Created,Updated,Resolved,Status Category,Status Category Changed\n"
)


@pytest.mark.parametrize(("row", "closed"), [
    ("20/Jan/21 9:00 AM,19/Jan/21 9:00 AM,Done,18/Jan/21 9:00 AM", datetime(2021, 1, 19, 9)),
    ("20/Jan/21 9:00 AM,,Done,18/Jan/21 9:00 AM", datetime(2021, 1, 18, 9)),
    ("20/Jan/21 9:00 AM,,Done,", datetime(2021, 1, 20, 9)),
    ("20/Jan/21 9:00 AM,,Listo,", datetime(2021, 1, 20, 9)),
    ("20/Jan/21 9:00 AM,,Itens concluídos,", datetime(2021, 1, 20, 9)),
    ("20/Jan/21 9:00 AM,,Terminé,", datetime(2021, 1, 20, 9)),
    ("20/Jan/21 9:00 AM,,fertig,", datetime(2021, 1, 20, 9)),
    ("20/Jan/21 9:00 AM,,In Progress,18/Jan/21 9:00 AM", None),
    ("20/Jan/21 9:00 AM,,,", None),
])
def test_closed_at_rules(row, closed, read_text, column):
    export = read_text(f"{CLOSED_HEADER}S-1,s,{DATE},{row}\n")
    assert column(export, "closed_at") == [closed]


def test_closed_at_follows_the_framework_rules(read_text, framework, column):
    framework = framework.model_copy(update={"closed": ClosedSettings(
        done_categories=("Shipped",), use_resolved=True, fallback_to_updated=False,
    )})
    export = read_text((
        f"{CLOSED_HEADER}S-1,a,{DATE},20/Jan/21 9:00 AM,,Shipped,\n"
        f"S-2,b,{DATE},20/Jan/21 9:00 AM,,Shipped,18/Jan/21 9:00 AM\n"
        f"S-3,c,{DATE},20/Jan/21 9:00 AM,,Done,18/Jan/21 9:00 AM\n"
    ), framework)
    assert column(export, "closed_at") == [None, datetime(2021, 1, 18, 9), None]


def test_status_category_changed_kept_as_an_export_column(read_text, column):
    export = read_text(f"{CLOSED_HEADER}S-1,a,{DATE},,,Done,18/Jan/21 9:00 AM\n")
    assert column(export, "Status Category Changed") == ["18/Jan/21 9:00 AM"]


def test_missing_team_field_hint_never_points_into_the_installed_package(tmp_path, read_text):
    export = read_text(f"Issue key,Summary,Created\nS-1,a,{DATE}\n")
    (warning,) = export.warnings
    assert "in the built-in labels.toml" not in warning
    assert (f"run `supp-tui init {tmp_path / 'board.csv'}` to write {tmp_path / 'labels.toml'}, "
            "then add the setting under [team] in that file.") in warning


def test_tickets_resolved_before_they_were_created_get_one_warning(read_text, column):
    export = read_text(
        f"{CLOSED_HEADER}S-1,a,{DATE},20/Jan/21 9:00 AM,16/Jan/21 9:00 AM,Done,\n"
        f"S-2,b,{DATE},20/Jan/21 9:00 AM,18/Jan/21 9:00 AM,Done,\n"
        f"S-5,c,{DATE},20/Jan/21 9:00 AM,01/Jan/21 9:00 AM,Done,\n"
    )
    assert column(export, "closed_at")[0] == datetime(2021, 1, 16, 9)
    (warning,) = [w for w in export.warnings if "resolved before" in w]
    assert warning.startswith("2 tickets were resolved before they were created (e.g. S-1, S-5)")
    assert "count as closed when created" in warning and "check their dates in Jira" in warning


def test_no_early_resolution_warning_when_dates_are_in_order(read_text):
    export = read_text(f"{CLOSED_HEADER}S-1,a,{DATE},20/Jan/21 9:00 AM,,Done,\n")
    assert not [w for w in export.warnings if "resolved before" in w]
