"""The one metrics engine: frames in, frames out (DESIGN.md "Definitions").

- periods: ISO weeks, months, quarters; their keys, bounds, the data's span and default period
- counts: created, closed and absolute backlog, per period or over a [start, end) window
- values: tickets per value of any dimension (Unlabelled kept), shares, cross-tabs, averages
- labelled: the journal's labels joined onto the tickets, and the effective team
- complete: whether a ticket has a value in every required dimension
- time: resolution and first-response hours, share within target
- coverage, scores, windows (report numbers), stats, anonymise, and the Board a command opens

Every number the terminal, the PNGs, the reports and the app show comes from one function here.
"""

from analysis.metrics._anonymise import KEY_VARIABLE, anonymise, key_warning, person_token
from analysis.metrics._board import Board, anonymised_board, open_board
from analysis.metrics._complete import (
    complete_count,
    complete_expr,
    completeness_dimensions,
    missing_dimensions,
)
from analysis.metrics._counts import (
    backlog,
    closed_in,
    closed_moment,
    created_closed,
    created_in,
    flow,
    open_at,
    open_backlog_now,
    period_frame,
    slice_periods,
    window_counts,
)
from analysis.metrics._coverage import coverage_now, label_coverage
from analysis.metrics._labelled import (
    counted_names,
    dimension_values,
    effective_team,
    effective_team_expr,
    labelled_tickets,
    unknown_options_warning,
)
from analysis.metrics._periods import (
    KINDS,
    MONTHS,
    PERIODS,
    CalendarPeriod,
    DataSpan,
    Period,
    check_in_span,
    check_period,
    data_span,
    day_month,
    default_period,
    is_complete,
    is_covered,
    parse_period,
    period_at,
    period_key,
    period_start,
    period_starts,
    unit_of,
)
from analysis.metrics._scores import case_scores, issue_key_order, score_grid, score_weights
from analysis.metrics._stats import STATS_COLUMNS, board_stats
from analysis.metrics._time import (
    TIME_COLUMNS,
    Clock,
    duration_summary,
    first_response_at,
    hours_between,
    judged_targets,
    targets_frame,
    targets_met,
    with_durations,
)
from analysis.metrics._titles import board_framework, in_sentence
from analysis.metrics._values import (
    OTHER,
    UNLABELLED,
    average_per_period,
    created_by,
    crosstab,
    fold_values,
    only_unlabelled,
    share,
    top_values,
    value_column,
    value_counts,
)
from analysis.metrics._windows import (
    Window,
    clusters,
    first_seen,
    missed_targets,
    open_longest,
    value_changes,
    window_summaries,
    window_summary,
)

__all__ = [
    "KEY_VARIABLE", "KINDS", "MONTHS", "OTHER", "PERIODS", "STATS_COLUMNS", "TIME_COLUMNS", "UNLABELLED", "Board",
    "CalendarPeriod", "Clock", "DataSpan", "Period", "Window", "anonymise", "anonymised_board",
    "average_per_period", "backlog", "board_framework", "board_stats", "case_scores",
    "check_in_span", "check_period", "closed_in", "closed_moment", "clusters", "complete_count", "complete_expr",
    "completeness_dimensions", "counted_names",
    "coverage_now", "created_by", "created_closed", "created_in", "crosstab", "data_span",
    "day_month", "default_period", "dimension_values", "duration_summary", "effective_team",
    "effective_team_expr", "first_response_at", "first_seen", "flow", "fold_values",
    "hours_between", "in_sentence", "is_complete", "is_covered", "issue_key_order",
    "judged_targets", "key_warning", "missing_dimensions", "label_coverage", "labelled_tickets", "missed_targets",
    "only_unlabelled", "open_at", "open_backlog_now", "open_board", "open_longest",
    "parse_period", "period_at", "period_frame", "period_key", "period_start", "period_starts",
    "person_token", "score_grid", "score_weights", "share", "slice_periods", "targets_frame",
    "targets_met", "top_values", "unit_of", "unknown_options_warning", "value_changes",
    "value_column", "value_counts", "window_counts", "window_summaries", "window_summary",
    "with_durations",
]

