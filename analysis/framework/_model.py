"""The labelling framework model: dimensions and their options, validated and frozen.

One set of pydantic models is both the strict shape of `labels.toml` and the objects the rest
of the code reads; `model_copy(update=...)` makes a validated variant.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from analysis.errors import InputError
from analysis.framework._cost import CostSettings
from analysis.framework._fields import (
    Frozen,
    Hotkey,
    Identifier,
    Keys,
    Text,
    Texts,
    as_tuple,
)
from analysis.framework._names import key_name, normalise_label
from analysis.framework._settings import (
    ClosedSettings,
    ExportSettings,
    JiraSettings,
    Targets,
    TeamSettings,
)


class Option(Frozen):
    """One value a dimension can take."""

    id: Identifier
    name: Text
    hotkey: Hotkey | None = None
    aliases: Texts = ()
    product_score: int = 0
    process_score: int = 0
    actions: Texts = ()

    def spellings(self) -> tuple[str, ...]:
        """Every text that resolves to this option: id, name and aliases."""
        return (self.id, self.name, *self.aliases)


class Dimension(Frozen):
    """One labelling question, such as the platform team or the macro category."""

    id: Identifier
    title: Text
    multi: bool = False
    picker: bool = False
    from_reporter: bool = False
    required: bool = False
    key: Hotkey | None = None
    options: Annotated[tuple[Option, ...], BeforeValidator(as_tuple)] = ()

    @cached_property
    def _by_spelling(self) -> dict[str, Option]:
        """Each normalised id, name and alias -> its option (the first option wins)."""
        lookup: dict[str, Option] = {}
        for option in self.options:
            for spelling in option.spellings():
                lookup.setdefault(normalise_label(spelling), option)
        return lookup

    @cached_property
    def _names(self) -> dict[str, str]:
        """Option id -> display name."""
        return {option.id: option.name for option in self.options}

    def resolve(self, raw: str) -> Option | None:
        """The option whose id, name or alias matches `raw`, ignoring case and separators."""
        return self._by_spelling.get(normalise_label(raw))

    def name_of(self, option_id: str) -> str:
        """An option's display name, also for an id kept as an alias by a rename; the id itself
        when no option has it (a journal written with another labels.toml)."""
        if option_id in self._names:
            return self._names[option_id]
        option = self.resolve(option_id)
        return option.name if option is not None else option_id

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


class Framework(Frozen):
    """A validated labelling framework; `path` is None for the packaged default."""

    path: Path | None = Field(default=None, exclude=True)
    version: Literal[1] = 1
    team: TeamSettings = Field(default_factory=TeamSettings)
    closed: ClosedSettings = Field(default_factory=ClosedSettings)
    export: ExportSettings = Field(default_factory=ExportSettings)
    targets: Targets = Field(default_factory=Targets)
    jira: JiraSettings = Field(default_factory=JiraSettings)
    cost: CostSettings = Field(default_factory=CostSettings)
    dimensions: Annotated[tuple[Dimension, ...], BeforeValidator(as_tuple), Field(min_length=1)]
    keys: dict[Identifier, Keys] = Field(default_factory=dict)

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
    def required_dimensions(self) -> tuple[Dimension, ...]:
        """The dimensions a ticket must have a value in to be complete, in file order."""
        return tuple(dimension for dimension in self.dimensions if dimension.required)

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

    def keymap(self) -> dict[str, str]:
        """The [keys] table as a Textual keymap: binding id -> comma-separated key names."""
        return {binding: ",".join(key_name(key) for key in keys)
                for binding, keys in self.keys.items()}

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
