"""Write-back of the framework file: add, rename and remove options under a lock, copy the
default beside an export."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis.atomic import write_text_atomically
from analysis.errors import InputError
from analysis.framework._change import renamed_fields, with_option_renamed, without_option
from analysis.framework._edit import Fields, with_options
from analysis.framework._keys import ReservedKey
from analysis.framework._load import parse_framework, read_framework_file
from analysis.framework._messages import FrameworkFile
from analysis.framework._model import Dimension, Framework, Option
from analysis.framework._names import normalise_label, slugify
from analysis.framework._paths import board_framework_path, default_framework_path


def add_option(
    path: str | Path | None,
    dimension_id: str,
    name: str,
    hotkey: str | None = None,
    reserved_keys: Iterable[ReservedKey] = (),
) -> Framework:
    """Append a new option to a dimension in the framework file and return the reloaded framework.

    The file is edited in place (comments and layout kept), re-validated, and replaced
    atomically while a lock keeps other writers out.
    """
    reserved = tuple(reserved_keys)
    with _editing(path, reserved) as (target, framework_file, current):
        dimension = current.dimension(dimension_id)
        name = _clean_name(name, dimension_id)
        existing = dimension.resolve(name)
        if existing is not None:
            raise InputError(
                f"Dimension '{dimension_id}' already has '{name}' as option '{existing.name}' "
                f"(id {existing.id}); pick that option or choose another name."
            )
        option = {"id": _unique_id(slugify(name), dimension), "name": name}
        if hotkey:
            option["hotkey"] = hotkey
        return _write_options(target, framework_file, current, dimension_id, [option], reserved)


def add_options(
    path: str | Path | None,
    dimension_id: str,
    names: Iterable[str],
    reserved_keys: Iterable[ReservedKey] = (),
) -> Framework:
    """Add an option (no hotkey) per name to a dimension, in one validated atomic write.

    Names the dimension already resolves (by id, name or alias), and repeats within `names`,
    are skipped, so the call can be repeated; the file is not rewritten when nothing is new.
    """
    reserved = tuple(reserved_keys)
    with _editing(path, reserved) as (target, framework_file, current):
        dimension = current.dimension(dimension_id)
        options: list[Fields] = []
        taken: set[str] = set()
        for raw in names:
            name = _clean_name(raw, dimension_id)
            if dimension.resolve(name) is not None or normalise_label(name) in taken:
                continue
            option_id = _unique_id(slugify(name), dimension, taken)
            taken.update((normalise_label(name), normalise_label(option_id)))
            options.append({"id": option_id, "name": name})
        if not options:
            return current
        return _write_options(target, framework_file, current, dimension_id, options, reserved)


def rename_option(path: str | Path | None, dimension_id: str, old: str, new: str,
                  reserved_keys: Iterable[ReservedKey] = ()) -> tuple[Option, Framework]:
    """Give an option (found by id, name or alias) a new name and the id made from it; the old
    id and name become aliases, so journals and exports that use them still resolve. A name
    another option already has merges the two (a typo'd option renamed to the right one): the
    option goes, and its id, name and aliases become the other's aliases.
    Returns the option as it was and the reloaded framework."""
    reserved = tuple(reserved_keys)
    with _editing(path, reserved) as (target, framework_file, current):
        dimension = current.dimension(dimension_id)
        option = _existing(dimension, old, current)
        name = _clean_name(new, dimension_id)
        clash = dimension.resolve(name)
        if clash is not None and clash.id != option.id:
            new_text = _merged(framework_file.text, _index(current, dimension_id), dimension,
                               option, clash)
            return option, _validated_write(target, framework_file, new_text, reserved)
        others = dimension.model_copy(
            update={"options": tuple(o for o in dimension.options if o.id != option.id)})
        slug = slugify(name)
        new_id = option.id if normalise_label(slug) == normalise_label(option.id) \
            else _unique_id(slug, others)
        fields = renamed_fields(option, name, new_id)
        new_text = with_option_renamed(framework_file.text, _index(current, dimension_id),
                                       dimension.options.index(option), fields)
        return option, _validated_write(target, framework_file, new_text, reserved)


def _merged(text: str, dimension_index: int, dimension: Dimension, option: Option,
            into: Option) -> str:
    """`text` with `option` taken out and its spellings added to `into`'s aliases."""
    fields = renamed_fields(into, into.name, into.id,
                            also=(*option.aliases, option.name, option.id))
    text = with_option_renamed(text, dimension_index, dimension.options.index(into), fields)
    return without_option(text, dimension_index, dimension.options.index(option))


def remove_option(path: str | Path | None, dimension_id: str, raw: str,
                  reserved_keys: Iterable[ReservedKey] = ()) -> tuple[Option, Framework]:
    """Take an option (found by id, name or alias) out of a dimension; returns the removed
    option and the reloaded framework."""
    reserved = tuple(reserved_keys)
    with _editing(path, reserved) as (target, framework_file, current):
        dimension = current.dimension(dimension_id)
        option = _existing(dimension, raw, current)
        new_text = without_option(framework_file.text, _index(current, dimension_id),
                                  dimension.options.index(option))
        return option, _validated_write(target, framework_file, new_text, reserved)


def _existing(dimension: Dimension, raw: str, framework: Framework) -> Option:
    """The option `raw` names; InputError naming the dimension's options otherwise."""
    option = dimension.resolve(raw)
    if option is None:
        names = ", ".join(option.name for option in dimension.options) or "none yet"
        raise InputError(
            f"Dimension '{dimension.id}' in {framework.source} has no option '{raw}'; give an "
            f"id, name or alias of one of: {names}."
        )
    return option


def _index(framework: Framework, dimension_id: str) -> int:
    return framework.dimension_ids.index(dimension_id)


def _validated_write(target: Path, framework_file: FrameworkFile, new_text: str,
                     reserved_keys: tuple[ReservedKey, ...]) -> Framework:
    """Validate the new text of the file as a whole, then write it."""
    framework = parse_framework(FrameworkFile(framework_file.path, new_text), reserved_keys)
    _write(target.resolve(), new_text)
    return framework


def ensure_user_framework(export_path: str | Path) -> Path:
    """The labels.toml beside an export (inside it, for a folder), copied from the packaged
    default if it does not exist yet."""
    target = board_framework_path(export_path)
    folder = target.parent
    if target.is_file():
        return target
    if not folder.is_dir():
        raise InputError(f"Folder {folder} does not exist; check the export path.")
    with _folder_locked(target):
        if not target.is_file():
            _write(target, default_framework_path().read_text(encoding="utf-8"))
    return target


@contextmanager
def _editing(path: str | Path | None,
             reserved: tuple[ReservedKey, ...]) -> Iterator[tuple[Path, FrameworkFile, Framework]]:
    """The user's labels.toml, its text and its framework, read and held under the folder lock
    for one read-modify-write."""
    target = _writable_path(path)
    with _folder_locked(target):
        framework_file = read_framework_file(target)
        yield target, framework_file, parse_framework(framework_file, reserved)


def _write_options(
    target: Path,
    framework_file: FrameworkFile,
    current: Framework,
    dimension_id: str,
    options: list[Fields],
    reserved_keys: tuple[ReservedKey, ...],
) -> Framework:
    """Append `options` to a dimension's text, re-validate the whole file, then write it."""
    new_text = with_options(framework_file.text, _index(current, dimension_id), options)
    return _validated_write(target, framework_file, new_text, reserved_keys)


def _unique_id(base: str, dimension: Dimension, taken: Collection[str] = ()) -> str:
    """`base`, or `base_2`, `base_3`...: the first that names no existing or `taken` option."""
    candidate, number = base, 2
    while dimension.resolve(candidate) is not None or normalise_label(candidate) in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _clean_name(name: str, dimension_id: str) -> str:
    """`name` with runs of whitespace collapsed; InputError if nothing is left."""
    name = " ".join(name.split())
    if not name:
        raise InputError(f"The new option for '{dimension_id}' needs a name; type one first.")
    return name


def _writable_path(path: str | Path | None) -> Path:
    """The file to modify; the packaged default is never modified."""
    if path is None or Path(path).resolve() == default_framework_path().resolve():
        raise InputError(
            "Options cannot be changed in the built-in labels.toml; copy it beside your "
            "export (supp-tui does this when you add an option in the app) or pass "
            "--framework FILE."
        )
    target = Path(path)
    if not target.is_file():
        raise InputError(f"Framework file {target} does not exist; check the --framework path.")
    return target


@contextmanager
def _folder_locked(target: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder of `target` (resolved), so that writers of the same
    labels.toml take turns and no lock file is left beside it."""
    folder = target.resolve().parent
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError as error:
        raise InputError(
            f"Cannot open folder {folder} ({error.strerror}); make it readable or pass "
            f"--framework with a path in another folder."
        ) from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        except OSError as error:
            raise InputError(
                f"Cannot lock folder {folder} to change {target.name} ({error.strerror}), so "
                f"another labeller's change could be lost; keep labels.toml on a local disk or "
                f"pass --framework with a path on one."
            ) from None
        yield
    finally:
        os.close(descriptor)


def _write(target: Path, text: str) -> None:
    """Replace `target` with `text` atomically, fsynced, keeping its mode; `target` is resolved,
    so a symlinked labels.toml is updated rather than replaced."""
    try:
        write_text_atomically(target, text, fsync=True)
    except OSError as error:
        raise InputError(
            f"Cannot write {target} ({error.strerror}); make its folder writable or pass "
            f"--framework with a writable path."
        ) from None
