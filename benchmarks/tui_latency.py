"""Labelling app latency on a generated 100,000-ticket board, in a real terminal (tmux).

Prints: launch -> first ticket on screen (the real `supp-tui label`, timed from outside by
polling the tmux pane), and p50/p95 from a keystroke to its journal line being fsynced and the
resulting frame written to the terminal (timed inside the app). Targets (DESIGN.md): 1.0 s
at 100k tickets and 16 ms. For scale it also times the floor, in the same terminal: a bare
Textual app whose key handler only replaces one Static's text, key to frame written. Run: python benchmarks/tui_latency.py [--tickets N] [--keys N] [--folder DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _exports import generated_export

ENTRY_POINT = Path(sys.executable).with_name("supp-tui")
TEAM_KEYS = "12345678"
CATEGORY_KEYS = "mblecwdstoyix"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=300, help="tickets labelled when timing keys")
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--skip-launch", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "supp-tui-latency")
    parser.add_argument("--inside", nargs=2, metavar=("BOARD", "RESULT"), help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        measuring = measure_bare if args.bare else measure_keys
        asyncio.run(measuring(Path(args.inside[0]), Path(args.inside[1]), args.keys))
        return
    if shutil.which("tmux") is None:
        sys.exit("tmux is needed to run the app in a real terminal.")
    board = prepare_board(args.folder, args.tickets)
    print(f"board: {args.tickets:,} tickets, {board.stat().st_size / 1e6:.0f} MB")
    if not args.skip_launch:
        report_launches(board, args)
    for size in ((80, 24), (160, 48)):
        result = run_inside(board, args.keys, size)
        result.update(run_inside(board, args.keys, size, bare=True))
        print(f"in a {size[0]}x{size[1]} terminal:")
        for name, values in result.items():
            print(f"  {name}: p50 {percentile(values, 50):.1f} ms, "
                  f"p95 {percentile(values, 95):.1f} ms, max {max(values):.1f} ms (n={len(values)})")


def report_launches(board: Path, args: argparse.Namespace) -> None:
    """Launch the real command several times, fresh and resuming, and print the times."""
    launches = [time_launch(board, size) for size in [(80, 24), (160, 48)] * args.launches]
    print(f"launch -> first ticket shown: median {statistics.median(launches):.2f} s, "
          f"min {min(launches):.2f} s, max {max(launches):.2f} s over {len(launches)} launches")
    resumed = prepare_journal(board, labelled=args.tickets // 2)
    resume_times = [time_launch(board, (80, 24), journal=resumed) for _ in range(args.launches)]
    print(f"launch with {args.tickets // 2:,} tickets already labelled (resume): median "
          f"{statistics.median(resume_times):.2f} s")


def prepare_board(folder: Path, tickets: int) -> Path:
    """The generated board, written once and reused, with the default labels.toml beside it."""
    from analysis.framework import default_framework_path

    board = generated_export(folder, tickets)
    shutil.copy(default_framework_path(), folder / "labels.toml")
    return board


def prepare_journal(board: Path, labelled: int) -> Path:
    """A journal in which the first `labelled` tickets have a team and a category."""
    from analysis.jira import read_export
    from analysis.journal import Entry, utc_timestamp, write_journal

    keys = read_export([board]).tickets["key"].head(labelled).to_list()
    at = utc_timestamp()
    entries = [Entry(at, "bench", key, dimension, value, "set") for key in keys
               for dimension, value in (("platform_team", "platops"), ("macro_category", "metrics"))]
    path = board.with_name("resume.labels.csv")
    write_journal(entries, path)
    return path


def time_launch(board: Path, size: tuple[int, int], journal: Path | None = None) -> float:
    """Seconds from starting `supp-tui label` in tmux to its first ticket on screen."""
    fresh = journal or board.with_name(f"launch-{uuid.uuid4().hex[:6]}.labels.csv")
    if journal is not None:
        copy = board.with_name(f"resume-{uuid.uuid4().hex[:6]}.labels.csv")
        shutil.copy(journal, copy)
        fresh = copy
    socket = f"supp-bench-{uuid.uuid4().hex[:8]}"
    command = f"exec {ENTRY_POINT} label {board} --journal {fresh} --by bench"
    started = time.perf_counter()
    subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-x", str(size[0]), "-y",
                    str(size[1]), command], check=True)
    try:
        while time.perf_counter() - started < 60:
            screen = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p"],
                                    check=False, capture_output=True, text=True).stdout
            if "Reporter:" in screen:
                return time.perf_counter() - started
            time.sleep(0.01)
        raise RuntimeError("the first ticket never appeared")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
        fresh.unlink(missing_ok=True)


def run_inside(board: Path, keys: int, size: tuple[int, int],
               bare: bool = False) -> dict[str, list[float]]:
    """Run this script's key timing inside a tmux pane of `size` and collect its figures."""
    result = board.with_name("latency.json")
    result.unlink(missing_ok=True)
    socket = f"supp-bench-{uuid.uuid4().hex[:8]}"
    command = (f"exec {sys.executable} {Path(__file__).resolve()} --keys {keys} "
               f"--inside {board} {result}{' --bare' if bare else ''}")
    subprocess.run(["tmux", "-L", socket, "new-session", "-d", "-x", str(size[0]), "-y",
                    str(size[1]), "-c", str(Path.cwd()), command], check=True)
    try:
        deadline = time.monotonic() + 600
        while not result.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    return json.loads(result.read_text())


async def measure_keys(board: Path, result: Path, tickets: int) -> None:
    """Inside the terminal: label `tickets` tickets (team, category, Space) and time each key."""
    from textual import events

    from supp_tui.app import make_app
    from supp_tui.screens.label_screen import LabelScreen

    journal = board.with_name(f"keys-{os.getpid()}.labels.csv")
    app = make_app([board], journal=journal, by="bench")
    timings: dict[str, list[float]] = {"label key -> journal fsynced + frame written": [],
                                       "Space -> next ticket drawn": [],
                                       "journal append alone (in the label key)": []}

    async def drive() -> None:
        while not (app.is_running and isinstance(app.screen, LabelScreen)):
            await asyncio.sleep(0.01)
        while app._session is None or app.session.index is None:  # loaded, then indexed
            await app.workers.wait_for_complete()
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        screen = app.screen
        done = asyncio.Event()
        drawn_at: list[float] = []
        original_change, original_ticket = screen.show_change, screen.show_ticket

        def after(method):
            def wrapped(*args):
                method(*args)
                screen.call_after_refresh(lambda: (drawn_at.append(time.perf_counter()),
                                                   done.set()))
            return wrapped

        screen.show_change, screen.show_ticket = after(original_change), after(original_ticket)
        journal_sizes = []
        for number in range(tickets):
            for key, name in ((TEAM_KEYS[number % 8], "label"),
                              (CATEGORY_KEYS[number % 13], "label"), ("space", "next")):
                done.clear()
                size_before = journal.stat().st_size
                started = time.perf_counter()
                app.post_message(events.Key(key, " " if key == "space" else key))
                await done.wait()
                elapsed = (drawn_at[-1] - started) * 1000
                if name == "label":
                    assert journal.stat().st_size > size_before, "no journal line was written"
                    journal_sizes.append(journal.stat().st_size)
                    timings["label key -> journal fsynced + frame written"].append(elapsed)
                else:
                    timings["Space -> next ticket drawn"].append(elapsed)
                await asyncio.sleep(0.02)
        timings["journal append alone (in the label key)"] = time_appends(journal)
        result.write_text(json.dumps(timings))
        app.exit()

    task = asyncio.get_running_loop().create_task(drive())
    await app.run_async()
    await task
    journal.unlink(missing_ok=True)


async def measure_bare(board: Path, result: Path, count: int) -> None:
    """The floor: a Textual app that only replaces one Static's text per key, timed like the
    labelling app (key posted -> frame written)."""
    from textual import events
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("ready", id="text")

        def on_key(self, event: events.Key) -> None:
            self.query_one("#text", Static).update(f"{event.key} {time.perf_counter()}")
            self.call_after_refresh(drawn)

    app = Bare()
    timings: list[float] = []
    done = asyncio.Event()

    def drawn() -> None:
        timings.append((time.perf_counter() - started) * 1000)
        done.set()

    async def drive() -> None:
        nonlocal started
        while not app.is_running:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.5)
        for number in range(count * 3):
            done.clear()
            started = time.perf_counter()
            app.post_message(events.Key(TEAM_KEYS[number % 8], TEAM_KEYS[number % 8]))
            await done.wait()
            await asyncio.sleep(0.02)
        result.write_text(json.dumps({"floor: bare Textual, one Static per key": timings}))
        app.exit()

    started = time.perf_counter()
    task = asyncio.get_running_loop().create_task(drive())
    await app.run_async()
    await task


def time_appends(journal: Path, count: int = 300) -> list[float]:
    """Milliseconds per label change through LabelJournal (write + fsync), on the same disk."""
    from analysis.journal import open_journal

    with open_journal(journal, by="bench") as writer:
        timings = []
        for number in range(count):
            started = time.perf_counter()
            writer.toggle(f"BENCH-{number}", "platform_team", "platops", multi=False)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
