"""Columns derived from the typed ticket frame: `team` and `closed_at`.

Both need little work: teams are resolved once per distinct raw value, and the Status Category
Changed date is parsed only for Done tickets without a Resolved date. Each is returned as an
elementwise expression, so the frame keeps its chunks and nothing is copied to line them up.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.columns import ACCOUNT_ID
from analysis.framework import ClosedSettings, Dimension
from analysis.jira._dates import DATETIME, DateFormat

STRINGS = pl.List(pl.String)


def team_expr(values: str, frame: pl.DataFrame, dimension: Dimension,
              every_value_counts: bool) -> pl.Expr:
    """Team option names from the list column `values`, each team once per ticket, in order.

    Each distinct value is resolved through the dimension (id, name or alias, ignoring case
    and separators). With `every_value_counts` an unknown value is a team as written;
    otherwise it is dropped.
    """
    distinct = frame.get_column(values).explode().drop_nulls().unique().to_list()
    mapping: dict[str, str] = {}
    for raw in distinct:
        option = dimension.resolve(raw)
        if option is not None:
            mapping[raw] = option.name
        elif every_value_counts and raw.strip():
            mapping[raw] = raw.strip()
    if not mapping:
        return pl.lit([], dtype=STRINGS)
    named = pl.element().replace_strict(mapping, default=None, return_dtype=pl.String)
    return pl.col(values).list.eval(named.drop_nulls()).list.unique(maintain_order=True)


def closed_at_expr(
    frame: pl.DataFrame, row: str, category_changed: str | None, dates: DateFormat,
    closed: ClosedSettings, done_names: Sequence[str],
) -> pl.Expr:
    """Resolved; else, when the status category is Done, Status Category Changed; else Updated.

    `row` is a column unique per row (the record number) and `category_changed` names the
    column holding the raw Status Category Changed text, if the export has one.
    """
    folded = {name.strip().casefold() for name in done_names}
    categories = frame.get_column("status_category").drop_nulls().unique().to_list()
    done_values = pl.Series(
        [value for value in categories if value.strip().casefold() in folded], dtype=pl.String
    )
    done = pl.col("status_category").is_in(done_values.implode()).fill_null(False)
    choices = [pl.col("resolved")] if closed.use_resolved else []
    if category_changed:
        waiting = (
            frame.lazy()
            .select(row, "resolved", "status_category", category_changed)
            .filter(
                (pl.col("resolved").is_null() if closed.use_resolved else pl.lit(True))
                & done & pl.col(category_changed).is_not_null()
            )
            .select(row, dates.parse(pl.col(category_changed)).alias("at"))
            .drop_nulls()
            .collect()
        )
        if waiting.height:
            changed_at = pl.col(row).replace_strict(
                waiting.get_column(row), waiting.get_column("at"), default=None,
                return_dtype=DATETIME,
            )
            choices.append(pl.when(done).then(changed_at))
    if closed.fallback_to_updated:
        choices.append(pl.when(done).then(pl.col("updated")))
    if not choices:
        return pl.lit(None, dtype=DATETIME)
    return pl.coalesce(choices) if len(choices) > 1 else choices[0]


def closed_before_created_warning(tickets: pl.DataFrame) -> str | None:
    """A sentence naming tickets closed earlier than created (metrics count them closed then)."""
    early = pl.col("closed_at") < pl.col("created")
    count = tickets.select(early.sum()).item()
    if not count:
        return None
    keys = tickets.filter(early).get_column("key").drop_nulls().head(3).to_list()
    shown = f" (e.g. {', '.join(keys)})" if keys else ""
    if count == 1:
        return (f"1 ticket was resolved before it was created{shown}; it counts as closed when "
                f"created, so check its dates in Jira.")
    return (f"{count} tickets were resolved before they were created{shown}; they count as "
            f"closed when created, so check their dates in Jira.")


def missing_reporter_id_warning(tickets: pl.DataFrame) -> str | None:
    """A sentence when comment authors are account ids but no ticket has a Reporter Id.

    First response then cannot tell the reporter's own comments from the support team's.
    """
    if tickets.get_column("reporter_id").null_count() < tickets.height:
        return None
    if account_id_authors(tickets, "author_id").is_empty():
        return None
    return ("First response times may count the reporter's own comments: the export has no "
            "Reporter Id column and comments name their authors by account id; export again "
            "from Jira with all fields.")


def account_id_authors(tickets: pl.DataFrame, field: str = "author") -> pl.Series:
    """The distinct comment authors (the struct `field`) written as account ids."""
    return (
        tickets.lazy().select(pl.col("comments").explode().struct.field(field).alias("author"))
        .drop_nulls().unique().filter(pl.col("author").str.contains(f"^{ACCOUNT_ID}$"))
        .collect().to_series()
    )
