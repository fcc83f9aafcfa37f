"""Assemble one slice of a sample plan into a frame: one column per export cell (named by
its Jira header, `Header#j` for repeated ones) plus `_truth` columns for tests and demos."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import polars as pl

from analysis.sample import _texts as texts
from analysis.sample import _vocab as vocab
from analysis.sample._people import People, people
from analysis.sample._plan import MINUTES_PER_DAY, PRIORITIES, Plan
from analysis.sample._render import (
    RESOLUTIONS,
    SPRINT_EPOCH_DAY,
    STATUS_CATEGORIES,
    STATUSES,
    Layout,
    fill,
    jira_dates,
    keep_where,
    normalised,
    other_label_codes,
    placeholder_values,
    render_comments,
    take,
    team_label_codes,
    ticket_actors,
    ticket_status,
)
from analysis.sample._tables import CATEGORIES, TEAMS, Tables, tables
from analysis.sample._worklogs import render_worklogs

SUMMARY_PREFIX_ODDS = [0.945, 0.03, 0.015, 0.005, 0.005]


def _maybe(rng: np.random.Generator, texts: tuple[str, ...], share: float,
           count: int) -> pl.Series:
    present = rng.random(count) < share
    return take(texts, rng.integers(0, len(texts), size=count), present)


def _summary(rng: np.random.Generator, template: np.ndarray, values: dict[str, pl.Series],
             table: Tables) -> pl.Series:
    """Summary text, sometimes prefixed the way people do (`[PROD]`, `URGENT:`, `Re:`)."""
    text = fill(take(table.summaries.texts, template), values, table.summaries.texts)
    code = pl.Series(rng.choice(5, size=len(template), p=SUMMARY_PREFIX_ODDS))
    prefix = (pl.when(code == 1).then(pl.format("[{}] ", values["env"].str.to_uppercase()))
              .when(code == 2).then(pl.lit("URGENT: ")).when(code == 3).then(pl.lit("Re: "))
              .when(code == 4).then(pl.lit("FW: ")))
    return pl.select(pl.concat_str([prefix, text], ignore_nulls=True)).to_series()


def _description(rng: np.random.Generator, story: np.ndarray, values: dict[str, pl.Series],
                 table: Tables) -> pl.Series:
    """Multi-line description: greeting, the story's detail, context, steps, the story's
    error block (when it has one), sign-off."""
    count = len(story)
    has_error = np.array([bool(text) for text in table.errors])[story]
    error = take(table.errors, story, has_error & (rng.random(count) < 0.6))
    parts = [
        _maybe(rng, texts.GREETINGS, 0.8, count),
        fill(take(table.details, story), values, table.details),
        fill(_maybe(rng, texts.CONTEXTS, 0.6, count), values, texts.CONTEXTS),
        fill(_maybe(rng, texts.STEPS, 0.35, count), values, texts.STEPS),
        fill(error, values, table.errors),
        fill(_maybe(rng, texts.SIGNOFFS, 0.85, count), values, texts.SIGNOFFS),
    ]
    text = pl.select(pl.concat_str(parts, separator="\n\n", ignore_nulls=True)).to_series()
    crlf = pl.Series(rng.random(count) < 0.25)
    text = pl.select(pl.when(crlf).then(text.str.replace_all("\n", "\r\n", literal=True))
                     .otherwise(text)).to_series()
    return keep_where(rng.random(count) < 0.96, text)


def _repeated(name: str, width: int,
              cells: Callable[[int], pl.Series]) -> dict[str, pl.Series]:
    return {f"{name}#{j}": cells(j) for j in range(width)}


def _labels(rng: np.random.Generator, plan: Plan, rows: slice, width: int) -> dict[str, pl.Series]:
    """Team label spellings and other labels, sorted, filled from the left."""
    table = tables()
    codes = np.stack([team_label_codes(rng, plan.team1[rows]),
                      team_label_codes(rng, plan.team2[rows]),
                      *other_label_codes(rng, plan.other_labels[rows])], axis=1)
    absent = len(table.label_names)
    codes = np.where(codes < 0, absent, codes)
    codes.sort(axis=1)
    return _repeated("Labels", width, lambda j: take(
        table.label_names, np.minimum(codes[:, j], absent - 1), codes[:, j] < absent))


def _people_columns(rng: np.random.Generator, plan: Plan, rows: slice, actors: dict[str, Any],
                    status: dict[str, Any], layout: Layout, cast: People) -> dict[str, pl.Series]:
    """Assignee, reporter, creator and watchers, with their account ids."""
    count = rows.stop - rows.start
    assigned = ~((status["status"] == 0) & (rng.random(count) < 0.6))
    assigned &= ~((plan.team1[rows] < 0) & (rng.random(count) < 0.5))
    by_engineer = rng.random(count) < 0.05
    names = cast.reporter_names + cast.engineer_names
    ids = cast.reporter_ids + cast.engineer_ids
    staff = len(cast.reporter_names)
    creator = np.where(by_engineer, staff + actors["engineer"], actors["reporter"])
    watcher = np.stack([actors["reporter"], staff + actors["engineer"],
                        staff + actors["colleague"]], axis=1)
    watchers = plan.watchers[rows]
    return {
        "Assignee": take(names, staff + actors["engineer"], assigned),
        "Assignee Id": take(ids, staff + actors["engineer"], assigned),
        "Reporter": take(names, actors["reporter"]),
        "Reporter Id": take(ids, actors["reporter"]),
        "Creator": take(names, creator),
        "Creator Id": take(ids, creator),
        **_repeated("Watchers", layout.watchers,
                    lambda j: take(names, watcher[:, j], watchers > j)),
        **_repeated("Watchers Id", layout.watchers,
                    lambda j: take(ids, watcher[:, j], watchers > j)),
    }


def _date_columns(rng: np.random.Generator, plan: Plan, rows: slice, status: dict[str, Any],
                  seen: dict[str, Any]) -> dict[str, pl.Series | None]:
    """Created, Updated, Last Viewed, Resolved, Due date, Status Category Changed."""
    count, created, export = rows.stop - rows.start, plan.created[rows], plan.export_minute
    closed, category = plan.closed[rows], np.array(STATUS_CATEGORIES)[status["status"]]
    changed = np.where(closed, status["end"],
                       np.where(category == "To Do", created, status["first_touch"]))
    latest = np.maximum.reduce([created, seen["last_at"], changed])
    updated = np.minimum(latest + rng.integers(0, 90, size=count), export)
    viewed = updated + (rng.random(count) * (export - updated)).astype(np.int64)
    due = (created // MINUTES_PER_DAY + 7) * MINUTES_PER_DAY
    response = seen["first_response"]
    return {
        "Created": jira_dates(created), "Updated": jira_dates(updated),
        "Last Viewed": jira_dates(viewed, rng.random(count) < 0.35),
        "Resolved": jira_dates(status["end"], status["resolved"]),
        "Due date": jira_dates(due, rng.random(count) < 0.03),
        "Status Category Changed": jira_dates(changed),
        "Status Category": take(STATUS_CATEGORIES, status["status"]),
        "Custom field ([CHART] Date of First Response)":
            None if response is None else jira_dates(np.maximum(response, 0), response >= 0),
    }


def _fields(rng: np.random.Generator, plan: Plan, rows: slice, product: np.ndarray,
            status: dict[str, Any], layout: Layout, table: Tables) -> dict[str, pl.Series]:
    """Key, id, type, priority, status, components, sprints, team name and custom fields."""
    count, team1 = rows.stop - rows.start, plan.team1[rows]
    number = np.arange(rows.start + 1, rows.stop + 1)
    sprint = 100 + (plan.created[rows] // MINUTES_PER_DAY - SPRINT_EPOCH_DAY) // 14
    named = np.where(team1 >= 0, rng.random(count) < 0.75, rng.random(count) < 0.25)
    second = rng.integers(0, len(vocab.SECOND_COMPONENTS), size=count)
    fields = {
        "Issue key": pl.Series(number).cast(pl.String).str.replace(r"^", "SUPP-"),
        "Issue id": pl.Series(10000 + 3 * number + rng.integers(0, 3, size=count)).cast(
            pl.String),
        "Issue Type": take(tuple(t for t, _ in vocab.ISSUE_TYPES),
                            rng.choice(len(vocab.ISSUE_TYPES), size=count,
                                       p=normalised(vocab.ISSUE_TYPES))),
        "Status": take(STATUSES, status["status"]),
        "Priority": take(PRIORITIES, plan.priority[rows]),
        "Resolution": take(tuple(r for r, _ in RESOLUTIONS), status["resolution"],
                            status["resolved"]),
        "Component/s#0": take(table.products, product, plan.components[rows] >= 1),
        "Component/s#1": take(vocab.SECOND_COMPONENTS, second, plan.components[rows] >= 2),
        **_repeated("Sprint", layout.sprints, lambda j: keep_where(
            plan.sprints[rows] > j,
            pl.Series(sprint + j).cast(pl.String).str.replace(r"^", "SUPP Sprint "))),
        "Custom field (Team Name)": take(TEAMS, plan.owner[rows], named),
        "Custom field (Rank)": pl.Series(number).cast(pl.String).str.zfill(6).str.replace(
            r"^(.*)$", "0|i$1:"),
    }
    for header, share, values in vocab.CUSTOM_FIELDS:
        if share > 0:
            present = rng.random(count) < share
            fields[header] = take(values, rng.integers(0, len(values), size=count), present)
    return fields


def _truth(plan: Plan, rows: slice, actors: dict[str, Any], product: np.ndarray, cast: People,
           table: Tables) -> dict[str, pl.Series]:
    """The hidden answers: what each ticket is about and where it came from."""
    teams = pl.DataFrame({"a": take(TEAMS, plan.owner[rows]),
                          "b": take(TEAMS, np.maximum(plan.team2[rows], 0),
                                     plan.team2[rows] >= 0)})
    return {
        "_macro_category": take(CATEGORIES, plan.category[rows]),
        "_product": take(table.products, product),
        "_story": take(table.story_names, plan.story[rows]),
        "_origin_team": take(cast.team_names, actors["origin"]),
        "_origin_location": take(cast.team_locations, actors["origin"]),
        "_origin_service": take(cast.service_names, actors["service"]),
        "_platform_teams": teams.select(pl.concat_list("a", "b").list.drop_nulls()).to_series(),
        "_closed": pl.Series(plan.closed[rows]),
    }


def render_chunk(plan: Plan, start: int, stop: int, layout: Layout) -> pl.DataFrame:
    """Tickets start..stop-1 of the plan; the same plan and bounds give the same frame."""
    rng = np.random.default_rng(np.random.SeedSequence([plan.seed, 1, start]))
    rows, cast, table = slice(start, stop), people(), tables()
    actors = ticket_actors(rng, plan, rows, cast)
    story = plan.story[rows]
    template = table.summaries.pick(rng, story)
    product = table.story_product[story]
    values = placeholder_values(rng, story, actors, cast, table)
    status = ticket_status(rng, plan, rows)
    comments, seen = render_comments(rng, plan, rows, status, actors, values, layout.comments)
    columns = {
        "Summary": _summary(rng, template, values, table),
        "Description": _description(rng, story, values, table),
        **_fields(rng, plan, rows, product, status, layout, table),
        **_people_columns(rng, plan, rows, actors, status, layout, cast),
        **_date_columns(rng, plan, rows, status, seen),
        **_labels(rng, plan, rows, layout.labels),
        **{f"Comment#{j}": cell for j, cell in enumerate(comments)},
        **render_worklogs(plan.seed, start, plan.worklogs[rows], plan.work_seconds[rows],
                          status["first_touch"], status["end"],
                          (actors["engineer"], actors["colleague"]), cast.engineer_ids,
                          layout.worklogs),
        **_truth(plan, rows, actors, product, cast, table),
    }
    return pl.DataFrame({name: s.alias(name) for name, s in columns.items() if s is not None})
