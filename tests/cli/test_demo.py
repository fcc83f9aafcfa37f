"""`supp-tui demo`: the demo folder holds the bundled export and a framework that fits it."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.framework import default_framework_path, load_framework
from analysis.sample import demo_organisation, sample_frame
from supp_tui.cli import main
from supp_tui.commands.demo import prepare_demo

DEMO = Path(__file__).resolve().parents[2] / "demo" / "supp-demo.csv"
ORIGINS = {"origin_team": "_origin_team", "origin_location": "_origin_location",
           "origin_service": "_origin_service"}


def test_demo_without_options_writes_the_bundled_export(tmp_path, capsys):
    folder = tmp_path / "demo"
    assert main(["demo", "--no-open", "-o", str(folder)]) == 0
    assert (folder / "supp-demo.csv").read_bytes() == DEMO.read_bytes()
    assert "supp-tui label" in capsys.readouterr().out


def test_demo_framework_lists_the_reporters_origins_and_keeps_the_default(tmp_path):
    board = prepare_demo(tmp_path, 300, 5)
    path = tmp_path / "labels.toml"
    framework = load_framework(path)
    text = path.read_text(encoding="utf-8")
    default_text = default_framework_path().read_text(encoding="utf-8")
    comments = [line for line in default_text.splitlines() if line.startswith("#")]
    assert comments and all(line in text.splitlines() for line in comments)
    default = load_framework()
    for dimension in default.dimensions:
        names = framework.dimension(dimension.id).option_names
        assert names[:len(dimension.options)] == dimension.option_names
        if dimension.id not in ORIGINS:
            assert framework.dimension(dimension.id) == dimension
    truth = sample_frame(300, 5)
    for dimension_id, column in ORIGINS.items():
        names = set(framework.dimension(dimension_id).option_names)
        assert set(truth[column]) <= names
    teams, locations, services = demo_organisation()
    assert len(teams) == 70 and "Berlin" in locations and "payments-api" not in teams
    assert set(teams) <= set(framework.dimension("origin_team").option_names)
    assert set(services) <= set(framework.dimension("origin_service").option_names)
    assert board == tmp_path / "supp-demo.csv"


def test_demo_organisation_is_deterministic_and_distinct():
    teams, locations, services = demo_organisation()
    assert demo_organisation() == (teams, locations, services)
    for names in (teams, locations, services):
        assert len(set(names)) == len(names)


def test_existing_demo_folder_is_reopened_untouched(tmp_path):
    board = prepare_demo(tmp_path, 50, 1)
    (tmp_path / "labels.toml").write_text("# mine\n", encoding="utf-8")
    board_bytes = board.read_bytes()
    assert prepare_demo(tmp_path, 80, 2) == board
    assert board.read_bytes() == board_bytes
    assert (tmp_path / "labels.toml").read_text(encoding="utf-8") == "# mine\n"


def test_demo_folder_that_is_a_file_is_an_input_error(tmp_path):
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        prepare_demo(target, 10, 1)


def test_demo_board_report_judges_its_own_targets(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    board = prepare_demo(tmp_path / "demo", 300, 5)
    status = main(["report", "monthly", str(board), "-o", str(tmp_path / "out"), "--no-figures"])
    assert status == 0, capsys.readouterr().err
    text = next((tmp_path / "out").glob("*.md")).read_text(encoding="utf-8")
    assert "targets from the board's labels.toml" in text
    assert "| Resolved within target |" in text
