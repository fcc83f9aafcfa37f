"""Which header holds each canonical field: `[export.columns]`, then known names, then structure.

Headers in a language the reader has no names for are placed by their values and Jira's
column order; each file's guesses become one warning with the lines that pin them.
"""

from __future__ import annotations

import json
import shlex

from analysis.columns import REQUIRED_COLUMNS
from analysis.framework import ExportSettings
from analysis.jira._headers import (
    SettingsFile,
    fold,
    header_positions,
    named_fields,
    require_fields,
)
from analysis.jira._profile import Profile
from analysis.jira._source import RawFile
from analysis.jira._structure import structural_fields


def resolve_fields(
    raw: RawFile, export: ExportSettings, settings: SettingsFile, warnings: list[str],
    guessed: dict[str, str] | None = None,
) -> dict[str, str]:
    """Map canonical field -> the export's header name for one file; guesses also go into
    `guessed`, for `supp-tui init` to pin.

    Structure is consulted only when the known names and `[export.columns]` miss a required
    field (key, summary, created), so a file in a known language or pinned never gets guesses.
    """
    source = str(raw.path)
    found = named_fields(raw.header, export.columns, source, settings)
    if all(field in found for field in REQUIRED_COLUMNS):
        require_fields(found, raw.header, source, settings)
        return found
    guesses = guessed_fields(raw, export, found)
    if not all(field in found or field in guesses for field in REQUIRED_COLUMNS):
        require_fields(found, raw.header, source, settings)
    if guesses:
        warnings.append(guess_warning(source, guesses, settings))
        if guessed is not None:
            guessed.update(guesses)
    return {**found, **guesses}


def guessed_fields(
    raw: RawFile, export: ExportSettings, found: dict[str, str]
) -> dict[str, str]:
    """Field -> header for fields not in `found`, from values and order, on free headers only."""
    groups = header_positions(raw.header)
    known = {field: groups[fold(name)][0] for field, name in found.items()}
    profile = Profile(raw.header, groups, raw.cells, export)
    taken = {fold(name) for name in found.values()}
    guesses: dict[str, str] = {}
    for field, position in structural_fields(profile, known).items():
        name = raw.header[position]
        if field in found or fold(name) in taken or not name:
            continue
        guesses[field] = name
        taken.add(fold(name))
    return guesses


def guess_warning(source: str, guesses: dict[str, str], settings: SettingsFile) -> str:
    """One sentence naming each guessed header and how to pin the guesses."""
    pairs = ", ".join(f"'{name}' -> {field}" for field, name in guesses.items())
    intro = (f"{source} has headers the reader has no names for, so these columns were placed "
             f"by their values and Jira's column order: {pairs}")
    if settings.path is None:
        return (f"{intro}; `supp-tui init {shlex.quote(source)}` writes them under "
                f"[export.columns] in a labels.toml beside the export, where a wrong one can "
                f"be corrected.")
    lines = ", ".join(f"{field} = {json.dumps(name, ensure_ascii=False)}"
                      for field, name in guesses.items())
    return (f"{intro}; if one is wrong, pin the right headers with {lines} "
            f"{settings.where('export.columns')}.")
