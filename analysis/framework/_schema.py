"""Pydantic models of `labels.toml`: the strict shape of the file, used only while loading it."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Localised names Jira gives the Done status category ("Done" in the exporting user's language).
DEFAULT_DONE_CATEGORIES = (
    "Done", "Listo", "Hecho", "Terminado", "Itens concluídos", "Concluído", "Feito",
    "Terminé", "Terminée", "Fait", "Fertig", "Erledigt", "Completato", "Fatto", "Gereed",
    "Klaar", "Afgerond", "Gotowe", "Zakończone", "Klar", "Valmis", "Hotovo", "完了", "完成",
    "已完成",
)

# Canonical ticket-frame columns a user may map to a header of their own in [export.columns].
EXPORT_COLUMN_NAMES = (
    "key", "summary", "description", "issue_type", "status", "status_category", "priority",
    "resolution", "reporter", "reporter_id", "assignee", "created", "updated", "resolved",
    "status_category_changed", "labels", "components", "comments",
)

Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, Field(min_length=1)]
Hours = Annotated[float, Field(gt=0)]


def check_hotkey(value: str | None) -> str | None:
    """Accept one printable, non-space character, as typed on the keyboard."""
    if value is None:
        return None
    if len(value) != 1 or not value.isprintable() or value.isspace():
        raise ValueError(
            f"must be one printable character such as 'k' or 'K', not {value!r}"
        )
    return value


class _Strict(BaseModel):
    """Base: unknown keys are errors and values are never coerced from another TOML type."""

    model_config = ConfigDict(extra="forbid", strict=True)


class TeamModel(_Strict):
    field: Text = "Labels"
    dimension: Identifier = "platform_team"


class ClosedModel(_Strict):
    done_categories: list[Text] = Field(default_factory=lambda: list(DEFAULT_DONE_CATEGORIES))
    use_resolved: bool = True
    status_category_changed_field: Text = "Status Category Changed"
    fallback_to_updated: bool = True


class ExportModel(_Strict):
    date_format: Text | None = None
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


class WorkingHoursModel(_Strict):
    start_hour: Annotated[int, Field(ge=0, le=23)] = 9
    end_hour: Annotated[int, Field(ge=1, le=24)] = 17
    weekdays: list[Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]] = Field(
        default_factory=lambda: list(WEEKDAY_NAMES[:5]), min_length=1
    )

    @model_validator(mode="after")
    def _ordered(self) -> WorkingHoursModel:
        if self.start_hour >= self.end_hour:
            raise ValueError(
                f"start_hour ({self.start_hour}) must be before end_hour ({self.end_hour})"
            )
        return self


class PriorityTargetModel(_Strict):
    first_response_hours: Hours | None = None
    resolution_hours: Hours | None = None
    aliases: list[Text] = Field(default_factory=list)


class TargetsModel(_Strict):
    clock: Literal["calendar", "working"] = "calendar"
    working_hours: WorkingHoursModel = Field(default_factory=WorkingHoursModel)
    priorities: dict[str, PriorityTargetModel] = Field(default_factory=dict)


class OptionModel(_Strict):
    id: Identifier
    name: Text
    hotkey: str | None = None
    aliases: list[Text] = Field(default_factory=list)
    product_score: int = 0
    process_score: int = 0
    actions: list[Text] = Field(default_factory=list)

    @field_validator("hotkey")
    @classmethod
    def _hotkey(cls, value: str | None) -> str | None:
        return check_hotkey(value)


class DimensionModel(_Strict):
    id: Identifier
    title: Text
    multi: bool = False
    picker: bool = False
    from_reporter: bool = False
    key: str | None = None
    options: list[OptionModel] = Field(default_factory=list)

    @field_validator("key")
    @classmethod
    def _key(cls, value: str | None) -> str | None:
        return check_hotkey(value)


class FrameworkModel(_Strict):
    version: Literal[1] = 1
    team: TeamModel = Field(default_factory=TeamModel)
    closed: ClosedModel = Field(default_factory=ClosedModel)
    export: ExportModel = Field(default_factory=ExportModel)
    targets: TargetsModel = Field(default_factory=TargetsModel)
    dimensions: list[DimensionModel] = Field(min_length=1)
