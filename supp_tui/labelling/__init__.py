"""The labeller's state, free of widgets: navigation and filters, labelling (journal writes and
count deltas), and the suggestion cache, composed by `LabelSession`; `build_index` prepares
the whole-board parts (suggester, counts) in a worker."""

from supp_tui.labelling._counts import LiveCounts, counted_dimensions
from supp_tui.labelling._index import BoardIndex, build_index
from supp_tui.labelling._loading import BoardLoader, LoadedBoard
from supp_tui.labelling._navigation import Navigation, TicketFilter
from supp_tui.labelling._progress import Completeness, Progress
from supp_tui.labelling._ranking import is_exact, nearest_options, rank_options
from supp_tui.labelling._session import LabelSession
from supp_tui.labelling._suggestions import conflict_note
from supp_tui.labelling._table import BulkPlan, TableQuery, parse_query, plan_bulk
from supp_tui.labelling._table_rows import TableRows

__all__ = [
    "BoardIndex", "BoardLoader", "BulkPlan", "Completeness", "LabelSession", "LiveCounts",
    "LoadedBoard", "Navigation", "Progress", "TableQuery", "TableRows", "TicketFilter",
    "build_index", "conflict_note", "counted_dimensions", "is_exact", "nearest_options", "parse_query",
    "plan_bulk", "rank_options",
]
