"""Picker ranking: exact name, prefix, word prefix, alias, then fuzzy; nearest names."""

from __future__ import annotations

from analysis.framework import Dimension, Option
from supp_tui.labelling import is_exact, nearest_options, rank_options

PRODUCT = Dimension(id="product", title="Product", options=(
    Option(id="cost_reporting", name="Cost reporting", aliases=("kubecost",)),
    Option(id="kubernetes", name="Kubernetes", aliases=("k8s",)),
    Option(id="grafana", name="Grafana"),
    Option(id="ci_runners", name="CI runners", aliases=("gitlab runner",)),
    Option(id="runbooks", name="Runbooks"),
    Option(id="rewards_worker", name="rewards-worker"),
))


def test_name_prefix_ranks_above_an_alias_containing_the_text():
    assert rank_options(PRODUCT, "kube", []) == ["kubernetes", "cost_reporting"]


def test_tiers_exact_then_prefix_then_word_prefix_then_alias():
    assert rank_options(PRODUCT, "runbooks", []) == ["runbooks"]
    assert rank_options(PRODUCT, "run", []) == ["runbooks", "ci_runners"]
    assert rank_options(PRODUCT, "git", []) == ["ci_runners"]
    assert rank_options(PRODUCT, "Grafana", []) == ["grafana"]


def test_ties_keep_the_pickers_likeliest_first_order():
    order = ["ci_runners", "runbooks"]
    assert rank_options(PRODUCT, "", order)[:2] == ["ci_runners", "runbooks"]
    assert rank_options(PRODUCT, "r", order)[:2] == ["runbooks", "rewards_worker"]


def test_typo_matches_fuzzily_after_every_exact_kind():
    assert rank_options(PRODUCT, "grafna", []) == ["grafana"]
    assert rank_options(PRODUCT, "rewards-wrker", []) == ["rewards_worker"]
    assert rank_options(PRODUCT, "zzzz", []) == []


def test_nearest_options_for_a_new_name():
    assert [o.id for o in nearest_options(PRODUCT, "rewards-wrker")] == ["rewards_worker"]
    assert nearest_options(PRODUCT, "Kafka") == []


def test_is_exact_on_any_spelling():
    assert is_exact(PRODUCT, "K8S") and is_exact(PRODUCT, "cost-reporting")
    assert not is_exact(PRODUCT, "kube") and not is_exact(PRODUCT, " ")
