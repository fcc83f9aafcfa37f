"""Human-readable rendering of `supp-tui stats` with rich tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from supp_tui.commands._workload_table import workload_table

if TYPE_CHECKING:
    from analysis.metrics import Board


def print_stats(stats: dict[str, Any], board: Board, weeks: int,
                console: Console | None = None) -> None:
    """Print the stats dictionary as a short summary and two tables."""
    console = console or Console(highlight=False)
    files = ", ".join(f"{escape(f.path.name)} ({f.records:,} rows)" for f in board.export.files)
    console.print(f"[bold]Board[/bold]: {files}")
    console.print(f"Tickets: [bold]{stats['tickets']:,}[/bold]   "
                  f"with a team: [bold]{stats['with_team']:,}[/bold] ({stats['with_team_pct']}%)   "
                  f"open backlog now: [bold]{stats['open_backlog']:,}[/bold]")
    console.print(f"Labelled (every required label): [bold]{stats['labelled']:,}[/bold] "
                  f"({stats['labelled_pct']}%)")
    console.print(_team_table(stats))
    if stats.get("per_labeller"):
        console.print(_labeller_table(stats["per_labeller"]))
    console.print(_week_table(stats, weeks))
    console.print(workload_table(stats["workload"]))
    for warning in stats["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")


def _team_table(stats: dict[str, Any]) -> Table:
    table = Table(title="Tickets per team", box=box.SIMPLE_HEAD, title_justify="left",
                  caption="A ticket with two teams counts once for each.",
                  caption_justify="left")
    table.add_column("Team")
    table.add_column("Tickets", justify="right")
    table.add_column("% of tickets", justify="right")
    total = stats["tickets"] or 1
    for team, count in stats["per_team"].items():
        table.add_row(escape(team), f"{count:,}", f"{100 * count / total:.1f}%")
    return table


def _labeller_table(progress: dict[str, dict[str, int]]) -> Table:
    table = Table(title="Per labeller", box=box.SIMPLE_HEAD, title_justify="left",
                  caption="Labelled: tickets the labeller changed; complete: of those, with "
                          "every required label.", caption_justify="left")
    for name in ("Labeller", "Labelled", "Complete"):
        table.add_column(name, justify="left" if name == "Labeller" else "right")
    for labeller, numbers in progress.items():
        table.add_row(escape(labeller), f"{numbers['labelled']:,}", f"{numbers['complete']:,}")
    return table


def _week_table(stats: dict[str, Any], weeks: int) -> Table:
    rows = stats["weekly"]
    shown = rows if weeks <= 0 else rows[-weeks:]
    hidden = len(rows) - len(shown)
    caption = f"{hidden} earlier weeks not shown (--weeks 0 shows all)" if hidden else None
    table = Table(title="Created and closed per ISO week", box=box.SIMPLE_HEAD,
                  title_justify="left", caption=caption, caption_justify="left")
    for name in ("Week", "Created", "Closed", "Backlog at end"):
        table.add_column(name, justify="left" if name == "Week" else "right")
    for row in shown:
        table.add_row(row["week"], f"{row['created']:,}", f"{row['closed']:,}",
                      f"{row['backlog']:,}")
    return table
