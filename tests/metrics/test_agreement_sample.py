"""The calibration sample: the same keys for everyone, stable as the board grows."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.metrics import calibration_first, calibration_keys, parse_share


def test_sample_is_about_the_share_and_the_same_every_time():
    keys = [f"SUPP-{n}" for n in range(1, 2001)]
    sample = calibration_keys(keys, 0.1)
    assert 150 <= len(sample) <= 250
    assert calibration_keys(list(reversed(keys)), 0.1) == sample


def test_a_growing_board_keeps_every_sampled_ticket_in_its_order():
    small = calibration_keys([f"SUPP-{n}" for n in range(1, 501)], 0.1)
    grown = calibration_keys([f"SUPP-{n}" for n in range(1, 1001)], 0.1)
    assert set(small) <= set(grown)
    assert [k for k in grown if k in set(small)] == small


def test_sample_tickets_come_first_and_the_rest_keep_their_order():
    tickets = pl.DataFrame({"key": [f"SUPP-{n}" for n in range(1, 101)]})
    ordered, sample = calibration_first(tickets, 0.2)
    assert ordered["key"].to_list()[:len(sample)] == sample
    rest = [k for k in tickets["key"].to_list() if k not in set(sample)]
    assert ordered["key"].to_list()[len(sample):] == rest


@pytest.mark.parametrize(("text", "share"), [("10%", 0.1), ("25", 0.25), ("100%", 1.0)])
def test_share_parses_percentages(text, share):
    assert parse_share(text) == pytest.approx(share)


@pytest.mark.parametrize("text", ["0%", "150%", "ten"])
def test_a_share_outside_0_to_100_is_an_input_error(text):
    with pytest.raises(InputError, match="--calibrate"):
        parse_share(text)
