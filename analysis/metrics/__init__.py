"""The one metrics engine: frames in, frames out (DESIGN.md "Definitions").

- periods: ISO weeks, months, quarters; their keys, bounds, the data's span and default period
- counts: created, closed and absolute backlog, per period or over a [start, end) window
- values: tickets per value of any dimension (Unlabelled kept), shares, cross-tabs, averages
- labelled: the journal's labels joined onto the tickets, and the effective team
- complete: whether a ticket has a value in every required dimension
- time: resolution and first-response hours, share within target
- status time: hours per status and status category, reopens (pulled boards only)
- agreement: Cohen's kappa and Krippendorff's alpha between labellers, and their disagreements
- labellers: each labeller's tickets labelled and complete (the journal's `by`)
- agreement sample: the seeded calibration sample every labeller shares
- effort: hours per ticket (Log Work, else Time Spent), a proxy without time, intensive
- workload: tickets assigned and closed, median resolution and first response per assignee
- workload KPIs: high-priority cases, closed per resolution kind, regressions
- coverage, scores, windows (report numbers), stats, anonymise, and the Board a command opens

Every number the terminal, the PNGs, the reports and the app show comes from one function here.
"""

from analysis.metrics._agreement import SEPARATOR as CATEGORY_SEPARATOR
from analysis.metrics._agreement import (
    Agreement,
    agreement,
    disagreed_keys,
    disagreements,
    shared_categories,
)
from analysis.metrics._agreement_review import ReviewItem, review_items
from analysis.metrics._agreement_sample import calibration_first, calibration_keys, parse_share
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
from analysis.metrics._effort import (
    EFFORT_COLUMNS,
    effort_label,
    intensive_threshold,
    ticket_effort,
    time_recorded,
    with_effort,
)
from analysis.metrics._effort_periods import effort_by, intensive_by_period
from analysis.metrics._labelled import (
    counted_names,
    dimension_values,
    effective_team,
    effective_team_expr,
    labelled_tickets,
    unknown_options_warning,
)
from analysis.metrics._labellers import board_progress, labeller_progress, progress_dict
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
from analysis.metrics._status_summary import category_summary, category_time_by, status_summary
from analysis.metrics._status_time import (
    CATEGORY_TITLES,
    NEEDS_PULL,
    STATUS_CHANGES,
    UNKNOWN_CATEGORY,
    category_rank,
    category_title,
    check_status_history,
    has_status_history,
    reopen_counts,
    reopened_in,
    status_as_of,
    time_in_category,
    time_in_status,
)
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
from analysis.metrics._workload import (
    UNASSIGNED,
    WORKLOAD_COLUMNS,
    workload,
    workload_in,
    workload_stats,
)
from analysis.metrics._workload_kpis import (
    KPI_COLUMNS,
    RESOLUTION_KIND,
    CaseloadKpis,
    caseload_kpis,
    closed_by_kind,
    high_priorities,
    regression_expr,
)

__all__ = [
    "CATEGORY_SEPARATOR",
    "CATEGORY_TITLES",
    "EFFORT_COLUMNS",
    "KEY_VARIABLE",
    "KINDS",
    "KPI_COLUMNS",
    "MONTHS",
    "NEEDS_PULL",
    "OTHER",
    "PERIODS",
    "RESOLUTION_KIND",
    "STATS_COLUMNS",
    "STATUS_CHANGES",
    "TIME_COLUMNS",
    "UNASSIGNED",
    "UNKNOWN_CATEGORY",
    "UNLABELLED",
    "WORKLOAD_COLUMNS",
    "Agreement",
    "Board",
    "CalendarPeriod",
    "CaseloadKpis",
    "Clock",
    "DataSpan",
    "Period",
    "ReviewItem",
    "Window",
    "agreement",
    "anonymise",
    "anonymised_board",
    "average_per_period",
    "backlog",
    "board_framework",
    "board_progress",
    "board_stats",
    "calibration_first",
    "calibration_keys",
    "case_scores",
    "caseload_kpis",
    "category_rank",
    "category_summary",
    "category_time_by",
    "category_title",
    "check_in_span",
    "check_period",
    "check_status_history",
    "closed_by_kind",
    "closed_in",
    "closed_moment",
    "clusters",
    "complete_count",
    "complete_expr",
    "completeness_dimensions",
    "counted_names",
    "coverage_now",
    "created_by",
    "created_closed",
    "created_in",
    "crosstab",
    "data_span",
    "day_month",
    "default_period",
    "dimension_values",
    "disagreed_keys",
    "disagreements",
    "duration_summary",
    "effective_team",
    "effective_team_expr",
    "effort_by",
    "effort_label",
    "first_response_at",
    "first_seen",
    "flow",
    "fold_values",
    "has_status_history",
    "high_priorities",
    "hours_between",
    "in_sentence",
    "intensive_by_period",
    "intensive_threshold",
    "is_complete",
    "is_covered",
    "issue_key_order",
    "judged_targets",
    "key_warning",
    "label_coverage",
    "labelled_tickets",
    "labeller_progress",
    "missed_targets",
    "missing_dimensions",
    "only_unlabelled",
    "open_at",
    "open_backlog_now",
    "open_board",
    "open_longest",
    "parse_period",
    "parse_share",
    "period_at",
    "period_frame",
    "period_key",
    "period_start",
    "period_starts",
    "person_token",
    "progress_dict",
    "regression_expr",
    "reopen_counts",
    "reopened_in",
    "review_items",
    "score_grid",
    "score_weights",
    "share",
    "shared_categories",
    "slice_periods",
    "status_as_of",
    "status_summary",
    "targets_frame",
    "targets_met",
    "ticket_effort",
    "time_in_category",
    "time_in_status",
    "time_recorded",
    "top_values",
    "unit_of",
    "unknown_options_warning",
    "value_changes",
    "value_column",
    "value_counts",
    "window_counts",
    "window_summaries",
    "window_summary",
    "with_durations",
    "with_effort",
    "workload",
    "workload_in",
    "workload_stats",
]

