"""Each sample ticket tells one story, and the hidden answers agree with what it says."""

from __future__ import annotations

import re

import polars as pl
import pytest

from analysis.framework import load_framework
from analysis.sample import _vocab as vocab
from analysis.sample import hidden_answers, sample_frame
from analysis.sample._people import people
from analysis.sample._stories import CATALOGUE

STORIES = [(group, story) for group in CATALOGUE for story in group.stories]
MARKS = {f"{group.product}: {story.mark}": story.mark for group, story in STORIES}
SERVICE_NAME = re.compile("(?<![\\w-])(" + "|".join(
    re.escape(name) for name in sorted(people().service_names, key=len, reverse=True))
    + ")(?![\\w-])")


@pytest.fixture(scope="module")
def frame() -> pl.DataFrame:
    """A 2,000-ticket sample with its text and hidden answers."""
    return sample_frame(2000, 3)


def comment_bodies(row: dict) -> str:
    """The bodies of a ticket's comments, joined."""
    cells = [row[name] for name in row if name.startswith("Comment#") and row[name]]
    return "\n".join(cell.split(";", 2)[2] for cell in cells)


@pytest.mark.parametrize("group, story", STORIES, ids=list(MARKS))
def test_every_text_of_a_story_names_its_service_and_mark(group, story):
    for text in (*story.summaries, story.detail, story.symptom):
        assert story.mark.casefold() in text.casefold(), text
    for text in (*story.summaries, story.detail, story.symptom, story.fix):
        assert "{service}" in text, text


def test_the_catalogue_has_many_kinds_of_problem_in_every_category():
    assert len(MARKS) == len(STORIES) >= 150
    categories = {group.category for group in CATALOGUE}
    assert categories == set(vocab.CATEGORY_WEIGHTS)
    assert all(sum(len(g.stories) for g in CATALOGUE if g.category == c) >= 3
               for c in categories)


def test_every_product_category_and_owner_resolves_in_the_default_framework():
    framework = load_framework()
    for dimension_id, names in (
            ("product", {g.product for g in CATALOGUE}),
            ("macro_category", {g.category for g in CATALOGUE}),
            ("platform_team", {g.owner for g in CATALOGUE})):
        dimension = framework.dimension(dimension_id)
        assert sorted(n for n in names if dimension.resolve(n) is None) == [], dimension_id


def test_summary_description_and_comments_name_one_service_and_one_symptom(frame):
    checked = 0
    for row in frame.iter_rows(named=True):
        service, mark = row["_origin_service"], MARKS[row["_story"]].casefold()
        texts = [row["Summary"], row["Description"], comment_bodies(row)]
        for text in (t for t in texts if t):
            assert set(SERVICE_NAME.findall(text)) == {service}, (row["Issue key"], text)
            assert mark in text.casefold(), (row["Issue key"], text)
            checked += 1
    assert checked > 2 * frame.height


def test_a_story_always_has_the_same_product_category_and_owning_team(frame):
    per_story = frame.group_by("_story").agg(
        pl.col("_product").n_unique(), pl.col("_macro_category").n_unique(),
        pl.col("_platform_teams").list.first().n_unique())
    assert per_story.select(pl.all().exclude("_story").max()).row(0) == (1, 1, 1)
    assert per_story.height >= 100
    group_of = {f"{g.product}: {s.mark}": g for g, s in STORIES}
    for story, category, product, teams in frame.select(
            "_story", "_macro_category", "_product", "_platform_teams").iter_rows():
        group = group_of[story]
        assert (category, product, teams[0]) == (group.category, group.product, group.owner)


def test_a_reporter_keeps_team_location_and_service(frame):
    per_reporter = frame.group_by("Reporter Id").agg(
        pl.col("_origin_team").n_unique(), pl.col("_origin_location").n_unique(),
        pl.col("_origin_service").n_unique())
    assert per_reporter.select(pl.all().exclude("Reporter Id").max()).row(0) == (1, 1, 1)


def test_numbers_in_summaries_vary_from_ticket_to_ticket(frame):
    numbers = frame["Summary"].str.extract(r"(?:^|[\s(])(\d+)(?:k| ms| minutes| seconds|%)")
    numbers = numbers.drop_nulls()
    assert numbers.len() > 10
    assert numbers.n_unique() > numbers.len() // 2


def test_every_ticket_has_an_owning_team_even_without_a_team_label(frame):
    assert frame["_platform_teams"].list.len().min() >= 1
    unlabelled = frame.filter(pl.all_horizontal(
        pl.col(c).is_null() for c in frame.columns if c.startswith("Labels#")))
    assert unlabelled.height > 0


def test_hidden_answers_name_every_ticket_with_option_names():
    answers = hidden_answers(300, 5)
    truth = sample_frame(300, 5)
    assert answers["key"].to_list() == truth["Issue key"].to_list()
    assert answers["platform_team"].to_list() == [t[0] for t in truth["_platform_teams"]]
    assert answers["origin_service"].to_list() == truth["_origin_service"].to_list()
    assert set(answers.columns) >= {"product", "macro_category", "origin_team",
                                    "origin_location", "story", "platform_teams"}
    assert answers.drop("resolution_kind").null_count().sum_horizontal().item() == 0
    assert answers["resolution_kind"].is_null().to_list() == (~truth["_closed"]).to_list()


def test_closed_tickets_have_a_resolution_kind_that_agrees_with_their_resolution():
    framework = load_framework(None)
    kinds = {o.name for o in framework.dimension("resolution_kind").options}
    truth = sample_frame(600, 3)
    closed = truth.filter(pl.col("_closed"))
    assert set(closed["_resolution_kind"].unique()) == kinds
    pairs = set(closed.select("Resolution", "_resolution_kind").drop_nulls().iter_rows())
    assert ("Duplicate", "Duplicate") in pairs and ("Fixed", "Code change") in pairs
    assert {kind for resolution, kind in pairs if resolution == "Won't Do"} == {"No action"}
