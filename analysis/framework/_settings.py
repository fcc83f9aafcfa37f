"""The framework's settings tables: [team], [closed], [export], [targets] and [jira]."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticKnownError

from analysis.framework._fields import Frozen, Hours, Identifier, Text, Texts
from analysis.framework._names import normalise_label

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Localised names Jira gives the Done status category ("Done" in the exporting user's language).
DEFAULT_DONE_CATEGORIES = (
    "Done", "Listo", "Hecho", "Terminado", "Itens concluídos", "Concluído", "Feito",
    "Terminé", "Terminée", "Fait", "Fertig", "Erledigt", "Completato", "Fatto", "Gereed",
    "Klaar", "Afgerond", "Gotowe", "Zakończone", "Klar", "Valmis", "Hotovo", "完了", "完成",
    "已完成",
)

_DAY_NAMES = TypeAdapter(
    Annotated[list[Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]], Field(min_length=1)],
    config=ConfigDict(strict=True),
)


class TeamSettings(Frozen):
    """Which export field holds the team, and which dimension normalises its values."""

    field: Text = "Labels"
    dimension: Identifier = "platform_team"


class ClosedSettings(Frozen):
    """Rules that decide `closed_at` (DESIGN.md "Definitions": Closed)."""

    done_categories: Texts = DEFAULT_DONE_CATEGORIES
    use_resolved: bool = True
    status_category_changed_field: Text = "Status Category Changed"
    fallback_to_updated: bool = True

    def is_done(self, status_category: str | None) -> bool:
        """Whether a status category names Done in any of the configured languages."""
        if not status_category:
            return False
        folded = status_category.strip().casefold()
        return any(folded == name.casefold() for name in self.done_categories)


class ExportSettings(Frozen):
    """Overrides for reading exports in an unrecognised language or date format; month names
    are kept casefolded and without a trailing dot."""

    date_format: Text | None = None
    date_order: Literal["day-first", "month-first"] | None = None
    columns: dict[str, Text] = Field(default_factory=dict)
    month_names: dict[str, Annotated[int, Field(ge=1, le=12)]] = Field(default_factory=dict)

    @field_validator("date_format")
    @classmethod
    def _strftime(cls, value: str | None) -> str | None:
        if value is not None and "%" not in value:
            raise ValueError(
                f"must use strftime codes such as '%d/%b/%y %I:%M %p', not {value!r}"
            )
        return value

    @field_validator("month_names")
    @classmethod
    def _folded(cls, value: dict[str, int]) -> dict[str, int]:
        return {name.casefold().rstrip("."): number for name, number in value.items()}


def _weekday_numbers(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """ISO numbers from the file's list of day names; a tuple of numbers from code as it is."""
    if isinstance(value, list):
        names = _DAY_NAMES.validate_python(value)
        value = tuple(sorted({WEEKDAY_NAMES.index(day) + 1 for day in names}))
    return handler(value)


class WorkingHours(Frozen):
    """Office hours for working-hours targets; weekdays are ISO numbers, Monday = 1."""

    start_hour: Annotated[int, Field(ge=0, le=23)] = 9
    end_hour: Annotated[int, Field(ge=1, le=24)] = 17
    weekdays: Annotated[
        tuple[Annotated[int, Field(ge=1, le=7)], ...],
        WrapValidator(_weekday_numbers), Field(min_length=1),
    ] = (1, 2, 3, 4, 5)

    @model_validator(mode="after")
    def _ordered(self) -> WorkingHours:
        if self.start_hour >= self.end_hour:
            raise ValueError(
                f"start_hour ({self.start_hour}) must be before end_hour ({self.end_hour})"
            )
        return self


class PriorityTarget(Frozen):
    """Response and resolution targets, in hours, for one Jira priority."""

    priority: Text = Field(exclude=True)
    first_response_hours: Hours | None = None
    resolution_hours: Hours | None = None
    aliases: Texts = ()


def _named_targets(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Targets from the file's table of priority name -> target; a tuple from code as it is."""
    if isinstance(value, tuple):
        return handler(value)
    if not isinstance(value, dict):
        raise PydanticKnownError("dict_type")
    targets: list[PriorityTarget] = []
    errors: list[InitErrorDetails] = []
    for name, entry in value.items():
        if isinstance(entry, dict) and "priority" in entry:
            errors.append({"type": "extra_forbidden", "loc": (name, "priority"),
                           "input": entry["priority"]})
            continue
        try:
            fields = {**entry, "priority": name} if isinstance(entry, dict) else entry
            targets.append(PriorityTarget.model_validate(fields))
        except ValidationError as error:
            for detail in error.errors():
                moved: InitErrorDetails = {"type": detail["type"], "loc": (name, *detail["loc"]),
                                           "input": detail["input"]}
                if "ctx" in detail:
                    moved["ctx"] = detail["ctx"]
                errors.append(moved)
    if errors:
        raise ValidationError.from_exception_data("PriorityTarget", errors)
    return handler(tuple(targets))


class JiraSettings(Frozen):
    """The Jira site the board lives on, so reports and the app can link each issue key."""

    site: Text | None = None

    @field_validator("site")
    @classmethod
    def _site_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if (parts.scheme not in ("http", "https") or not parts.hostname or parts.query
                or parts.fragment or any(c.isspace() for c in value.strip())):
            raise ValueError(
                f"must be the http(s) address of your Jira site, such as "
                f"'https://example.atlassian.net', not {value!r}"
            )
        return value.strip().rstrip("/")


class Targets(Frozen):
    """Service targets per priority and whether they count calendar or working hours."""

    clock: Literal["calendar", "working"] = "calendar"
    working_hours: WorkingHours = Field(default_factory=WorkingHours)
    priorities: Annotated[tuple[PriorityTarget, ...], WrapValidator(_named_targets)] = ()

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
