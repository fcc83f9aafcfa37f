"""Load `labels.toml` strictly: every problem becomes one InputError naming file, line and fix."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analysis.columns import MAPPABLE_COLUMNS, RESERVED_COLUMNS
from analysis.errors import InputError
from analysis.framework._keys import ReservedKey, app_keys, check_keymap
from analysis.framework._lines import KeyPath
from analysis.framework._messages import FrameworkFile, did_you_mean, explain_validation
from analysis.framework._model import Dimension, Framework
from analysis.framework._names import key_name, normalise_label
from analysis.framework._paths import default_framework_path
from analysis.framework._settings import ExportSettings

FORMAT_VERSION: int = Framework.model_fields["version"].default  # the one it accepts
_SPARE_KEYS = string.ascii_lowercase + string.digits + string.ascii_uppercase


def load_framework(path: str | Path | None = None,
                   reserved_keys: Iterable[ReservedKey] = ()) -> Framework:
    """Read and strictly validate a framework file (None = the packaged default).

    `reserved_keys` are the app's own keys (characters or Textual key names such as
    "question_mark"), fixed or as bindings the [keys] table may remap; an option or dimension
    hotkey that uses one is an error.
    """
    return read_framework(path, tuple(reserved_keys))


def read_framework(path: str | Path | None, reserved_keys: tuple[ReservedKey, ...]) -> Framework:
    """Read, parse and validate a framework file into a Framework."""
    return parse_framework(read_framework_file(path), reserved_keys)


def read_framework_file(path: str | Path | None) -> FrameworkFile:
    """The text of a framework file, line endings untouched (None = the packaged default)."""
    source = Path(path) if path is not None else default_framework_path()
    try:
        with open(source, encoding="utf-8", newline="") as stream:
            text = stream.read()
    except FileNotFoundError:
        raise InputError(
            f"Framework file {source} does not exist; check the path given with --framework, "
            f"or leave it out to use the built-in labels.toml."
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
        raise InputError(
            f"Cannot read framework file {source} ({reason}); make it a readable UTF-8 text "
            f"file."
        ) from None
    return FrameworkFile(Path(path) if path is not None else None, text)


def parse_framework(file: FrameworkFile, reserved_keys: tuple[ReservedKey, ...]) -> Framework:
    """Validate framework text into a Framework, checks across tables included."""
    data = _toml(file)
    if "path" in data:
        raise file.unknown_key(("path",))
    _check_version(file, data.get("version", FORMAT_VERSION))
    try:
        framework = Framework.model_validate({**data, "path": file.path})
    except ValidationError as error:
        raise explain_validation(file, error) from None
    check_framework(file, framework, reserved_keys)
    return framework


def _toml(file: FrameworkFile) -> dict[str, Any]:
    """The parsed TOML of a framework file; InputError naming the place of a syntax error."""
    try:
        return tomllib.loads(file.text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            f"{file.label} is not valid TOML: {error}; fix the syntax at that place."
        ) from None


class _ExportOnly(BaseModel):
    """A labels.toml read for its [export] section alone; the rest is not looked at."""

    model_config = ConfigDict(extra="ignore")
    export: ExportSettings = Field(default_factory=ExportSettings)


def read_export_settings(path: str | Path) -> ExportSettings:
    """The [export] settings of a labels.toml, validated, even when the file holds nothing else
    yet (what `supp-tui init` reads a board with)."""
    file = read_framework_file(path)
    try:
        return _ExportOnly.model_validate(_toml(file)).export
    except ValidationError as error:
        raise explain_validation(file, error) from None


def _check_version(file: FrameworkFile, version: object) -> None:
    """A file written for a newer supp-tui asks for an upgrade rather than listing mismatches."""
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise file.error(("version",), f"is format version {version}, newer than this "
                         f"supp-tui reads (version {FORMAT_VERSION})",
                         "upgrade supp-tui to a release that reads it")


def check_framework(file: FrameworkFile, framework: Framework,
                    reserved_keys: tuple[ReservedKey, ...]) -> None:
    """Checks that span several tables: ids, spellings, hotkeys, references, column names."""
    for column in framework.export.columns:
        if column not in MAPPABLE_COLUMNS:
            raise file.error(
                ("export", "columns", column), f"'{column}' is not a ticket column",
                did_you_mean(column, MAPPABLE_COLUMNS, "use one of the canonical names",
                             "columns"),
            )
    seen_dimensions: dict[str, int] = {}
    for index, dimension in enumerate(framework.dimensions):
        where = ("dimensions", index, "id")
        if dimension.id in seen_dimensions:
            raise file.error(
                where, f"dimension id '{dimension.id}' is used twice "
                f"(also dimensions[{seen_dimensions[dimension.id]}])",
                "give each dimension its own id",
            )
        if dimension.id in RESERVED_COLUMNS:
            raise file.error(
                where, f"dimension id '{dimension.id}' is the name of a ticket column",
                f"rename it, for example to '{dimension.id}_label'",
            )
        seen_dimensions[dimension.id] = index
        _check_options(file, index, dimension)
    if framework.team.dimension not in seen_dimensions:
        raise file.error(
            ("team", "dimension"), f"'{framework.team.dimension}' is not the id of a dimension",
            did_you_mean(framework.team.dimension, seen_dimensions, "set it to one of the "
                         "dimension ids", "dimensions"),
        )
    _check_hotkeys(file, framework, reserved_keys)


def _check_options(file: FrameworkFile, index: int, dimension: Dimension) -> None:
    """Option ids are unique in a dimension, and no spelling names two options."""
    seen_ids: dict[str, int] = {}
    spellings: dict[str, tuple[int, str]] = {}
    for option_index, option in enumerate(dimension.options):
        where = ("dimensions", index, "options", option_index)
        if option.id in seen_ids:
            raise file.error(
                where + ("id",), f"option id '{option.id}' is used twice in dimension "
                f"'{dimension.id}' (also options[{seen_ids[option.id]}])",
                "give each option its own id",
            )
        seen_ids[option.id] = option_index
        for spelling in dict.fromkeys(option.spellings()):
            folded = normalise_label(spelling)
            owner = spellings.get(folded)
            if owner and owner[0] != option_index:
                raise file.error(
                    where, f"'{spelling}' of option '{option.id}' also names option "
                    f"'{owner[1]}' in dimension '{dimension.id}' (case, spaces, hyphens and "
                    f"underscores are ignored when matching)", "remove or change one of them",
                )
            spellings[folded] = (option_index, option.id)


def _check_hotkeys(file: FrameworkFile, framework: Framework,
                   reserved_keys: tuple[ReservedKey, ...]) -> None:
    """Every hotkey and dimension key is unique and none is one of the app's own keys."""
    reserved = app_keys(framework, reserved_keys)
    claims = list(_key_claims(framework))
    used = {key for _, key, _ in claims}
    spare = next((k for k in _SPARE_KEYS if k not in used and key_name(k) not in reserved), None)
    check_keymap(file, framework, reserved_keys, spare)
    suggestion = f"use a free key such as '{spare}'" if spare else "remove the hotkey"
    owners: dict[str, str] = {}
    for where, key, owner in claims:
        if key_name(key) in reserved:
            raise file.error(
                where, f"hotkey '{key}' ({owner}) collides with the app's own key "
                f"'{reserved[key_name(key)]}'", suggestion,
            )
        if key in owners:
            raise file.error(
                where, f"hotkey '{key}' is both {owners[key]} and {owner}",
                f"{suggestion} for one of them",
            )
        owners[key] = owner


def _key_claims(framework: Framework) -> Iterator[tuple[KeyPath, str, str]]:
    """(key path, key, description of its owner) for every dimension key and option hotkey."""
    for d_index, dimension in enumerate(framework.dimensions):
        if dimension.key:
            yield (("dimensions", d_index, "key"), dimension.key,
                   f"the key of dimension '{dimension.id}'")
        for o_index, option in enumerate(dimension.options):
            if option.hotkey:
                yield (("dimensions", d_index, "options", o_index, "hotkey"), option.hotkey,
                       f"the hotkey of option '{dimension.id}.{option.id}'")
