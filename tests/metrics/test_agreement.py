"""Agreement between labellers: kappa and alpha against values worked out by hand."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.metrics import agreement, disagreed_keys, disagreements, shared_categories


def labels(*rows: tuple[str, str, str]) -> pl.DataFrame:
    """A replayed (key, dimension, value) frame."""
    return pl.DataFrame(rows, schema={"key": pl.String, "dimension": pl.String,
                                      "value": pl.String}, orient="row")


ANA = labels(("K1", "macro_category", "metrics"), ("K2", "macro_category", "metrics"),
             ("K3", "macro_category", "logging"), ("K4", "macro_category", "logging"))
BO = labels(("K1", "macro_category", "metrics"), ("K2", "macro_category", "logging"),
            ("K3", "macro_category", "logging"), ("K4", "macro_category", "logging"),
            ("K5", "macro_category", "metrics"))  # K5: only Bo labelled it, so it is not shared


def by_dimension(results):
    return {r.dimension: r for r in results}


def test_two_labellers_kappa_and_alpha_match_the_hand_computation(framework):
    result = by_dimension(agreement([ANA, BO], framework))["macro_category"]
    # Kappa: observed agreement 3/4. Ana: metrics 1/2, logging 1/2; Bo: metrics 1/4,
    # logging 3/4; chance 1/2*1/4 + 1/2*3/4 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2.
    assert result.tickets == 4
    assert result.kappa == pytest.approx(0.5)
    # Alpha (nominal): coincidences o(m,m)=2, o(m,l)=o(l,m)=1, o(l,l)=4; n_m=3, n_l=5, N=8;
    # alpha = 1 - (N-1) * (o(m,l)+o(l,m)) / (2 * n_m * n_l) = 1 - 7*2/30 = 16/30.
    assert result.alpha == pytest.approx(16 / 30)
    assert result.note is None


def test_three_labellers_alpha_matches_the_hand_computation_and_kappa_is_none(framework):
    a = labels(("U1", "macro_category", "x"), ("U2", "macro_category", "x"),
               ("U3", "macro_category", "y"))
    b = labels(("U1", "macro_category", "x"), ("U2", "macro_category", "x"),
               ("U3", "macro_category", "y"))
    c = labels(("U1", "macro_category", "x"), ("U2", "macro_category", "y"),
               ("U3", "macro_category", "y"))
    result = by_dimension(agreement([a, b, c], framework))["macro_category"]
    # Each ordered pair within a unit weighs 1/(3-1). U1 x,x,x: o(x,x)+=3. U2 x,x,y:
    # o(x,x)+=1, o(x,y)+=1, o(y,x)+=1. U3 y,y,y: o(y,y)+=3. n_x=5, n_y=4, N=9;
    # alpha = 1 - (N-1) * 2 / (2 * n_x * n_y) = 1 - 8*2/40 = 0.6.
    assert result.kappa is None
    assert result.alpha == pytest.approx(0.6)
    assert result.tickets == 3


def test_multi_valued_dimension_compares_the_whole_set_as_one_category(framework):
    a = labels(("K1", "product", "vault"), ("K1", "product", "grafana"),
               ("K2", "product", "vault"), ("K3", "product", "dns"))
    b = labels(("K1", "product", "grafana"), ("K1", "product", "vault"),
               ("K2", "product", "vault"), ("K2", "product", "dns"), ("K3", "product", "dns"))
    result = by_dimension(agreement([a, b], framework))["product"]
    # Categories: K1 grafana+vault (both), K2 vault vs dns+vault, K3 dns (both): observed 2/3.
    # Chance: grafana+vault 1/3*1/3 + dns 1/3*1/3 = 2/9; kappa = (2/3-2/9)/(7/9) = 4/7.
    assert result.kappa == pytest.approx(4 / 7)
    pairs = disagreements(shared_categories([a, b], "product"), 2)
    assert pairs.rows() == [("dns+vault", "vault", 1, ["K2"])]


def test_one_value_only_or_too_few_tickets_give_none_and_say_why(framework):
    a = labels(("K1", "platform_team", "platops"), ("K2", "platform_team", "platops"),
               ("K1", "origin_team", "payments"))
    b = labels(("K1", "platform_team", "platops"), ("K2", "platform_team", "platops"),
               ("K1", "origin_team", "search"))
    results = by_dimension(agreement([a, b], framework))
    same = results["platform_team"]
    assert (same.tickets, same.kappa, same.alpha) == (2, None, None)
    assert "one value only" in same.note
    few = results["origin_team"]
    assert (few.tickets, few.kappa, few.alpha) == (1, None, None)
    assert "only 1 ticket labelled" in few.note


def test_board_keys_limit_the_tickets_counted(framework):
    result = by_dimension(agreement([ANA, BO], framework, keys=["K1", "K2", "K3"]))
    assert result["macro_category"].tickets == 3


def test_disagreements_name_the_value_pair_and_its_tickets(framework):
    pairs = disagreements(shared_categories([ANA, BO], "macro_category"), 2)
    assert pairs.rows() == [("logging", "metrics", 1, ["K2"])]
    assert disagreed_keys([ANA, BO], framework) == {"K2": ["macro_category"]}
