"""Colour-blind-safe colours, one stable colour per value across every chart and figure.

Paul Tol's "muted" scheme (nine distinguishable colours for colour-blind readers) comes first,
then Okabe-Ito for larger domains; Unlabelled and Other are always neutral greys.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from analysis.metrics import OTHER, UNLABELLED

TOL_MUTED = (
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499",
)
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
CATEGORICAL = TOL_MUTED + OKABE_ITO
UNLABELLED_COLOUR = "#A0A0A0"
OTHER_COLOUR = "#DDDDDD"

# Two-series charts (created vs closed, median vs p90, ...) use the same pair everywhere.
SERIES = {
    "created": "#0072B2", "closed": "#E69F00", "backlog": "#332288", "flow": "#CC6677",
    "median": "#44AA99", "p90": "#882255", "response": "#88CCEE", "resolution": "#117733",
}

# Jira's status categories by their display names, with a fill glyph each for text without
# colour; Unknown is the neutral grey.
CATEGORY_COLOURS = {"To Do": "#88CCEE", "In Progress": "#DDCC77", "Done": "#117733",
                    "Unknown": UNLABELLED_COLOUR}
CATEGORY_GLYPHS = {"To Do": "░", "In Progress": "▓", "Done": "█", "Unknown": "▒"}


def colour_map(domain: Iterable[str]) -> dict[str, str]:
    """Colours for an ordered domain of values, greys for Unlabelled and Other.

    Build it from the whole domain (framework options first) so a value keeps its colour in
    every chart, whatever subset a chart shows.
    """
    colours: dict[str, str] = {UNLABELLED: UNLABELLED_COLOUR, OTHER: OTHER_COLOUR}
    colours_for(list(domain), colours)
    return colours


def colours_for(values: Sequence[str], colours: dict[str, str]) -> list[str]:
    """The colour of each value, extending the map in order for values it has not seen."""
    for value in values:
        if value not in colours:
            used = sum(1 for known in colours if known not in (UNLABELLED, OTHER))
            colours[value] = CATEGORICAL[used % len(CATEGORICAL)]
    return [colours[value] for value in values]


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """(r, g, b) integers of a "#RRGGBB" colour."""
    text = colour.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
