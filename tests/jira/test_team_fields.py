"""Which field holds a board's teams, and the warning when no team value matches an option."""

from __future__ import annotations

import pytest

from analysis.errors import InputError
from analysis.jira import choose_team_field, forced_team_field, team_field_candidates

DATE = "17/Jan/21 10:32 AM"


def chosen(export):
    candidates = team_field_candidates(export)
    return choose_team_field(candidates, export.tickets.height)


def test_labels_win_when_no_field_is_named_after_teams(read_text):
    export = read_text(
        "Issue key,Summary,Created,Labels,Labels,Component/s\n"
        f"S-1,a,{DATE},payments,urgent,API\n"
        f"S-2,b,{DATE},checkout,,\n"
        f"S-3,c,{DATE},payments,,\n"
    )
    candidate, reason = chosen(export)
    assert candidate.field == "Labels"
    assert candidate.values.tickets == 3
    assert candidate.values.counts == (("payments", 2), ("checkout", 1), ("urgent", 1))
    assert "most tickets (3 of 3 tickets have a value)" in reason


def test_components_win_when_they_cover_more_tickets_than_labels(read_text):
    export = read_text(
        "Issue key,Summary,Created,Labels,Component/s\n"
        f"S-1,a,{DATE},urgent,Gateway\n"
        f"S-2,b,{DATE},,Gateway\n"
        f"S-3,c,{DATE},,Search\n"
    )
    candidate, _ = chosen(export)
    assert candidate.field == "Components"
    assert candidate.values.distinct == 2


def test_a_custom_field_named_after_teams_wins_over_labels(read_text):
    export = read_text(
        "Issue key,Summary,Created,Labels,Custom field (Team Name),Sprint\n"
        f"S-1,a,{DATE},urgent,Payments,Team Sprint 1\n"
        f"S-2,b,{DATE},urgent,Checkout,Team Sprint 1\n"
        f"S-3,c,{DATE},bug,,Team Sprint 2\n"
    )
    candidates = team_field_candidates(export)
    assert [c.field for c in candidates] == ["Labels", "Components", "Custom field (Team Name)"]
    candidate, reason = choose_team_field(candidates, 3)
    assert candidate.field == "Custom field (Team Name)"
    assert reason.startswith("its name says it holds teams")


def test_a_field_whose_values_name_teams_is_a_candidate(read_text):
    export = read_text(
        "Issue key,Summary,Created,Labels,Custom field (Owner)\n"
        f"S-1,a,{DATE},urgent,Payments Team\n"
        f"S-2,b,{DATE},urgent,Checkout Squad\n"
        f"S-3,c,{DATE},,Payments Team\n"
    )
    candidate, reason = chosen(export)
    assert candidate.field == "Custom field (Owner)"
    assert "values name teams (e.g. 'Payments Team', 'Checkout Squad')" in reason


def test_a_team_field_holding_ids_is_listed_but_never_chosen(read_text):
    export = read_text(
        "Issue key,Summary,Created,Labels,Custom field (Team)\n"
        f"S-1,a,{DATE},ops,36885b3c-1bf0-4f75-8a34-9b3f6a5b6c0e\n"
        f"S-2,b,{DATE},,36885b3c-1bf0-4f75-8a34-9b3f6a5b6c0f\n"
    )
    candidates = team_field_candidates(export)
    assert candidates[-1].values_are_ids
    candidate, _ = choose_team_field(candidates, 2)
    assert candidate.field == "Labels"


def test_a_board_with_no_labels_at_all_has_no_choice(read_text):
    export = read_text(
        "Issue key,Summary,Created,Labels,Component/s\n"
        f"S-1,a,{DATE},,\n"
    )
    candidate, reason = chosen(export)
    assert candidate is None
    assert reason == "no field holds values that could be teams"


def test_forced_field_takes_a_header_in_another_language(read_text):
    export = read_text(
        "Clave de incidencia,Resumen,Creada,Componentes\n"
        f"S-1,a,{DATE},Gateway\n"
    )
    assert forced_team_field(export, "Components").values.counts == (("Gateway", 1),)
    with pytest.raises(InputError, match="no column 'Team' for --team-field"):
        forced_team_field(export, "Team")


UNMATCHED = (
    "Issue key,Summary,Created,Labels,Labels\n"
    f"S-1,a,{DATE},payments,urgent\n"
    f"S-2,b,{DATE},payments,\n"
    f"S-3,c,{DATE},,\n"
)


def team_warnings(export):
    return [w for w in export.warnings if "none matches a team" in w]


def test_warning_when_no_team_value_matches_an_option(read_text, write_export):
    export = read_text(UNMATCHED)
    path = write_export(UNMATCHED)
    assert team_warnings(export) == [
        "2 tickets carry Labels values (e.g. 'payments', 'urgent') but none matches a team in "
        f"the built-in labels.toml; run `supp-tui init {path}` to write a labels.toml from "
        "this board's own values, or pass --team-field FIELD."
    ]


def test_warning_in_a_users_labels_toml_suggests_force(read_text, user_framework):
    (warning,) = team_warnings(read_text(UNMATCHED, user_framework))
    assert f"none matches a team in {user_framework.path}" in warning
    assert "--force" in warning and "--team-field FIELD" in warning


def test_no_warning_with_team_field_without_values_or_with_one_match(read_text):
    assert not team_warnings(read_text(UNMATCHED, team_field="Labels"))
    assert not team_warnings(read_text("Issue key,Summary,Created,Labels\nS-1,a,"
                                       f"{DATE},\n"))
    assert not team_warnings(read_text(UNMATCHED.replace("urgent", "o11y")))
