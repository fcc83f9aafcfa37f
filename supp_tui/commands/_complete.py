"""Shell completion of chart and dimension names; each imports the engine only when asked."""

from __future__ import annotations

import click
from click.shell_completion import CompletionItem

from analysis.errors import InputError


def complete_chart(ctx: click.Context, param: click.Parameter,
                   incomplete: str) -> list[CompletionItem]:
    """Chart names (and LIST) that start with what has been typed."""
    from analysis.charts import CHARTS

    items = [CompletionItem(name, help=spec.description) for name, spec in CHARTS.items()]
    items.append(CompletionItem("LIST", help="list the charts"))
    return [item for item in items if item.value.startswith(incomplete)]


def complete_chart_list(ctx: click.Context, param: click.Parameter,
                        incomplete: str) -> list[CompletionItem]:
    """The last name of a comma-separated chart list (`brief` included)."""
    from analysis.charts import CHARTS

    done, comma, last = incomplete.rpartition(",")
    return [CompletionItem(f"{done}{comma}{name}") for name in [*CHARTS, "brief"]
            if name.startswith(last)]


def complete_dimension(ctx: click.Context, param: click.Parameter,
                       incomplete: str) -> list[CompletionItem]:
    """The framework's dimension ids (from the framework the board would use) and Jira fields."""
    from analysis.charts import JIRA_FIELDS
    from analysis.framework import find_framework, load_framework

    names = list(JIRA_FIELDS)
    try:
        framework = load_framework(find_framework(ctx.params.get("exports") or (),
                                                  ctx.params.get("framework")))
        names = [dimension.id for dimension in framework.dimensions] + names
    except (InputError, OSError):
        pass
    return [CompletionItem(name) for name in dict.fromkeys(names) if name.startswith(incomplete)]
