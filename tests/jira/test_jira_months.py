"""Month names of Jira's UI languages from CLDR, written here from Babel 2.18's data."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.jira._months import chosen_months, cldr_months, needs_names


@pytest.mark.parametrize(("text", "expected"), [
    ("3/mag/24 10:00 AM", (2024, 5, 3)),        # Italian May
    ("05/set/23 10:00 AM", (2023, 9, 5)),       # Italian / Portuguese September
    ("05/ott/23 10:00 AM", (2023, 10, 5)),      # Italian October
    ("05/set./23 10:00 AM", (2023, 9, 5)),      # Portuguese September, with a dot
    ("05/out./23 10:00 AM", (2023, 10, 5)),     # Portuguese October
    ("17/déc./21 10:00 AM", (2021, 12, 17)),    # French December
    ("05/paź/23 10:00 AM", (2023, 10, 5)),      # Polish October
    ("05/października/23 10:00 AM", (2023, 10, 5)),  # Polish October, wide genitive
    ("05/lis/23 10:00 AM", (2023, 11, 5)),      # Polish / Czech November
    ("05/mrt/23 10:00 AM", (2023, 3, 5)),       # Dutch March
    ("05/mei/23 10:00 AM", (2023, 5, 5)),       # Dutch May
    ("05/окт./23 10:00 AM", (2023, 10, 5)),     # Russian October
    ("05/мая/23 10:00 AM", (2023, 5, 5)),       # Russian May (genitive)
    ("05/МАЙ/23 10:00 AM", (2023, 5, 5)),       # Russian May, stand-alone, upper case
    ("05/10月/23 10:00 AM", (2023, 10, 5)),     # Japanese October
    ("05/1月/23 10:00 AM", (2023, 1, 5)),       # Japanese January
    ("05/11月/23 10:00 AM", (2023, 11, 5)),     # Japanese November, not 1月
    ("05/maalis/23 10:00 AM", (2023, 3, 5)),    # Finnish March
    ("05/lokakuuta/23 10:00 AM", (2023, 10, 5)),  # Finnish October, wide
    ("05/marraskuu/23 10:00 AM", (2023, 11, 5)),  # Finnish November, not "mar"
    ("05/Eyl/23 10:00 AM", (2023, 9, 5)),       # Turkish September
    ("05/Şub/23 10:00 AM", (2023, 2, 5)),       # Turkish February
    ("05/Kas/23 10:00 AM", (2023, 11, 5)),      # Turkish November
    ("05/лист./23 10:00 AM", (2023, 11, 5)),    # Ukrainian November
    ("05/říj/23 10:00 AM", (2023, 10, 5)),      # Czech October
    ("05/szept./23 10:00 AM", (2023, 9, 5)),    # Hungarian September
    ("05/Sept/23 10:00 AM", (2023, 9, 5)),      # British English September
])
def test_month_names_of_jira_languages(text, expected, read_text, column):
    export = read_text(f"Issue key,Summary,Created\nS-1,s,{text}\n")
    assert column(export, "created") == [datetime(*expected, 10, 0)]


def test_every_cldr_spelling_means_one_month():
    assert [name for name, months in cldr_months().items() if len(months) > 1] == []


def test_latin_locales_have_their_own_stand_alone_names():
    """Babel resolves stand-alone aliases once per process, so load order must not leak CJK."""
    assert set(cldr_months()["1月"][1]) <= {"ja", "ko", "zh_CN", "zh_TW"}
    assert "fr" in cldr_months()["janv"][1]


def test_a_spelling_two_languages_read_differently_follows_the_board_language():
    table = {"lis": {10: ("hr",), 11: ("pl",)}, "lip": {7: ("pl",)}, "sij": {1: ("hr",)}}
    locales = ("pl", "hr")
    assert chosen_months(table, {"lip", "lis"}, locales)["lis"] == 11
    assert chosen_months(table, {"sij", "lis"}, locales)["lis"] == 10
    assert chosen_months(table, set(), locales)["lis"] == 11   # ties: the earlier locale


def test_english_and_numeric_dates_need_no_month_table():
    english = pl.Series(["17/Jan/21 10:32 AM", "2021-01-17T10:32:00", "17/01/2021 15:26"])
    assert not needs_names(english, {})
    assert needs_names(pl.Series(["02/oct./25 9:00 AM"]), {})
    assert needs_names(english, {"okt": 10})
