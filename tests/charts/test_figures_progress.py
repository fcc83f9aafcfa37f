"""Drawing figures reports each one drawn, so the CLI can show a progress bar."""

from __future__ import annotations

from analysis.charts import png as figures


def test_write_figures_reports_each_figure(charts, tmp_path):
    calls: list[tuple[int, int]] = []
    chosen = [charts[name] for name in ("teams", "flow")]
    figures.write_figures(chosen, tmp_path / "out", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 2), (2, 2)]
