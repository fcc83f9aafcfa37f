"""Write-back of the framework file: add options, copy the default beside an export."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Collection, Iterable
from pathlib import Path

import tomli_w

from analysis.atomic import write_text_atomically
from analysis.errors import InputError
from analysis.framework._model import (
    FRAMEWORK_FILE_NAME,
    Dimension,
    Framework,
    default_framework_path,
    normalise_label,
    slugify,
)
from analysis.framework._load import FrameworkFile, parse_framework, read_framework_file
from analysis.framework._lines import insert_after_table


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


def append_option(
    path: str | Path | None,
    dimension_id: str,
    name: str,
    hotkey: str | None,
    reserved_keys: tuple[str, ...],
) -> Framework:
    """Add an option named `name` to a dimension of the file at `path`, atomically."""
    target = _writable_path(path)
    framework_file = read_framework_file(target)
    current = parse_framework(framework_file, reserved_keys)
    dimension = current.dimension(dimension_id)
    name = _clean_name(name, dimension_id)
    existing = dimension.resolve(name)
    if existing is not None:
        raise InputError(
            f"Dimension '{dimension_id}' already has '{name}' as option '{existing.name}' "
            f"(id {existing.id}); pick that option or choose another name."
        )
    option: dict[str, object] = {"id": _unique_id(slugify(name), dimension), "name": name}
    if hotkey:
        option["hotkey"] = hotkey
    return _write_options(framework_file, current, dimension_id, [option], reserved_keys)


def add_options(
    path: str | Path | None,
    dimension_id: str,
    names: Iterable[str],
    reserved_keys: Iterable[str] = (),
) -> Framework:
    """Add an option (no hotkey) per name to a dimension, in one validated atomic write.

    Names the dimension already resolves (by id, name or alias), and repeats within `names`,
    are skipped, so the call can be repeated; the file is not rewritten when nothing is new.
    """
    reserved = tuple(reserved_keys)
    target = _writable_path(path)
    framework_file = read_framework_file(target)
    current = parse_framework(framework_file, reserved)
    dimension = current.dimension(dimension_id)
    options: list[dict[str, object]] = []
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
    return _write_options(framework_file, current, dimension_id, options, reserved)


def _write_options(
    framework_file: FrameworkFile,
    current: Framework,
    dimension_id: str,
    options: list[dict[str, object]],
    reserved_keys: tuple[str, ...],
) -> Framework:
    """Append `options` to a dimension's text, re-validate the whole file, then write it."""
    index = current.dimension_ids.index(dimension_id)
    new_text = _with_options(framework_file.text, index, options)
    framework = parse_framework(FrameworkFile(framework_file.path, new_text), reserved_keys)
    write_atomically(framework_file.path.resolve(), new_text)
    return framework


def _with_options(text: str, index: int, options: list[dict[str, object]]) -> str:
    """The file text with `options` appended to dimension `index`, comments kept if possible."""
    expected = tomllib.loads(text)
    expected["dimensions"][index].setdefault("options", []).extend(options)
    block = "\n".join("[[dimensions.options]]\n" + tomli_w.dumps(option) for option in options)
    if "\r\n" in text:
        block = block.replace("\n", "\r\n")
    inserted = insert_after_table(text, ("dimensions", index), block)
    if inserted is not None:
        try:
            if tomllib.loads(inserted) == expected:
                return inserted
        except tomllib.TOMLDecodeError:
            pass
    return tomli_w.dumps(copy.deepcopy(expected))


def _writable_path(path: str | Path | None) -> Path:
    """The file to modify; the packaged default is never modified."""
    if path is None or Path(path).resolve() == default_framework_path().resolve():
        raise InputError(
            "New options cannot be saved into the built-in labels.toml; copy it beside your "
            "export (supp-tui does this when you add an option in the app) or pass "
            "--framework FILE."
        )
    target = Path(path)
    if not target.is_file():
        raise InputError(f"Framework file {target} does not exist; check the --framework path.")
    return target


def write_atomically(target: Path, text: str) -> None:
    """Replace `target` with `text` atomically, fsynced, keeping its mode.

    Callers pass a resolved path, so a symlinked labels.toml is updated rather than replaced.
    """
    try:
        write_text_atomically(target, text, fsync=True)
    except OSError as error:
        raise InputError(
            f"Cannot write {target} ({error.strerror}); make its folder writable or pass "
            f"--framework with a writable path."
        ) from None


def copy_default_beside(export_path: Path) -> Path:
    """labels.toml in the export's folder (the export itself, if a folder), created if missing."""
    folder = export_path if export_path.is_dir() else export_path.parent
    target = folder / FRAMEWORK_FILE_NAME
    if target.is_file():
        return target
    if not folder.is_dir():
        raise InputError(f"Folder {folder} does not exist; check the export path.")
    write_atomically(target, default_framework_path().read_text(encoding="utf-8"))
    return target
