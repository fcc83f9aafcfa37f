"""Required dimensions: read from `required = true`, listed by the framework in file order."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.framework import load_framework

TWO_DIMENSIONS = """\
[[dimensions]]
id = "platform_team"
title = "Platform team"
{team_required}
[[dimensions.options]]
id = "platops"
name = "PlatOps"

[[dimensions]]
id = "category"
title = "Category"
required = true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_built_in_framework_requires_team_product_and_category():
    required = load_framework().required_dimensions
    assert [d.id for d in required] == ["platform_team", "product", "macro_category"]


def test_required_is_read_and_defaults_to_false(tmp_path):
    framework = load_framework(write(tmp_path, TWO_DIMENSIONS.format(team_required="")))
    assert [d.id for d in framework.required_dimensions] == ["category"]
    assert not framework.dimension("platform_team").required
    both = load_framework(write(tmp_path, TWO_DIMENSIONS.format(team_required="required = true")))
    assert [d.id for d in both.required_dimensions] == ["platform_team", "category"]


def test_a_required_flag_that_is_not_true_or_false_is_refused(tmp_path):
    with pytest.raises(InputError, match="required"):
        load_framework(write(tmp_path, TWO_DIMENSIONS.format(team_required='required = "yes"')))
