"""Required dimensions and the [keys] table: read, checked against the app's bindings."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.framework import AppBinding, add_option, app_keys, load_framework
from supp_tui.keys import APP_RESERVED_KEYS, free_hotkey

BASE = """\
[[dimensions]]
id = "platform_team"
title = "Platform team"
required = true

[[dimensions.options]]
id = "platops"
name = "PlatOps"
hotkey = "1"

[[dimensions]]
id = "macro_category"
title = "Macro category"

[[dimensions.options]]
id = "metrics"
name = "Metrics"
hotkey = "m"
"""
BINDINGS = (AppBinding("undo", ("u",)), AppBinding("accept_all", ("a",)),
            AppBinding("next", ("right", "n")), "tab")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(InputError) as caught:
        load_framework(write(tmp_path, text), reserved_keys=BINDINGS)
    return str(caught.value)


def test_required_dimensions_are_listed_in_file_order(tmp_path):
    framework = load_framework(write(tmp_path, BASE))
    assert framework.required_dimensions == ("platform_team",)


def test_built_in_file_requires_team_product_and_category():
    framework = load_framework(reserved_keys=APP_RESERVED_KEYS)
    assert framework.required_dimensions == ("platform_team", "product", "macro_category")


def test_required_must_be_true_or_false(tmp_path):
    message = error_for(tmp_path, BASE.replace("required = true", 'required = "yes"'))
    assert "line 4, dimensions[0].required: must be true or false" in message


def test_keys_table_maps_binding_ids_to_textual_keys(tmp_path):
    text = BASE + '\n[keys]\nundo = "U"\nnext = ["right", "?"]\n'
    framework = load_framework(write(tmp_path, text), reserved_keys=BINDINGS)
    assert framework.keymap() == {"undo": "U", "next": "right,question_mark"}


def test_remapped_key_frees_the_old_key_for_a_hotkey(tmp_path):
    text = BASE.replace('hotkey = "m"', 'hotkey = "u"') + '\n[keys]\nundo = "U"\n'
    framework = load_framework(write(tmp_path, text), reserved_keys=BINDINGS)
    assert "u" in framework.hotkeys()
    assert "U" in app_keys(framework, BINDINGS).values()


def test_hotkey_on_a_remapped_key_is_refused(tmp_path):
    text = BASE.replace('hotkey = "m"', 'hotkey = "U"') + '\n[keys]\nundo = "U"\n'
    message = error_for(tmp_path, text)
    assert "hotkey 'U'" in message and "collides with the app's own key 'U'" in message


def test_unknown_binding_id_names_the_line_and_the_nearest_id(tmp_path):
    message = error_for(tmp_path, BASE + '\n[keys]\nundoo = "U"\n')
    assert "line 21, keys.undoo: 'undoo' is not a key binding id" in message
    assert "did you mean 'undo'?" in message


def test_two_bindings_on_one_key_are_refused(tmp_path):
    message = error_for(tmp_path, BASE + '\n[keys]\nundo = "a"\n')
    assert "keys.undo: key 'a' of 'undo' is already the key of binding 'accept_all'" in message
    assert "choose a free key such as" in message


def test_binding_on_a_fixed_key_is_refused(tmp_path):
    message = error_for(tmp_path, BASE + '\n[keys]\nundo = "tab"\n')
    assert "key 'tab' of 'undo' is already the app's fixed key 'tab'" in message


def test_swapping_two_keys_is_allowed(tmp_path):
    text = BASE + '\n[keys]\nundo = "a"\naccept_all = "u"\n'
    framework = load_framework(write(tmp_path, text), reserved_keys=BINDINGS)
    assert framework.keymap() == {"undo": "a", "accept_all": "u"}


@pytest.mark.parametrize("key", ["", "ctrl+", "Page Down", "ab cd"])
def test_malformed_key_is_refused(tmp_path, key):
    message = error_for(tmp_path, BASE + f'\n[keys]\nundo = "{key}"\n')
    assert "keys.undo" in message


def test_keys_are_kept_when_an_option_is_added(tmp_path):
    path = write(tmp_path, BASE + '\n[keys]\nundo = "U"\n')
    framework = add_option(path, "macro_category", "Logs", "u", reserved_keys=BINDINGS)
    assert framework.keymap() == {"undo": "U"}
    assert framework.dimension("macro_category").resolve("Logs").hotkey == "u"


def test_free_hotkey_skips_remapped_keys(tmp_path):
    text = BASE + '\n[keys]\nundo = "g"\n'
    framework = load_framework(write(tmp_path, text), reserved_keys=APP_RESERVED_KEYS)
    assert free_hotkey(framework) == "h"
