"""Where a framework file is: the packaged default, or the one beside the exports."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from analysis.errors import InputError

FRAMEWORK_FILE_NAME = "labels.toml"
ENVIRONMENT_VARIABLE = "SUPP_TUI_FRAMEWORK"


def default_framework_path() -> Path:
    """The packaged default framework file (a copy of the project's top-level labels.toml)."""
    return Path(__file__).resolve().with_name("default_labels.toml")


def board_framework_path(export: str | Path) -> Path:
    """The labels.toml that belongs to a board: beside its first export, or inside it when that
    is a folder."""
    first = Path(export)
    return (first if first.is_dir() else first.parent) / FRAMEWORK_FILE_NAME


def find_framework(
    exports: Sequence[str | Path], explicit: str | Path | None = None
) -> Path | None:
    """The framework file to use: explicit, then $SUPP_TUI_FRAMEWORK, then labels.toml beside the
    first export (inside it, for a folder), then ./labels.toml; None means the packaged default.
    """
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError(
                f"Framework file {path} does not exist; check the --framework path, or leave "
                f"the option out to use the built-in labels.toml."
            )
        return path
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return find_framework(exports, from_environment)
    candidates = [board_framework_path(exports[0])] if exports else []
    candidates.append(Path.cwd() / FRAMEWORK_FILE_NAME)
    return next((candidate for candidate in candidates if candidate.is_file()), None)
