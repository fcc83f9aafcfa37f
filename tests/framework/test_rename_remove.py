"""Renaming and removing options in labels.toml: comments kept, old spellings kept as aliases."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.framework import load_framework, remove_option, rename_option

TEXT = """\
# my labels
[[dimensions]]
id = "origin_service"
title = "Originating service"
key = "S"

[[dimensions.options]]
id = "rewards_wrker"   # typo, added in a hurry
name = "rewards-wrker"

# the real one
[[dimensions.options]]
id = "payments_api"
name = "Payments API"
aliases = ["payapi"]
hotkey = "1"

[[dimensions]]
id = "platform_team"
title = "Platform team"
options = [{ id = "platops", name = "PlatOps", hotkey = "2" }, { id = "sre", name = "SRE" }]
"""


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_rename_sets_name_and_id_and_keeps_old_spellings_as_aliases(labels):
    old, framework = rename_option(labels, "origin_service", "rewards-wrker", "rewards-worker")
    assert old.id == "rewards_wrker"
    option = framework.dimension("origin_service").resolve("rewards_wrker")
    assert (option.id, option.name, option.aliases) == (
        "rewards_worker", "rewards-worker", ("rewards-wrker",))
    assert framework.dimension("origin_service").name_of("rewards_wrker") == "rewards-worker"
    text = labels.read_text(encoding="utf-8")
    assert "# typo, added in a hurry" in text and "# the real one" in text
    assert load_framework(labels) == framework


def test_rename_by_alias_keeps_hotkey_and_existing_aliases(labels):
    _, framework = rename_option(labels, "origin_service", "payapi", "Payments gateway")
    option = framework.dimension("origin_service").option("payments_gateway")
    assert option.hotkey == "1"
    assert option.aliases == ("payapi", "Payments API")


def test_rename_in_an_inline_table(labels):
    _, framework = rename_option(labels, "platform_team", "sre", "Site reliability")
    assert framework.dimension("platform_team").resolve("sre").name == "Site reliability"
    assert 'name = "Site reliability"' in labels.read_text(encoding="utf-8")


def test_rename_to_another_options_name_merges_the_typo_into_it(labels):
    """A typo'd option renamed to a real one's name (or alias) goes, and its spellings become
    the real one's aliases, so journal lines written with it count for the real option."""
    before, framework = rename_option(labels, "origin_service", "rewards_wrker", "payapi")
    assert before.id == "rewards_wrker"
    services = framework.dimension("origin_service")
    assert [o.id for o in services.options] == ["payments_api"]
    assert services.resolve("rewards_wrker").id == "payments_api"
    assert services.resolve("rewards-wrker").id == "payments_api"
    text = labels.read_text(encoding="utf-8")
    assert "# the real one" in text and "# my labels" in text
    assert 'hotkey = "1"' in text


def test_remove_takes_the_option_out_and_keeps_the_rest(labels):
    removed, framework = remove_option(labels, "origin_service", "rewards-wrker")
    assert removed.id == "rewards_wrker"
    assert [o.id for o in framework.dimension("origin_service").options] == ["payments_api"]
    text = labels.read_text(encoding="utf-8")
    assert "# the real one" in text and "rewards" not in text


def test_remove_from_an_inline_table(labels):
    _, framework = remove_option(labels, "platform_team", "PlatOps")
    assert [o.id for o in framework.dimension("platform_team").options] == ["sre"]


def test_unknown_option_lists_the_valid_ones(labels):
    with pytest.raises(InputError, match="has no option 'kafka'.*Payments API"):
        remove_option(labels, "origin_service", "kafka")


def test_the_built_in_file_is_never_changed():
    with pytest.raises(InputError, match="cannot be changed in the built-in labels.toml"):
        remove_option(None, "product", "kubernetes")
