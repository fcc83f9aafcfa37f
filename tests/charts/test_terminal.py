"""Terminal renderings: every chart fits its size, says what it shows, and is deterministic."""

from __future__ import annotations

import re

import plotext
import polars as pl
import pytest

from analysis.charts import _catalogue as mc
from analysis.charts import terminal
from analysis.framework import load_framework

ANSI = re.compile(r"\x1b\[[0-9;]*m")
SIZES = ((80, 24), (200, 50))


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_chart_fits_its_size(charts, width, height):
    for name, data in charts.items():
        text = terminal.render(data, width, height, color=False)
        lines = text.split("\n")
        assert len(lines) <= height, name
        assert max(len(line) for line in lines) <= width, name
        assert "\x1b" not in text, name


def test_colour_output_has_ansi_and_the_same_visible_text(charts):
    data = charts["created-closed"]
    coloured = terminal.render(data, 80, 24, color=True)
    assert "\x1b[38;2;" in coloured
    plain = terminal.render(data, 80, 24, color=False)
    visible = ANSI.sub("", coloured).split("\n")
    assert visible[0] == plain.split("\n")[0]
    assert visible[-1] == "█ created  █ closed"


def test_titles_axes_and_legends_say_what_is_shown(charts):
    flow = terminal.render(charts["flow"], 80, 24, color=False)
    assert "Opened in week N minus closed in week N-1" in flow
    assert "Open backlog at the end of each week" in flow
    assert "2026-W02" in flow
    created = terminal.render(charts["created-closed"], 80, 24, color=False)
    assert "Tickets created and closed per week" in created
    assert "█ created" in created and "▒ closed" in created
    teams = terminal.render(charts["teams"], 80, 24, color=False)
    assert "Unlabelled" in teams and "%" in teams
    crosstab = terminal.render(charts["crosstab"], 80, 24, color=False)
    assert "Total" in crosstab and "Metrics" in crosstab


def test_monthly_axis_uses_month_keys(board):
    frame = board
    context = mc.build_context(frame, load_framework())
    data = mc.chart_data("created-closed", frame, mc.ChartRequest(period="month"), context)
    text = terminal.render(data, 80, 20, color=False)
    assert "2026-01" in text and "per month" in text


def test_rendering_is_pure(charts, capsys):
    before = plotext.figure.build().string(colorless=True)
    first = terminal.render(charts["weekly-by-team"], 100, 30, color=True)
    second = terminal.render(charts["weekly-by-team"], 100, 30, color=True)
    assert first == second
    assert plotext.figure.build().string(colorless=True) == before
    assert capsys.readouterr().out == ""


BAR_LINE = re.compile(r"^(?P<label>.*?) (?P<axis>[┤│])(?P<bar>[█░▒]*)")
REVIEW_MEDIANS = {"PlatOps": (204, 213.6), "Cloud Infrastructure": (24, 24),
                  "Data Platform": (408, 408), "Developer Experience": (0, 0),
                  "Network Platform": (24, 24), "Observability": (216, 216),
                  "Unlabelled": (106, 106)}


def bar_rows(text: str) -> dict[str, list[str]]:
    """Each labelled value's bar lines (the label's own line and its continuation lines)."""
    rows: dict[str, list[str]] = {}
    current = None
    for line in text.split("\n"):
        match = BAR_LINE.match(line)
        if not match or not ({"┤", "│"} & set(line)):
            current = None
            continue
        if match["axis"] == "┤":
            current = match["label"].strip()
            rows[current] = []
        if current is not None and match["bar"]:
            rows[current].append(match["bar"])
    return rows


def assert_proportional(lengths: dict[str, int], values: dict[str, float]) -> None:
    """Every bar's length is its value times one common scale, to within a cell."""
    peak = max(values, key=values.get)
    scale = lengths[peak] / values[peak]
    for name, value in values.items():
        assert abs(lengths[name] - value * scale) <= 1, (name, lengths[name], value * scale)


def resolution_data() -> mc.ChartData:
    summary = pl.DataFrame({
        "value": list(REVIEW_MEDIANS), "tickets": [2, 1, 1, 1, 1, 1, 1],
        "median_hours": [m for m, _ in REVIEW_MEDIANS.values()],
        "p90_hours": [p for _, p in REVIEW_MEDIANS.values()],
    })
    return mc.ChartData(name="resolution", title="Resolution", by_title="Platform team",
                        frames={"resolution_by": summary, "response_by": summary.head(2)},
                        window="2020-W52 to 2021-W06", clock="calendar hours")


@pytest.mark.parametrize(("width", "height"), [(100, 25), (100, 22), (100, 60), (90, 40)])
def test_each_resolution_bar_sits_on_its_own_label_and_is_proportional(width, height):
    text = terminal.render(resolution_data(), width, height, color=False)
    panel = text.split("First response")[0]
    rows = {name.rsplit(" n=", 1)[0]: bars for name, bars in bar_rows(panel).items()}
    assert list(rows) == list(REVIEW_MEDIANS)
    medians = {name: len(bars[0]) - len(bars[0].lstrip("█")) if bars else 0
               for name, bars in rows.items()}
    assert_proportional(medians, {n: m for n, (m, _) in REVIEW_MEDIANS.items()})
    assert_proportional({n: len(b[0]) if b else 0 for n, b in rows.items()},
                        {n: p for n, (_, p) in REVIEW_MEDIANS.items()})
    assert "204h (p90 214h)" in panel and "24h (p90 24h)" in panel


def test_bars_that_do_not_fit_are_counted_not_dropped():
    text = terminal.render(resolution_data(), 80, 14, color=False)
    assert len(text.split("\n")) <= 14
    shown = len(bar_rows(text.split("First response")[0]))
    assert 0 < shown < 7
    assert f"{7 - shown} more not shown (a taller chart shows them)" in text


def test_a_taller_chart_draws_thicker_bars():
    short = terminal.render(resolution_data(), 100, 22, color=False)
    tall = terminal.render(resolution_data(), 100, 60, color=False)
    assert len(tall.split("\n")) > len(short.split("\n"))
    assert len(bar_rows(tall)["PlatOps n=2"]) == 2


@pytest.mark.parametrize(("name", "frame", "column"), [
    ("teams", "share", "share"), ("average-by-team", "average", "average")])
def test_per_value_bars_are_proportional(charts, name, frame, column):
    values = dict(charts[name].frames[frame].select("value", column).iter_rows())
    for width, height in ((100, 25), (80, 40), (120, 12)):
        text = terminal.render(charts[name], width, height, color=False)
        rows = {label.rsplit(None, 1)[0]: bars
                for label, bars in bar_rows(text).items()}
        hidden = re.search(r"(\d+) more not shown", text)
        assert len(rows) + (int(hidden[1]) if hidden else 0) == len(values)
        assert_proportional({n: len(b[0]) if b else 0 for n, b in rows.items()},
                            {n: values[n] for n in rows})


def test_targets_bars_are_proportional_per_series(charts):
    met = charts["targets"].frames["targets"]
    text = terminal.render(charts["targets"], 100, 30, color=False)
    rows = {label.split(" (")[0]: bars for label, bars in bar_rows(text).items()}
    assert list(rows) == met["priority"].to_list()
    cells = axis_cells(text)
    for glyph, column in (("█", "resolution_share"), ("▒", "response_share")):
        lengths = {p: max((len(b) for b in bars if b[:1] == glyph), default=0)
                   for p, bars in rows.items()}
        for priority, share in met.select("priority", column).iter_rows():
            assert abs(lengths[priority] - (share or 0) * cells) <= 1, (priority, glyph)


def axis_cells(text: str) -> int:
    """Cells between the axis corner and the last tick mark."""
    rule = next(line for line in text.split("\n") if "└" in line)
    return rule.rindex("┬") - rule.index("└")


def test_averages_below_one_keep_two_significant_digits():
    assert [mc.average_label(v) for v in (0.25, 0.125, 0.042, 1.25, 12.0)] == [
        "0.25", "0.13", "0.042", "1.3", "12.0"]
    average = pl.DataFrame({"value": ["PlatOps", "Observability"], "tickets": [2, 1],
                            "periods": [8, 8], "average": [0.25, 0.125]})
    data = mc.ChartData(name="average-by-team", title="Average", frames={"average": average})
    text = terminal.render(data, 80, 20, color=False)
    assert "0.25/wk" in text and "0.13/wk" in text


def test_team_share_says_it_counts_assignments(charts):
    text = terminal.render(charts["teams"], 100, 30, color=False)
    assert "Share of platform team assignments" in text.split("\n")[0]
    words = " ".join(text.split())
    assert "31 platform team assignments on 27 tickets" in words
    assert "a ticket with two platform team values counts once for each" in words


def test_from_inside_a_week_counts_the_whole_week_and_says_so(board):
    from datetime import date

    frame = board
    context = mc.build_context(frame, load_framework())
    request = mc.ChartRequest(start=date(2026, 1, 7), end=date(2026, 1, 14))
    data = mc.chart_data("teams", frame, request, context)
    assert data.window == "2026-W02 to 2026-W03"
    created = frame["created"].dt.date()
    whole_weeks = ((created >= date(2026, 1, 5)) & (created <= date(2026, 1, 18))).sum()
    assert f"on {whole_weeks} tickets" in data.note or data.note == f"{whole_weeks} tickets"
    assert data.window_note == ("Window widened to whole weeks: --from 2026-01-07 to 2026-01-05 "
                                "(start of 2026-W02); --to 2026-01-14 to 2026-01-18 (end of "
                                "2026-W03).")
    text = terminal.render(data, 100, 24, color=False)
    assert len(text.split("\n")) <= 24
    assert "Window widened to whole weeks" in " ".join(text.split())
    aligned = mc.chart_data("teams", frame, mc.ChartRequest(start=date(2026, 1, 5)), context)
    assert aligned.window_note == ""
