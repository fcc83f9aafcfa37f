"""The labelling framework: dimensions, options and settings from `labels.toml`, as plain data.

Loading validates strictly (see `framework_check`); the rest of the code only sees the frozen
dataclasses defined here, never the pydantic models.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import InputError

FRAMEWORK_FILE_NAME = "labels.toml"
ENVIRONMENT_VARIABLE = "SUPP_TUI_FRAMEWORK"

_SEPARATORS = re.compile(r"[\s_\-]+")


def normalise_label(raw: str) -> str:
    """Fold case and treat runs of spaces, underscores and hyphens as one space."""
    return _SEPARATORS.sub(" ", raw.strip().casefold()).strip()


def slugify(name: str) -> str:
    """An option id from a display name: ASCII lower_snake_case ('Büro Köln' -> 'buro_koln')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:48].strip("_")
    return slug or "option"


@dataclass(frozen=True)
class Option:
    """One value a dimension can take."""

    id: str
    name: str
    hotkey: str | None = None
    aliases: tuple[str, ...] = ()
    product_score: int = 0
    process_score: int = 0
    actions: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        """Every text that resolves to this option: id, name and aliases."""
        return (self.id, self.name, *self.aliases)


@dataclass(frozen=True)
class Dimension:
    """One labelling question, such as the platform team or the macro category."""

    id: str
    title: str
    multi: bool = False
    picker: bool = False
    from_reporter: bool = False
    key: str | None = None
    options: tuple[Option, ...] = ()
    _lookup: dict[str, Option] = field(init=False, repr=False, compare=False, hash=False)
    _names: dict[str, str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        lookup: dict[str, Option] = {}
        for option in self.options:
            for spelling in option.spellings():
                lookup.setdefault(normalise_label(spelling), option)
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_names", {option.id: option.name for option in self.options})

    def resolve(self, raw: str) -> Option | None:
        """The option whose id, name or alias matches `raw`, ignoring case and separators."""
        return self._lookup.get(normalise_label(raw))

    def name_of(self, option_id: str) -> str:
        """An option's display name; the id itself when no option has it (a journal written
        with another labels.toml)."""
        return self._names.get(option_id, option_id)

    def option(self, option_id: str) -> Option:
        """The option with this exact id; InputError naming the valid ids otherwise."""
        for option in self.options:
            if option.id == option_id:
                return option
        valid = ", ".join(option.id for option in self.options) or "none yet"
        raise InputError(
            f"Dimension '{self.id}' has no option '{option_id}'; valid options: {valid}."
        )

    @property
    def option_names(self) -> tuple[str, ...]:
        """Display names of the options, in file order."""
        return tuple(option.name for option in self.options)


@dataclass(frozen=True)
class TeamSettings:
    """Which export field holds the team, and which dimension normalises its values."""

    field: str = "Labels"
    dimension: str = "platform_team"


@dataclass(frozen=True)
class ClosedSettings:
    """Rules that decide `closed_at` (DESIGN.md "Definitions": Closed)."""

    done_categories: tuple[str, ...] = ()
    use_resolved: bool = True
    status_category_changed_field: str = "Status Category Changed"
    fallback_to_updated: bool = True

    def is_done(self, status_category: str | None) -> bool:
        """Whether a status category names Done in any of the configured languages."""
        if not status_category:
            return False
        folded = status_category.strip().casefold()
        return any(folded == name.casefold() for name in self.done_categories)


@dataclass(frozen=True)
class ExportSettings:
    """Overrides for reading exports in an unrecognised language or date format."""

    date_format: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    month_names: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkingHours:
    """Office hours for working-hours targets; weekdays are ISO numbers, Monday = 1."""

    start_hour: int = 9
    end_hour: int = 17
    weekdays: tuple[int, ...] = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class PriorityTarget:
    """Response and resolution targets, in hours, for one Jira priority."""

    priority: str
    first_response_hours: float | None = None
    resolution_hours: float | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Targets:
    """Service targets per priority and whether they count calendar or working hours."""

    clock: str = "calendar"
    working_hours: WorkingHours = field(default_factory=WorkingHours)
    priorities: tuple[PriorityTarget, ...] = ()

    def for_priority(self, priority: str | None) -> PriorityTarget | None:
        """The target for a priority name or alias (case-insensitive), or None."""
        if not priority:
            return None
        folded = normalise_label(priority)
        for target in self.priorities:
            names = (target.priority, *target.aliases)
            if any(normalise_label(name) == folded for name in names):
                return target
        return None


@dataclass(frozen=True)
class Framework:
    """A validated labelling framework; `path` is None for the packaged default."""

    path: Path | None
    dimensions: tuple[Dimension, ...]
    team: TeamSettings = field(default_factory=TeamSettings)
    closed: ClosedSettings = field(default_factory=ClosedSettings)
    export: ExportSettings = field(default_factory=ExportSettings)
    targets: Targets = field(default_factory=Targets)

    def dimension(self, dimension_id: str) -> Dimension:
        """The dimension with this id; InputError listing the valid ids otherwise."""
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        valid = ", ".join(dimension.id for dimension in self.dimensions)
        raise InputError(
            f"Unknown dimension '{dimension_id}' in {self.source}; valid dimensions: {valid}."
        )

    @property
    def dimension_ids(self) -> tuple[str, ...]:
        """Ids of all dimensions, in file order."""
        return tuple(dimension.id for dimension in self.dimensions)

    def option_name(self, dimension_id: str, option_id: str) -> str:
        """The display name of an option of a dimension; the id itself when either is unknown."""
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension.name_of(option_id)
        return option_id

    def column_of(self, dimension_id: str) -> str:
        """The labelled ticket frame's column for a dimension: `team` for the team dimension
        (the effective team), else the dimension's id."""
        return "team" if dimension_id == self.team.dimension else dimension_id

    @property
    def team_dimension(self) -> Dimension:
        """The dimension whose aliases normalise the export's team values."""
        return self.dimension(self.team.dimension)

    @property
    def source(self) -> str:
        """The file this framework came from, for messages."""
        return str(self.path) if self.path else "the built-in labels.toml"

    def hotkeys(self) -> dict[str, tuple[str, str]]:
        """Option hotkeys: key -> (dimension id, option id)."""
        return {
            option.hotkey: (dimension.id, option.id)
            for dimension in self.dimensions
            for option in dimension.options
            if option.hotkey
        }

    def dimension_keys(self) -> dict[str, str]:
        """Keys that open a dimension (its picker): key -> dimension id."""
        return {dimension.key: dimension.id for dimension in self.dimensions if dimension.key}


def default_framework_path() -> Path:
    """The packaged default framework file (a copy of the project's top-level labels.toml)."""
    return Path(__file__).resolve().with_name("default_labels.toml")


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
    candidates = []
    if exports:
        first = Path(exports[0])
        folder = first if first.is_dir() else first.parent
        candidates.append(folder / FRAMEWORK_FILE_NAME)
    candidates.append(Path.cwd() / FRAMEWORK_FILE_NAME)
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def load_framework(path: str | Path | None = None, reserved_keys: Iterable[str] = ()) -> Framework:
    """Read and strictly validate a framework file (None = the packaged default).

    `reserved_keys` are the app's own keys (characters or Textual key names such as
    "question_mark"); an option or dimension hotkey that uses one is an error.
    """
    from analysis.framework._load import read_framework

    return read_framework(path, tuple(reserved_keys))


def add_option(
    path: str | Path | None,
    dimension_id: str,
    name: str,
    hotkey: str | None = None,
    reserved_keys: Iterable[str] = (),
) -> Framework:
    """Append a new option to a dimension in the framework file and return the reloaded framework.

    The option block is inserted as text after the dimension's last option, so the file's
    comments and layout are kept; if the file is written in a shape that cannot be extended
    that way, the whole file is rewritten with tomli-w, which drops its comments.
    """
    from analysis.framework._write import append_option

    return append_option(path, dimension_id, name, hotkey, tuple(reserved_keys))


def ensure_user_framework(export_path: str | Path) -> Path:
    """The labels.toml beside an export, copied from the packaged default if it does not exist."""
    from analysis.framework._write import copy_default_beside

    return copy_default_beside(Path(export_path))
