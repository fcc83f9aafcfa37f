"""A board's first labels.toml: team options from its values, written from the built-in one."""

from __future__ import annotations

import re
import tomllib

import pytest

from analysis.errors import InputError
from analysis.framework import (
    initial_framework,
    load_framework,
    team_options,
    team_title,
    write_framework_file,
)
from supp_tui.keys import APP_RESERVED_KEYS


def test_options_keep_frequency_order_and_group_spelling_variants():
    options = team_options([
        ("checkout", 5), ("payments", 4), ("Payments", 3), ("payments_team", 2),
        ("PAYMENTS", 1), ("observabilty", 1), ("Observability", 3), ("Team EU", 2),
        ("team-us", 2),
    ])
    assert [(o.name, o.aliases) for o in options] == [
        ("Payments", ("payments", "payments_team", "PAYMENTS")),
        ("checkout", ()),
        ("Observability", ("observabilty",)),
        ("Team EU", ()),
        ("team-us", ()),
    ]
    assert [o.hotkey for o in options] == ["1", "2", "3", "4", "5"]


def test_near_spellings_merge_only_when_safe():
    options = team_options([("payments-eu", 3), ("payments-us", 2), ("infra1", 2),
                            ("infra", 1), ("sre", 2), ("sres", 1)])
    assert [o.name for o in options] == ["payments-eu", "payments-us", "infra1", "sre",
                                         "infra", "sres"]


def test_ids_are_valid_and_unique_even_when_names_slug_alike():
    options = team_options([("C++", 2), ("c", 1), ("Équipe Données", 1), ("チーム", 1)])
    ids = [o.id for o in options]
    assert ids == ["c_2", "c", "equipe_donnees", "option"]
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9_]*", i) for i in ids)


def test_hotkeys_skip_taken_keys_and_stop_after_the_digits():
    options = team_options([(f"team {n}", 20 - n) for n in range(14)], unavailable_keys={"3"})
    hotkeys = [o.hotkey for o in options]
    assert hotkeys[:9] == ["1", "2", "4", "5", "6", "7", "8", "9", "0"]
    assert hotkeys[9:] == [None] * 5


def test_initial_framework_loads_strictly_and_keeps_the_other_dimensions(tmp_path):
    values = [(f"Squad {n}", 30 - n) for n in range(12)]
    text, framework = initial_framework("Custom field (Team Name)", values, "board.csv",
                                        APP_RESERVED_KEYS)
    path = tmp_path / "labels.toml"
    write_framework_file(path, text)
    loaded = load_framework(path, reserved_keys=APP_RESERVED_KEYS)
    default = load_framework(None)
    team = loaded.team_dimension
    assert loaded.team.field == "Custom field (Team Name)"
    assert team.title == "Team Name"
    assert team.option_names[:2] == ("Squad 0", "Squad 1")
    assert team.picker and team.key == "T"
    assert loaded.dimensions[1:] == default.dimensions[1:]
    assert loaded.closed == default.closed
    assert loaded.targets.priorities == ()
    assert "# [targets.priorities.Highest]" in text
    assert "# supp-tui labelling framework for board.csv" in text
    assert framework.team_dimension == team
    every_key = [*loaded.hotkeys(), *loaded.dimension_keys()]
    assert len(every_key) == len(set(every_key))


def test_uncommenting_the_targets_gives_the_built_in_ones():
    text, _ = initial_framework("Labels", [("ops", 1)], "board.csv")
    lines = text.splitlines()
    start = lines.index("# [targets]")
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("# ---"))
    block = "\n".join(line.removeprefix("# ") for line in lines[start:end])
    assert tomllib.loads(block)["targets"]["priorities"]["Highest"]["resolution_hours"] == 8


@pytest.mark.parametrize(("field", "title"), [
    ("Labels", "Team"), ("Components", "Components"),
    ("Custom field (Team Name)", "Team Name"), ("Squad", "Squad"),
])
def test_team_title_follows_the_field(field, title):
    assert team_title(field) == title


def test_an_existing_file_is_replaced_only_with_force(tmp_path):
    path = tmp_path / "labels.toml"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="already exists; pass --force"):
        write_framework_file(path, "new")
    assert path.read_text(encoding="utf-8") == "mine"
    write_framework_file(path, "new", force=True)
    assert path.read_text(encoding="utf-8") == "new"
