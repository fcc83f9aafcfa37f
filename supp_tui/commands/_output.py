"""The checks every command makes on a file path given with -o before it reads a board."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from analysis.errors import InputError


def check_output_file(output: str | Path, force: bool, option: str = "-o") -> Path:
    """The path to write; InputError when it is a folder or device, or exists without --force."""
    target = Path(output)
    try:
        mode = target.stat().st_mode
    except OSError:
        return target
    if stat.S_ISDIR(mode):
        raise InputError(f"{target} is a folder; give {option} a file name inside it, "
                         f"e.g. {target / 'out.csv'}.")
    if not stat.S_ISREG(mode):
        raise InputError(f"{target} is not a regular file (a device, pipe or socket); give "
                         f"{option} the path of a file to write.")
    if not force:
        raise InputError(f"{target} already exists; pass --force to replace it, or choose "
                         f"another path with {option}.")
    return target


def check_output_folder(output: str | Path, option: str = "-o") -> Path:
    """The folder to write into, checked without creating it: InputError when it is a file, or
    when it (or, while missing, its nearest existing parent) cannot take new files."""
    folder = Path(output)
    existing = next((p for p in (folder, *folder.absolute().parents) if p.exists()), folder)
    if not existing.is_dir():
        raise InputError(f"{existing} is a file, so {folder} cannot be used as a folder; choose "
                         f"another folder with {option}.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"Cannot write into {existing} (permission denied); choose another "
                         f"folder with {option}.")
    return folder
