"""PNG figures: deterministic bytes, slide size, titles and labelled axes on every figure."""

from __future__ import annotations

import struct

from analysis.charts import UNLABELLED_COLOUR
from analysis.charts import _catalogue as mc
from analysis.charts import png as figures
from analysis.framework import load_framework


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_bytes_are_deterministic_and_carry_no_version_or_time(charts):
    first = figures.png_bytes(figures.figure(charts["created-closed"]))
    second = figures.png_bytes(figures.figure(charts["created-closed"]))
    assert first == second
    assert png_size(first) == (1600, 900)
    assert b"matplotlib" not in first and b"Software" not in first


def test_every_figure_has_a_title_and_labelled_axes(charts):
    for name, data in charts.items():
        fig = figures.figure(data)
        titles = [fig.get_suptitle()] + [axes.get_title() for axes in fig.axes]
        assert any(titles), name
        if name != "teams":
            plotted = [axes for axes in fig.axes
                       if axes.get_label() != "<colorbar>" and axes.axison]
            assert all(axes.get_xlabel() or axes.get_ylabel() for axes in plotted), name


def test_unlabelled_keeps_its_grey_in_the_pie(charts):
    fig = figures.figure(charts["teams"])
    wedges = fig.axes[0].patches
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    index = next(i for i, text in enumerate(legend) if text.startswith("Unlabelled"))
    red, green, blue, _ = wedges[index].get_facecolor()
    assert "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in (red, green, blue))) == \
        UNLABELLED_COLOUR


def test_scores_figure_plots_each_score_point_and_lists_the_cases(charts):
    """The scores PNG draws one bubble per (product, process) point and names the top cases."""
    fig = figures.figure(charts["scores"])
    grid = charts["scores"].frames["grid"]
    scatter = fig.axes[0]
    labels = sorted(text.get_text() for text in scatter.texts)
    assert labels == sorted(str(count) for count in grid["tickets"])
    listed = " ".join(text.get_text() for axes in fig.axes[1:] for text in axes.texts)
    assert charts["scores"].frames["scores"]["key"][0] in listed
    assert png_size(figures.png_bytes(fig)) == (1600, 900)


def test_write_figures_writes_named_files_and_no_temporaries(charts, tmp_path):
    chosen = [charts[name] for name in ("teams", "flow")]
    written = figures.write_figures(chosen, tmp_path / "out")
    assert [path.name for path in written] == ["01-teams.png", "05-flow.png"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["01-teams.png",
                                                                   "05-flow.png"]


def test_average_labels_below_one_keep_two_significant_digits():
    import polars as pl

    average = pl.DataFrame({"value": ["PlatOps", "Observability"], "tickets": [2, 1],
                            "periods": [8, 8], "average": [0.25, 0.125]})
    data = mc.ChartData(name="average-by-team", title="Average", frames={"average": average})
    fig = figures.figure(data)
    texts = {text.get_text() for text in fig.axes[0].texts}
    assert {"0.25", "0.13"} <= texts


def test_team_share_title_says_it_counts_assignments(charts):
    fig = figures.figure(charts["teams"])
    assert fig.axes[0].get_title().startswith("Share of platform team assignments")
    note = " ".join(" ".join(t.get_text().split()) for t in fig.axes[0].texts)
    assert "assignments on 27 tickets; a ticket with two platform team values counts once" in note


def test_a_widened_window_is_noted_on_the_figure(board):
    from datetime import date

    frame = board
    context = mc.build_context(frame, load_framework())
    data = mc.chart_data("created-closed", frame, mc.ChartRequest(start=date(2026, 1, 7)),
                         context)
    texts = " ".join(" ".join(t.get_text().split()) for t in figures.figure(data).texts)
    assert "Window widened to whole weeks: --from 2026-01-07 to 2026-01-05" in texts
