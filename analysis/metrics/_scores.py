"""Case scores: each ticket's product and process score from the framework's option weights.

A ticket scores the sum of the weights of every label it carries, so severe cases (high
product score) and cases where the support process could improve (high process score) stand out.
"""

from __future__ import annotations

import polars as pl

from analysis.framework import Framework

_WEIGHTS_SCHEMA = {"dimension": pl.String, "value": pl.String,
                   "product_score": pl.Int64, "process_score": pl.Int64}


def score_weights(framework: Framework) -> pl.DataFrame:
    """Option weights of a framework [dimension, value (option name), product_score,
    process_score], options with two zero weights left out."""
    rows = [
        {"dimension": dimension.id, "value": option.name,
         "product_score": option.product_score, "process_score": option.process_score}
        for dimension in framework.dimensions
        for option in dimension.options
        if option.product_score or option.process_score
    ]
    return pl.DataFrame(rows, schema=_WEIGHTS_SCHEMA)


def case_scores(tickets: pl.DataFrame, weights: pl.DataFrame) -> pl.DataFrame:
    """Per ticket carrying at least one weighted label [key, summary, product_score: i64,
    process_score: i64, total_score: i64], highest total first."""
    parts = []
    indexed = tickets.with_row_index("row")
    for dimension in weights["dimension"].unique(maintain_order=True).to_list():
        if dimension not in tickets.columns:
            continue
        weighted = weights.filter(pl.col("dimension") == dimension).drop("dimension")
        values = indexed.select("row", pl.col(dimension).alias("value"))
        if isinstance(values.schema["value"], pl.List):
            values = values.explode("value")
        parts.append(values.join(weighted, on="value", how="inner"))
    schema = {"key": pl.String, "summary": pl.String, "product_score": pl.Int64,
              "process_score": pl.Int64, "total_score": pl.Int64}
    if not parts:
        return pl.DataFrame(schema=schema)
    per_row = pl.concat(parts).group_by("row").agg(
        pl.col("product_score").sum(), pl.col("process_score").sum()
    )
    scored = indexed.select("row", "key", "summary").join(per_row, on="row", how="inner")
    return scored.with_columns(
        (pl.col("product_score") + pl.col("process_score")).alias("total_score")
    ).sort(
        ["total_score", *issue_key_order()], descending=[True, False, False]
    ).select(list(schema))


def issue_key_order() -> list[pl.Expr]:
    """Sort keys for Jira issue keys in number order: SUPP-104 before SUPP-1014."""
    return [
        pl.col("key").str.extract(r"^(.*?)-?\d*$"),
        pl.col("key").str.extract(r"(\d+)$").cast(pl.Int64, strict=False),
    ]


def score_grid(scores: pl.DataFrame) -> pl.DataFrame:
    """Tickets at each (product_score, process_score) point [product_score, process_score,
    tickets: u32], for a scatter whose marker size shows how many cases share a point."""
    return (
        scores.group_by("product_score", "process_score")
        .agg(pl.len().cast(pl.UInt32).alias("tickets"))
        .sort("product_score", "process_score")
    )
