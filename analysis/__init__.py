"""The headless engine of supp-tui: boards in, numbers, charts and reports out; no terminal UI.

Subpackages by concern, one way down (import-linter enforces it, see pyproject.toml):

- `jira`, `journal`, `sample` over `framework`: reading exports, the label journal, synthetic
  boards, and the labelling framework (`labels.toml`) they all refer to;
- `metrics` (and `suggest`) above them: the one engine for periods, created/closed/backlog,
  the effective team, times, coverage, scores and report windows;
- `charts` above metrics: one ChartSpec catalogue and two pure renderers (terminal, png);
- `report` on top: weekly, monthly and quarterly markdown with the brief's charts.

`atomic` (the one atomic writer), `columns` (the canonical ticket columns), `names` (period
units, report kinds, label formats; polars-free) and `errors` (the one user-error type) sit
below everything. Each subpackage's `__init__` names what it offers.
"""
