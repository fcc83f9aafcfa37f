"""The [cost] table of labels.toml: the hourly rate, its currency, and what "intensive" means."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from analysis.framework._fields import Frozen, Hours

DEFAULT_INTENSIVE_TOP = 0.1


class CostSettings(Frozen):
    """What an hour of support costs and which tickets count as intensive: over
    `intensive_hours` of effort, or in the top `intensive_top` share of the board's effort
    (the top decile unless the file says otherwise)."""

    rate: Annotated[float, Field(ge=0)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "GBP"
    intensive_hours: Hours | None = None
    intensive_top: Annotated[float, Field(gt=0, lt=1)] | None = None

    @model_validator(mode="after")
    def _one_definition(self) -> CostSettings:
        if self.intensive_hours is not None and self.intensive_top is not None:
            raise ValueError("give intensive_hours or intensive_top, not both")
        return self

    @property
    def top_share(self) -> float:
        """The share of tickets counted intensive when ranking by effort."""
        return self.intensive_top if self.intensive_top is not None else DEFAULT_INTENSIVE_TOP
