"""A board's first labels.toml: the built-in framework with the board's own teams."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import tomlkit
from tomlkit.items import AoT, Table

from analysis.atomic import write_text_atomically
from analysis.errors import InputError
from analysis.framework._keys import ReservedKey, app_keys
from analysis.framework._load import parse_framework, read_framework_file
from analysis.framework._messages import FrameworkFile
from analysis.framework._model import Framework, Option
from analysis.framework._names import key_name
from analysis.framework._settings import ExportSettings
from analysis.framework._team_options import team_options

# Upper-case keys tried for the team dimension's list when it has more teams than hotkeys.
_LIST_KEYS = "TGHKMNRVWXYZ"
_LABELS_FIELDS = {"labels"}


def team_title(field: str) -> str:
    """The team dimension's title for a team field: 'Team' for Jira labels, else the field's
    own name ('Components'; 'Team Name' for 'Custom field (Team Name)')."""
    if field.strip().casefold() in _LABELS_FIELDS:
        return "Team"
    inner = re.fullmatch(r"[^()]*\((.+)\)\s*", field)
    return (inner.group(1) if inner else field).strip()


def initial_framework(field: str, values: Sequence[tuple[str, int]] | None, board: str,
                      reserved_keys: Iterable[ReservedKey] = (), title: str | None = None,
                      export: ExportSettings | None = None,
                      ) -> tuple[str, Framework]:
    """The text of a labels.toml whose team dimension holds `values` (value, tickets) of
    `field` (None: the built-in teams, kept), and the framework it loads as.

    Everything else comes from the built-in labels.toml, comments included, except its
    service targets, which are left commented out, and `export`, the settings that read the
    board (pinned columns, date format and order). `board` names the export in the header.
    """
    reserved = tuple(reserved_keys)
    default = read_framework_file(None)
    document = tomlkit.parse(default.text)
    framework = parse_framework(default, reserved)
    team_id = framework.team.dimension
    others = [d for d in framework.dimensions if d.id != team_id]
    taken = {*app_keys(framework, reserved).values(), *(o.hotkey for d in others for o in d.options if o.hotkey),
             *(d.key for d in others if d.key)}
    if values is None:
        options = framework.team_dimension.options
    else:
        options = team_options(values, taken)
        document["team"]["field"] = field
        dimension = document["dimensions"][framework.dimension_ids.index(team_id)]
        _set_team_dimension(dimension, title or team_title(field), options, taken)
    if export is not None:
        _set_export(document["export"], export)
    header = _header(board, field, options, kept=values is None)
    text = _assemble(document, header)
    return text, parse_framework(FrameworkFile(None, text), reserved)


def _set_export(section: Table, export: ExportSettings) -> None:
    """Write the settings that read the board into the [export] section, under its comments."""
    for name in ("date_format", "date_order"):
        value = getattr(export, name)
        if value is not None:
            section[name] = value
    for name in ("columns", "month_names"):
        for key, value in getattr(export, name).items():
            section[name][key] = value


def check_new_framework(target: Path, force: bool = False) -> None:
    """InputError when `target` exists and `force` is not given."""
    if target.exists() and not force:
        raise InputError(
            f"{target} already exists; pass --force to replace it, or edit it by hand."
        )


def write_framework_file(target: Path, text: str, force: bool = False) -> None:
    """Write a new labels.toml atomically; an existing one is replaced only with `force`."""
    check_new_framework(target, force)
    if not target.parent.is_dir():
        raise InputError(f"Folder {target.parent} does not exist; check the export path.")
    try:
        write_text_atomically(target, text, fsync=True)
    except OSError as error:
        raise InputError(
            f"Cannot write {target} ({error.strerror}); make its folder writable."
        ) from None


def _set_team_dimension(dimension: Table, title: str, options: Sequence[Option],
                        taken: set[str]) -> None:
    """Give the team dimension its title and options, and a list key when some teams have no
    hotkey."""
    dimension["title"] = title
    tables = AoT([])
    for option in options:
        table = tomlkit.table()
        for name, value in option.model_dump(exclude_defaults=True).items():
            table.add(name, list(value) if isinstance(value, tuple) else value)
        tables.append(table)
    if options:
        tables[-1].add(tomlkit.nl())
    if any(option.hotkey is None for option in options):
        dimension["picker"] = True
        blocked = {key_name(key) for key in taken}
        key = next((k for k in _LIST_KEYS if key_name(k) not in blocked), None)
        if key:
            dimension["key"] = key
    if options:
        dimension["options"] = tables
    elif "options" in dimension:
        del dimension["options"]


def _header(board: str, field: str, options: Sequence[Option], kept: bool = False
            ) -> list[str]:
    """The comment lines that open the file: where it came from and the team hotkeys."""
    keyed = [option for option in options if option.hotkey]
    source = (f"built-in teams, which the board's {field} already name;" if kept else
              f"board's {field} values;")
    lines = [
        f"supp-tui labelling framework for {board}, written by `supp-tui init` with the",
        f"{source} the other dimensions and settings are the built-in ones.",
        "supp-tui checks this file strictly when it starts. Edit it freely: rename teams,",
        "merge them through aliases (case, spaces, hyphens and underscores are ignored when",
        "matching), change hotkeys. A hotkey is one printable character, unique across all",
        "dimensions; the built-in macro categories use lower-case letters.",
    ]
    if keyed:
        lines.append("")
        lines.append(f"Team hotkeys: {keyed[0].hotkey} {keyed[0].name}"
                     + (f" ... {keyed[-1].hotkey} {keyed[-1].name}" if len(keyed) > 1 else ""))
    return lines


def _assemble(document: tomlkit.TOMLDocument, header: list[str]) -> str:
    """The file text: `header`, the settings, the targets commented out, the dimensions."""
    result = tomlkit.document()
    for line in header:
        result.add(tomlkit.comment(line) if line else tomlkit.comment("").indent(0))
    result.add(tomlkit.nl())
    for key in ("version", "team", "closed", "export", "jira"):
        result.add(key, document[key])
    for line in _commented_targets(document):
        result.add(tomlkit.comment(line) if line else tomlkit.nl())
    result.add("dimensions", document["dimensions"])
    return result.as_string().replace("# \n", "#\n")


def _commented_targets(document: tomlkit.TOMLDocument) -> list[str]:
    """The built-in [targets] tables as comment lines after a sentence on switching them on;
    the comment lines that follow them (the introduction of the dimensions) stay as they are."""
    section = tomlkit.document()
    section.add("targets", document["targets"])
    rendered = section.as_string().rstrip("\n").splitlines()
    last = max(i for i, line in enumerate(rendered) if line.strip() and line[0] != "#")
    lines = [
        "Service targets per Jira priority, in hours; reports judge targets only when this",
        "file sets them. To set them, remove the '# ' before the lines below and adjust the",
        "hours (clock = \"working\" counts only working hours).",
    ]
    for index, line in enumerate(rendered):
        if not line.strip():
            lines.append("")
        elif line[0] != "#":
            lines.append(line)
        elif index > last:
            lines.append(line[2:] if line.startswith("# ") else line[1:])
    return lines
