"""The bulk-labelling table on a generated 100,000-ticket board, headless (Pilot).

Prints the time to open the table (build its rows, mount, first frame), p50/p95 of one key
(cursor move or selection) plus building every visible line, each filter, and a bulk label of
every match with its undo. Run: python benchmarks/bulk_table.py [--tickets N] [--folder DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from _exports import generated_export

from supp_tui.app import make_app
from supp_tui.labelling import parse_query
from supp_tui.screens.table import TableScreen
from supp_tui.widgets.ticket_table import TicketTable

QUERIES = ("vpn", "re:time.?out", "is:incomplete", "platform_team=observability", "like:")


async def measure(board: Path, size: tuple[int, int]) -> None:
    journal = board.with_name(f"bench-{time.time_ns()}.labels.csv")
    app = make_app([board], by="bench", durable=False, journal=journal)
    async with app.run_test(size=size) as pilot:
        while app._session is None or app._session.index is None:
            await pilot.pause(0.1)
        session = app.session
        started = time.perf_counter()
        screen = TableScreen(session)
        await app.push_screen(screen)
        await pilot.pause()
        print(f"{size[0]}x{size[1]}: open {time.perf_counter() - started:.2f} s")
        table = screen.query_one(TicketTable)
        times = []
        for step in range(200):
            started = time.perf_counter()
            if step % 7 == 0:
                screen.action_toggle_row()
            else:
                table.action_move(30 if step % 10 == 0 else 1)
            table.render_lines(table.region.reset_offset)
            times.append((time.perf_counter() - started) * 1000)
        cuts = statistics.quantiles(times, n=20)
        print(f"  key + visible lines: p50 {cuts[9]:.1f} ms, p95 {cuts[18]:.1f} ms")
        for text in QUERIES:
            text = text + session.keys[5] if text == "like:" else text
            started = time.perf_counter()
            count = screen.rows.apply(parse_query(text, session.framework))
            print(f"  filter {text!r}: {count:,} rows in {time.perf_counter() - started:.2f} s")
        screen.rows.apply(parse_query("vpn", session.framework))
        screen.rows.select_all()
        keys = screen.rows.targets(None)
        started = time.perf_counter()
        changes = session.label_many(keys, "platform_team", "network_platform")
        print(f"  bulk label of {len(changes):,} tickets: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        undone = session.undo()
        print(f"  undo of {len(undone):,} changes: {time.perf_counter() - started:.2f} s")
    journal.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "supp-tui-latency")
    args = parser.parse_args()
    board = generated_export(args.folder, args.tickets, seed=3)
    for size in ((80, 24), (160, 48)):
        asyncio.run(measure(board, size))


if __name__ == "__main__":
    main()
