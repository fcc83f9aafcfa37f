"""The labelling framework: the shipped default, strict validation messages, write-back."""

from __future__ import annotations

import multiprocessing
import shutil
import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError

from analysis.errors import InputError
from analysis.framework import (
    ExportSettings,
    Framework,
    add_option,
    add_options,
    default_framework_path,
    ensure_user_framework,
    find_framework,
    load_framework,
    normalise_label,
    slugify,
)

REPO_LABELS = Path(__file__).resolve().parents[2] / "labels.toml"
APP_KEYS = ("q", "?", "n", "p", "u", "z", "/", "j", "f", "a", "enter", "escape", "tab",
            "space", "ctrl+c")

MINIMAL = """\
[[dimensions]]
id = "platform_team"
title = "Platform team"

[[dimensions.options]]
id = "platops"
name = "PlatOps"
hotkey = "1"
aliases = ["plat-ops"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str, reserved: tuple[str, ...] = ()) -> str:
    with pytest.raises(InputError) as caught:
        load_framework(write(tmp_path, text), reserved_keys=reserved)
    return str(caught.value)


def test_default_framework_loads_with_the_app_keys_reserved():
    framework = load_framework(reserved_keys=APP_KEYS)
    assert framework.path is None
    assert framework.dimension_ids == (
        "platform_team", "product", "macro_category", "origin_team", "origin_location",
        "origin_service", "resolution_kind",
    )
    kinds = framework.dimension("resolution_kind")
    assert kinds.option_names == ("Information shared", "Config change", "Code change",
                                  "Duplicate", "No action")
    assert [option.hotkey for option in kinds.options] == list("hgk90")
    assert not kinds.required and not kinds.multi
    teams = framework.dimension("platform_team")
    assert [option.hotkey for option in teams.options] == list("12345678")
    assert teams.option_names[:2] == ("PlatOps", "Build and Deploy")
    categories = framework.dimension("macro_category")
    assert len(categories.options) == 13
    assert all(option.hotkey and option.actions for option in categories.options[:-1])
    assert framework.dimension("origin_service").picker
    assert framework.dimension("origin_team").from_reporter
    assert framework.team.field == "Labels" and framework.team_dimension is teams
    assert framework.closed.is_done("itens concluídos") and not framework.closed.is_done("Open")
    assert framework.targets.for_priority("p1").resolution_hours == 8


def test_packaged_default_is_the_top_level_file():
    assert default_framework_path().read_bytes() == REPO_LABELS.read_bytes()


def test_hotkeys_map_keys_to_dimension_and_option():
    framework = load_framework()
    hotkeys = framework.hotkeys()
    assert hotkeys["2"] == ("platform_team", "build_and_deploy")
    assert hotkeys["m"] == ("macro_category", "metrics")
    assert framework.dimension_keys()["S"] == "origin_service"
    assert not set(hotkeys) & set(framework.dimension_keys())


def test_resolve_by_id_name_and_alias_ignoring_case_and_separators():
    teams = load_framework().dimension("platform_team")
    assert teams.resolve("bnd").id == "build_and_deploy"
    assert teams.resolve("BUILD_AND_DEPLOY").name == "Build and Deploy"
    assert teams.resolve("build and  deploy").id == "build_and_deploy"
    assert teams.resolve("O11Y").name == "Observability"
    assert teams.resolve("payments") is None
    assert normalise_label(" Plat_Ops-team ") == "plat ops team"


def test_unknown_dimension_lists_the_valid_ones():
    with pytest.raises(InputError, match="valid dimensions: platform_team, product"):
        load_framework().dimension("teams")


def test_minimal_file_gets_defaults_for_every_setting(tmp_path):
    framework = load_framework(write(tmp_path, MINIMAL))
    assert framework.team.field == "Labels"
    assert "Listo" in framework.closed.done_categories
    assert framework.export.columns == {} and framework.export.date_format is None
    assert framework.targets.clock == "calendar"
    assert framework.targets.working_hours.weekdays == (1, 2, 3, 4, 5)


def test_export_and_targets_settings_are_read(tmp_path):
    text = MINIMAL + """
[export]
date_format = "%d.%m.%Y %H:%M"
columns = { key = "Clé de ticket" }
month_names = { "Okt." = 10 }

[targets]
clock = "working"
working_hours = { start_hour = 8, end_hour = 18, weekdays = ["Sun", "Mon"] }
priorities.Urgent = { first_response_hours = 0.5, aliases = ["P0"] }
"""
    framework = load_framework(write(tmp_path, text))
    assert framework.export.columns == {"key": "Clé de ticket"}
    assert framework.export.month_names == {"okt": 10}
    assert framework.targets.working_hours.weekdays == (1, 7)
    assert framework.targets.for_priority("P0").first_response_hours == 0.5


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(InputError, match=r"nope\.toml does not exist.*--framework"):
        load_framework(tmp_path / "nope.toml")


def test_toml_syntax_error_gives_the_line(tmp_path):
    message = error_for(tmp_path, "[team\nfield = 'Labels'\n")
    assert "is not valid TOML" in message and "line 1" in message
    assert str(tmp_path / "labels.toml") in message


def test_unknown_key_suggests_the_nearest_spelling_with_its_line(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('hotkey = "1"', 'hotky = "1"'))
    assert "labels.toml line 8" in message
    assert "dimensions[0].options[0].hotky" in message
    assert "unknown key 'hotky'" in message and "did you mean 'hotkey'?" in message


def test_unknown_table_suggests_the_nearest_section(tmp_path):
    message = error_for(tmp_path, "[targts]\nclock = 'calendar'\n\n" + MINIMAL)
    assert "line 1" in message and "did you mean 'targets'?" in message


def test_unknown_key_without_close_match_lists_the_allowed_keys(tmp_path):
    message = error_for(tmp_path, "[team]\ncolour = 'red'\n" + MINIMAL)
    assert "unknown key 'colour'" in message
    assert "remove it (allowed keys: dimension, field)" in message


def test_wrong_type_says_what_is_expected(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('title = "Platform team"',
                                                  'title = "Platform team"\nmulti = "yes"'))
    assert "line 4, dimensions[0].multi: must be true or false (got 'yes')" in message


def test_missing_required_key(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('name = "PlatOps"\n', ""))
    assert "dimensions[0].options[0]: required key 'name' is missing" in message
    assert "line 5" in message


def test_bad_id_suggests_a_slug(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('id = "platops"', 'id = "Plat Ops"'))
    assert "lower_snake_case" in message and "'plat_ops'" in message


def test_duplicate_dimension_id(tmp_path):
    message = error_for(tmp_path, MINIMAL + MINIMAL.replace('"1"', '"2"'))
    assert "line 11, dimensions[1].id" in message
    assert "dimension id 'platform_team' is used twice (also dimensions[0])" in message


def test_duplicate_option_id(tmp_path):
    text = MINIMAL + '\n[[dimensions.options]]\nid = "platops"\nname = "Other"\n'
    message = error_for(tmp_path, text)
    assert "option id 'platops' is used twice in dimension 'platform_team'" in message
    assert "line 12" in message


def test_alias_that_names_another_option(tmp_path):
    text = MINIMAL + (
        '\n[[dimensions.options]]\nid = "devex"\nname = "DevEx"\naliases = ["Plat Ops"]\n'
    )
    message = error_for(tmp_path, text)
    assert "'Plat Ops' of option 'devex' also names option 'platops'" in message


def test_clashing_hotkeys_name_both_owners(tmp_path):
    text = MINIMAL + """
[[dimensions]]
id = "macro_category"
title = "Macro category"

[[dimensions.options]]
id = "metrics"
name = "Metrics"
hotkey = "1"
"""
    message = error_for(tmp_path, text)
    assert "line 18, dimensions[1].options[0].hotkey" in message
    assert "option 'platform_team.platops'" in message
    assert "option 'macro_category.metrics'" in message
    assert "use a free key such as 'a'" in message


def test_hotkey_reserved_by_the_app_suggests_a_free_key(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('"1"', '"q"'), reserved=APP_KEYS)
    assert "hotkey 'q'" in message and "collides with the app's own key 'q'" in message
    assert "use a free key such as 'b'" in message


def test_reserved_keys_match_textual_names_and_characters(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('"1"', '"?"'), reserved=("question_mark",))
    assert "collides with the app's own key 'question_mark'" in message
    message = error_for(tmp_path, MINIMAL.replace('"1"', '"/"'), reserved=APP_KEYS)
    assert "collides with the app's own key '/'" in message


def test_dimension_key_is_checked_like_a_hotkey(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('title = "Platform team"',
                                                  'title = "Platform team"\nkey = "1"'))
    assert "the key of dimension 'platform_team'" in message


@pytest.mark.parametrize("hotkey", ["ctrl+k", "ab", " ", ""])
def test_hotkey_must_be_one_printable_character(tmp_path, hotkey):
    message = error_for(tmp_path, MINIMAL.replace('"1"', f'"{hotkey}"'))
    assert "dimensions[0].options[0].hotkey: must be one printable character" in message


def test_team_dimension_must_exist(tmp_path):
    message = error_for(tmp_path, '[team]\ndimension = "platform_teams"\n\n' + MINIMAL)
    assert "line 2, team.dimension" in message
    assert "did you mean 'platform_team'?" in message


def test_dimension_id_must_not_shadow_a_ticket_column(tmp_path):
    text = '[team]\ndimension = "status"\n' + MINIMAL.replace("platform_team", "status")
    assert "is the name of a ticket column" in error_for(tmp_path, text)


def test_export_column_must_be_canonical(tmp_path):
    message = error_for(tmp_path, '[export.columns]\nkye = "Clé"\n' + MINIMAL)
    assert "'kye' is not a ticket column; did you mean 'key'?" in message


def test_working_hours_must_be_ordered(tmp_path):
    text = "[targets.working_hours]\nstart_hour = 18\nend_hour = 9\n\n" + MINIMAL
    assert "start_hour (18) must be before end_hour (9)" in error_for(tmp_path, text)


def test_date_format_must_be_strftime(tmp_path):
    message = error_for(tmp_path, '[export]\ndate_format = "dd/MMM/yy"\n' + MINIMAL)
    assert "export.date_format: must use strftime codes" in message


def test_error_is_one_sentence_with_the_fix(tmp_path):
    message = error_for(tmp_path, MINIMAL.replace('hotkey = "1"', 'hotky = "1"'))
    assert message.count("; ") >= 1 and message.endswith(".") and "\n" not in message


def test_add_option_keeps_comments_and_other_data(tmp_path):
    path = tmp_path / "labels.toml"
    shutil.copy(REPO_LABELS, path)
    before = tomllib.loads(path.read_text(encoding="utf-8"))
    framework = add_option(path, "macro_category", "Kafka / Streaming", hotkey="r")
    text = path.read_text(encoding="utf-8")
    after = tomllib.loads(text)
    assert "# Hotkey layout" in text
    added = after["dimensions"][2]["options"].pop()
    assert added == {"id": "kafka_streaming", "name": "Kafka / Streaming", "hotkey": "r"}
    assert after == before
    assert framework.dimension("macro_category").resolve("kafka streaming").hotkey == "r"
    assert load_framework(path).hotkeys()["r"] == ("macro_category", "kafka_streaming")
    assert framework.path == path


def test_add_option_to_last_dimension_and_unique_ids(tmp_path):
    path = write(tmp_path, MINIMAL + "# trailing comment\n")
    add_option(path, "platform_team", "Plat Ops!")
    assert "# trailing comment" in path.read_text(encoding="utf-8")
    framework = add_option(path, "platform_team", "Büro Köln")
    ids = [option.id for option in framework.dimension("platform_team").options]
    assert ids == ["platops", "plat_ops_2", "buro_koln"]
    assert slugify("Büro Köln") == "buro_koln" and slugify("!!") == "option"


def test_add_options_appends_many_in_one_write_and_keeps_comments(tmp_path):
    path = tmp_path / "labels.toml"
    shutil.copy(REPO_LABELS, path)
    before = tomllib.loads(path.read_text(encoding="utf-8"))
    names = ["Berlin", "São Paulo", "  Kraków ", "Zürich"]
    framework = add_options(path, "origin_location", names)
    text = path.read_text(encoding="utf-8")
    after = tomllib.loads(text)
    assert "# Hotkey layout" in text and "# Dimensions. Each option" in text
    location = next(d for d in after["dimensions"] if d["id"] == "origin_location")
    added = location["options"][-4:]
    del location["options"][-4:]
    assert added == [{"id": "berlin", "name": "Berlin"}, {"id": "sao_paulo", "name": "São Paulo"},
                     {"id": "krakow", "name": "Kraków"}, {"id": "zurich", "name": "Zürich"}]
    assert after == before
    reloaded = load_framework(path).dimension("origin_location")
    assert reloaded == framework.dimension("origin_location")
    assert reloaded.resolve("sao paulo").name == "São Paulo"


def test_add_options_skips_names_that_resolve_or_repeat(tmp_path):
    path = write(tmp_path, MINIMAL + "# trailing comment\n")
    framework = add_options(path, "platform_team", ["plat-ops", "DevEx", "devex", "DEVEX",
                                                   "Plat Ops 2", "plat_ops_2"])
    options = framework.dimension("platform_team").options
    assert [(option.id, option.name) for option in options] == [
        ("platops", "PlatOps"), ("devex", "DevEx"), ("plat_ops_2", "Plat Ops 2")]
    text = path.read_text(encoding="utf-8")
    assert "# trailing comment" in text
    assert add_options(path, "platform_team", ["DevEx", "PlatOps"]) == framework
    assert path.read_text(encoding="utf-8") == text


def test_add_options_unique_ids_within_the_batch(tmp_path):
    path = write(tmp_path, MINIMAL)
    framework = add_options(path, "platform_team", ["Ops!", "Ops?"])
    assert [option.id for option in framework.dimension("platform_team").options] == [
        "platops", "ops", "ops_2"]


def test_add_options_rejects_bad_input_and_leaves_the_file(tmp_path):
    path = write(tmp_path, MINIMAL)
    with pytest.raises(InputError, match="needs a name"):
        add_options(path, "platform_team", ["DevEx", "  "])
    with pytest.raises(InputError, match="teams"):
        add_options(path, "teams", ["X"])
    with pytest.raises(InputError, match="built-in labels.toml"):
        add_options(default_framework_path(), "platform_team", ["X"])
    assert path.read_text(encoding="utf-8") == MINIMAL


def test_add_option_rejects_a_name_that_already_resolves(tmp_path):
    path = write(tmp_path, MINIMAL)
    with pytest.raises(InputError, match="already has 'plat-ops' as option 'PlatOps'"):
        add_option(path, "platform_team", "plat-ops")
    assert path.read_text(encoding="utf-8") == MINIMAL


def test_add_option_rejects_a_clashing_or_reserved_hotkey_and_leaves_the_file(tmp_path):
    path = write(tmp_path, MINIMAL)
    with pytest.raises(InputError, match="hotkey '1' is both"):
        add_option(path, "platform_team", "DevEx", hotkey="1")
    with pytest.raises(InputError, match="collides with the app's own key"):
        add_option(path, "platform_team", "DevEx", hotkey="q", reserved_keys=APP_KEYS)
    assert path.read_text(encoding="utf-8") == MINIMAL
    assert [p.name for p in tmp_path.iterdir()] == ["labels.toml"]


def test_add_option_to_inline_options_appends_an_inline_table(tmp_path):
    text = (
        '# teams\n[[dimensions]]\nid = "platform_team"\ntitle = "T"  # shown\n'
        'options = [{ id = "a", name = "A" }]  # inline\n'
    )
    path = write(tmp_path, text)
    framework = add_option(path, "platform_team", "B")
    assert framework.dimension("platform_team").option_names == ("A", "B")
    written = path.read_text(encoding="utf-8")
    assert written.startswith('# teams\n[[dimensions]]\nid = "platform_team"\n'
                              'title = "T"  # shown\noptions = [{ id = "a", name = "A" }, ')
    assert written.count("# inline") == 1


def test_add_option_refuses_the_packaged_default(tmp_path):
    with pytest.raises(InputError, match="built-in labels.toml.*--framework"):
        add_option(None, "product", "Kafka")
    with pytest.raises(InputError, match="built-in labels.toml"):
        add_option(default_framework_path(), "product", "Kafka")


def test_add_option_to_unknown_dimension(tmp_path):
    with pytest.raises(InputError, match="Unknown dimension 'teams'"):
        add_option(write(tmp_path, MINIMAL), "teams", "X")


def test_ensure_user_framework_copies_the_default_once(tmp_path):
    export = tmp_path / "board.csv"
    export.write_text("Issue key\n", encoding="utf-8")
    path = ensure_user_framework(export)
    assert path == tmp_path / "labels.toml" and path.read_bytes() == REPO_LABELS.read_bytes()
    path.write_text(MINIMAL, encoding="utf-8")
    assert ensure_user_framework(export).read_text(encoding="utf-8") == MINIMAL


def test_find_framework_order(tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    exports.mkdir()
    export = exports / "board.csv"
    export.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_framework([export]) is None
    (tmp_path / "labels.toml").write_text(MINIMAL, encoding="utf-8")
    assert find_framework([export]) == tmp_path / "labels.toml"
    (exports / "labels.toml").write_text(MINIMAL, encoding="utf-8")
    assert find_framework([export]) == exports / "labels.toml"
    assert find_framework([exports]) == exports / "labels.toml"
    explicit = write(tmp_path / "exports", MINIMAL)
    assert find_framework([export], explicit) == explicit
    with pytest.raises(InputError, match="does not exist"):
        find_framework([export], tmp_path / "missing.toml")


def test_add_option_through_a_symlink_updates_the_real_file(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    real = write(shared, MINIMAL)
    link = tmp_path / "labels.toml"
    link.symlink_to(real)
    add_option(link, "platform_team", "DevEx", hotkey="7")
    assert link.is_symlink()
    assert load_framework(real).hotkeys()["7"] == ("platform_team", "devex")


def test_add_option_to_a_dimension_without_options_and_crlf_file(tmp_path):
    text = (MINIMAL + '\n[[dimensions]]\nid = "product"\ntitle = "Product"\n'
            '# the options follow\n\n[targets]\nclock = "calendar"\n').replace("\n", "\r\n")
    path = tmp_path / "labels.toml"
    path.write_bytes(text.encode())
    framework = add_option(path, "product", "Vault")
    assert framework.dimension("product").option_names == ("Vault",)
    written = path.read_bytes().decode()
    assert "\n" not in written.replace("\r\n", "")
    assert written.index("Vault") < written.index("[targets]")


def test_line_numbers_skip_multi_line_values_and_follow_quoted_keys(tmp_path):
    text = MINIMAL.replace(
        'aliases = ["plat-ops"]',
        'aliases = [\n    "x = 1",\n    "[[dimensions]]",\n]\nactions = ["""\nid = "a"\n"""]',
    ) + '\n[targets.priorities."Very high"]\nresolution_hours = 0\n'
    message = error_for(tmp_path, text)
    assert 'line 18, targets.priorities.Very high.resolution_hours: input should be greater ' \
        'than 0 (got 0); correct that value.' in message


def test_unreadable_files_are_input_errors(tmp_path):
    path = tmp_path / "labels.toml"
    path.write_bytes(b"\xff\xfe[team]\n")
    with pytest.raises(InputError, match="not UTF-8 text"):
        load_framework(path)
    with pytest.raises(InputError, match="Cannot read framework file"):
        load_framework(tmp_path)
    with pytest.raises(InputError, match="not UTF-8 text"):
        add_option(path, "platform_team", "X")


def _sections(text: str) -> str:
    """The text with a numbered comment introducing every dimension ('# Section 1' ...)."""
    parts = text.split("\n[[dimensions]]\n")
    return "".join(f"{part}\n# Section {number}\n[[dimensions]]\n"
                   for number, part in enumerate(parts[:-1], start=1)) + parts[-1]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(line in remaining for line in short)


def test_add_option_to_every_dimension_keeps_every_comment_in_its_place(tmp_path):
    text = _sections(REPO_LABELS.read_text(encoding="utf-8"))
    path = write(tmp_path, text)
    dimension_ids = load_framework(path).dimension_ids
    for dimension_id in dimension_ids:
        add_option(path, dimension_id, f"New {dimension_id}")
    written = path.read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in written.splitlines() if line.lstrip().startswith("#")] == comments
    assert _is_subsequence(text.splitlines(), written.splitlines())
    for number, dimension_id in enumerate(dimension_ids, start=1):
        start = written.index(f'# Section {number}\n[[dimensions]]\nid = "{dimension_id}"')
        block = written.index(f'[[dimensions.options]]\nid = "new_{dimension_id}"', start)
        assert written[block - 2:block] == "\n\n"
        following = written.find(f"# Section {number + 1}\n", start)
        assert following == -1 or block < following < written.index("[[dimensions]]", block)
    framework = load_framework(path)
    assert all(dimension.options[-1].name == f"New {dimension.id}"
               for dimension in framework.dimensions)


def test_add_options_keeps_a_crlf_file_crlf(tmp_path):
    text = _sections(REPO_LABELS.read_text(encoding="utf-8")) + (
        '\n[[dimensions]]\nid = "inline"\ntitle = "Inline"\n'
        'options = [\n    { id = "a", name = "A" },\n]\n'
    )
    path = tmp_path / "labels.toml"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    add_options(path, "product", ["Quasar", "Zeppelin"])
    add_options(path, "inline", ["B"])
    written = path.read_bytes().decode()
    assert "\n" not in written.replace("\r\n", "")
    assert _is_subsequence(text.splitlines(), written.splitlines())
    framework = load_framework(path)
    assert framework.dimension("product").option_names[-2:] == ("Quasar", "Zeppelin")
    assert framework.dimension("inline").option_names == ("A", "B")


def _add_many(path: Path, dimension_id: str, names: list[str], start: object) -> None:
    start.wait()
    for name in names:
        add_option(path, dimension_id, name)


def test_concurrent_writers_lose_no_option(tmp_path):
    path = write(tmp_path, MINIMAL + '\n[[dimensions]]\nid = "product"\ntitle = "Product"\n')
    context = multiprocessing.get_context("fork")
    start = context.Barrier(2)
    batches = {"platform_team": [f"Team {n}" for n in range(12)],
               "product": [f"Product {n}" for n in range(12)]}
    writers = [context.Process(target=_add_many, args=(path, dimension_id, names, start))
               for dimension_id, names in batches.items()]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=60)
    assert [writer.exitcode for writer in writers] == [0, 0]
    framework = load_framework(path)
    assert framework.dimension("platform_team").option_names[1:] == tuple(batches["platform_team"])
    assert framework.dimension("product").option_names == tuple(batches["product"])
    assert [p.name for p in tmp_path.iterdir()] == ["labels.toml"]


def test_a_priority_target_and_the_top_level_take_no_loader_fields(tmp_path):
    message = error_for(tmp_path, MINIMAL + '\n[targets.priorities.High]\npriority = "Low"\n')
    assert "line 12, targets.priorities.High.priority: unknown key 'priority'" in message
    assert "allowed keys: aliases, first_response_hours, resolution_hours" in message
    message = error_for(tmp_path, 'path = "elsewhere.toml"\n' + MINIMAL)
    assert "line 1, path: unknown key 'path'" in message and "allowed keys: closed," in message


def test_weekdays_are_day_names_in_the_file(tmp_path):
    text = MINIMAL + '\n[targets.working_hours]\nweekdays = ["Mon", "Tues"]\n'
    message = error_for(tmp_path, text)
    assert "line 12, targets.working_hours.weekdays[1]: input should be 'Mon'," in message
    message = error_for(tmp_path, MINIMAL + "\n[targets.working_hours]\nweekdays = [1, 2]\n")
    assert "targets.working_hours.weekdays[0]" in message


def test_the_model_is_frozen_and_copies_are_validated_with_fresh_lookups():
    framework = load_framework()
    teams = framework.dimension("platform_team")
    assert teams.resolve("kafka") is None
    extra = teams.options[0].model_copy(update={"id": "kafka", "name": "Kafka", "hotkey": None,
                                                "aliases": ()})
    grown = teams.model_copy(update={"options": (*teams.options, extra)})
    assert grown.resolve("KAFKA") == extra and grown.name_of("kafka") == "Kafka"
    assert teams.resolve("kafka") is None
    with pytest.raises(ValidationError):
        teams.model_copy(update={"id": "Platform Team"})
    with pytest.raises(ValidationError):
        framework.model_copy(update={"export": ExportSettings(date_format="dd/MM/yy")})
    with pytest.raises(ValidationError):
        teams.title = "Teams"  # type: ignore[misc]  # assigning to a frozen model is the test
    moved = framework.model_copy(update={"path": Path("elsewhere.toml")})
    assert isinstance(moved, Framework) and moved.source == "elsewhere.toml"
    assert moved.dimensions == framework.dimensions
