"""Names the engine and its faces share that need no polars: period units, report kinds and
label export formats, so the command line can offer them as choices and stay light."""

from __future__ import annotations

from typing import Literal

Period = Literal["week", "month", "quarter"]
PERIODS: tuple[Period, ...] = ("week", "month", "quarter")
KINDS: dict[str, Period] = {"weekly": "week", "monthly": "month", "quarterly": "quarter"}
LABEL_FORMATS = ("csv", "toml", "jira")
