"""`labels export`: the journal's labels as a CSV table, TOML tables and a Jira-import CSV."""

from __future__ import annotations

import csv
import io
import tomllib

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.journal._export import export_labels, render_csv, render_jira, render_toml

TICKETS = pl.DataFrame(
    {
        "key": ["S-3", "S-1", "S-2"],
        "summary": ["Grafana, down", "VPN slow", "nothing"],
        "labels": [["o11y", "urgent"], [], []],
    },
    schema={"key": pl.String, "summary": pl.String, "labels": pl.List(pl.String)},
)
LABELS = pl.DataFrame(
    [
        ("S-1", "platform_team", "network_platform"),
        ("S-1", "macro_category", "networking"),
        ("S-3", "platform_team", "observability"),
        ("S-3", "product", "grafana"),
        ("S-3", "product", "prometheus"),
        ("S-9", "macro_category", "cost"),
    ],
    schema=["key", "dimension", "value"], orient="row",
)


def test_csv_has_key_and_one_column_per_dimension_in_export_order(framework):
    rows = list(csv.DictReader(io.StringIO(render_csv(TICKETS, LABELS, framework))))
    assert [row["key"] for row in rows] == ["S-3", "S-1", "S-9"]
    assert list(rows[0]) == ["key", *framework.dimension_ids]
    assert rows[0]["product"] == "Grafana; Prometheus"
    assert rows[0]["platform_team"] == "Observability"
    assert rows[1]["macro_category"] == "Networking"
    assert rows[2]["platform_team"] == ""


def test_toml_has_one_table_per_ticket(framework):
    document = tomllib.loads(render_toml(TICKETS, LABELS, framework))
    assert document["S-3"] == {"platform_team": "Observability",
                               "product": ["Grafana", "Prometheus"]}
    assert document["S-9"] == {"macro_category": "Cost"}


def test_jira_csv_adds_new_labels_to_the_tickets_own(framework):
    reader = csv.reader(io.StringIO(render_jira(TICKETS, LABELS, framework)))
    header, *rows = list(reader)
    assert header[:2] == ["Issue key", "Summary"]
    assert set(header[2:]) == {"Labels"}
    by_key = {row[0]: [cell for cell in row[2:] if cell] for row in rows}
    assert set(by_key) == {"S-3", "S-1"}
    # o11y already names Observability, so no second team label is added.
    assert by_key["S-3"] == ["o11y", "urgent", "product:grafana", "product:prometheus"]
    assert by_key["S-1"] == ["netplat", "macro_category:networking"]


def test_export_writes_the_file_and_counts_tickets(tmp_path, framework):
    output = tmp_path / "labels.toml"
    assert export_labels(TICKETS, LABELS, framework, "toml", output) == 3
    assert "S-1" in tomllib.loads(output.read_text())
    assert [p.name for p in tmp_path.iterdir()] == ["labels.toml"]


def test_export_to_a_missing_folder_is_an_input_error(tmp_path, framework):
    with pytest.raises(InputError, match="does not exist"):
        export_labels(TICKETS, LABELS, framework, "csv", tmp_path / "nope" / "x.csv")
