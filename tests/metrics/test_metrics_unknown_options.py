"""Journal values that name no option of the framework count for nothing and give one warning."""

from __future__ import annotations

import polars as pl
from polars.testing import assert_frame_equal

from analysis.metrics import labelled_tickets, unknown_options_warning

TICKETS = pl.DataFrame({
    "key": ["SUPP-1", "SUPP-2", "SUPP-3", "SUPP-4", "SUPP-5"],
    "team": [["PlatOps"], ["PlatOps"], [], [], ["Observability"]],
})


def journal(*rows: tuple[str, str, str]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["key", "dimension", "value"], orient="row")


def test_an_unknown_team_id_is_no_team_and_an_alias_gives_the_option_name(framework):
    labels = journal(("SUPP-1", "platform_team", "ghost_team"),
                     ("SUPP-2", "platform_team", "build_and_deploy"),
                     ("SUPP-3", "platform_team", "ghost_team"),
                     ("SUPP-4", "platform_team", "PLATOPS"))
    labelled = labelled_tickets(TICKETS, labels, framework)
    assert_frame_equal(labelled.select("key", "team"), pl.DataFrame({
        "key": TICKETS["key"],
        "team": [["PlatOps"], ["Build and Deploy"], [], ["PlatOps"], ["Observability"]],
    }))


def test_one_warning_counts_tickets_and_names_three_examples(framework):
    labels = journal(("SUPP-1", "platform_team", "ghost_team"),
                     ("SUPP-2", "platform_team", "ghost_team"),
                     ("SUPP-2", "macro_category", "gone_1"),
                     ("SUPP-3", "macro_category", "gone_2"),
                     ("SUPP-4", "macro_category", "gone_3"),
                     ("SUPP-5", "platform_team", "platops"),
                     ("SUPP-5", "not_a_dimension", "anything"))
    warning = unknown_options_warning(labels, framework, "board.csv.labels.csv")
    assert warning == (
        "4 tickets carry labels in the journal board.csv.labels.csv that name no option of the "
        "built-in labels.toml (platform_team: ghost_team, macro_category: gone_1, "
        "macro_category: gone_2 and 1 more), so no count uses them; the option was removed, or "
        "another labeller added it to another labels.toml: re-add it with + in the labelling app."
    )
    assert unknown_options_warning(labels.tail(2), framework, "board.csv.labels.csv") is None


def test_a_dimension_without_options_keeps_its_values(framework):
    free = framework.model_copy(update={"dimensions": (
        *framework.dimensions[:1],
        framework.dimension("product").model_copy(update={"options": ()}),
    )})
    labels = journal(("SUPP-3", "product", "Kafka"))
    labelled = labelled_tickets(TICKETS, labels, free)
    assert labelled["product"].to_list() == [[], [], ["Kafka"], [], []]
    assert unknown_options_warning(labels, free, "j.csv") is None
