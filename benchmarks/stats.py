"""Time `supp-tui stats --json` against a bare `polars.read_csv` of the same export (or
`polars.read_ndjson` of the same pulled board).

    python benchmarks/stats.py                                   # 100,000 and 1,000,000 tickets
    python benchmarks/stats.py --tickets 100000 --repeat 5
    python benchmarks/stats.py --export 1000000=/tmp/big1m.csv   # reuse an export
    python benchmarks/stats.py --pulled --tickets 100000         # a pulled .jsonl board

Each run is a fresh process (interpreter start included for all three); the three commands
alternate, their order flipped each round, and the best and median of `--repeat` are printed
with peak memory (the child's max RSS). "first" runs with the parse cache off (`--no-cache`, when
the command has it), "cached" runs after one warm-up that fills the cache. Budgets (DESIGN.md):
first run <= 1.0x read_csv, cached <= 0.2x, peak memory <= 1.5x the file size.
A fourth command, the first run on a 1,000-ticket board, alternates with them: its time is the
fixed cost (interpreter, imports, framework), and that cost over read_csv's is the lowest ratio
any first run could reach on this file ("floor").
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _exports import aligned_table, generated_export

DEFAULT_TICKETS = (100_000, 1_000_000)
FIXED_COST_TICKETS = 1_000


def run(argv: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one command in a fresh process."""
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def has_no_cache(env: dict[str, str]) -> bool:
    """Whether this supp-tui's stats takes --no-cache."""
    shown = subprocess.run([sys.executable, "-m", "supp_tui", "stats", "--help"], env=env,
                           capture_output=True, text=True, check=True).stdout
    return "--no-cache" in shown


def measure(export: Path, small: Path, repeat: int, env: dict[str, str]) -> tuple[str, ...]:
    """One table row: read_csv, first-run and cached stats, their ratios and peaks, and the
    fixed cost of a first run."""
    stats = [sys.executable, "-m", "supp_tui", "stats", str(export), "--json"]
    cache = has_no_cache(env)
    no_cache = ["--no-cache"] if cache else []
    peer = (f"pl.read_ndjson({str(export)!r}, infer_schema_length=None)"
            if export.suffix == ".jsonl"
            else f"pl.read_csv({str(export)!r}, infer_schema=False)")
    commands = {
        "read_csv": [sys.executable, "-c", f"import polars as pl; {peer}"],
        "first": stats + no_cache,
        "fixed": [sys.executable, "-m", "supp_tui", "stats", str(small), "--json", *no_cache],
    }
    if cache:
        commands["cached"] = stats
        run(stats, env)  # fill the cache once
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = {name: 0.0 for name in commands}
    names = list(commands)
    for round_index in range(repeat):
        for name in names if round_index % 2 == 0 else reversed(names):
            times[name].append(run(commands[name], env))
    for name in names:  # peak RSS is per-child maximum: measure each alone, once
        peaks[name] = peak_of(commands[name], env)
    base = min(times["read_csv"])
    row = [f"{export.stat().st_size / 2**20:,.0f}"]
    fixed = statistics.median(times.pop("fixed"))
    for name in (name for name in names if name != "fixed"):
        best, median = min(times[name]), statistics.median(times[name])
        row += [f"{best:.2f}", f"{median:.2f}"]
        if name != "read_csv":
            row.append(f"{best / base:.2f}x")
        row.append(f"{peaks[name]:,.0f}")
    return (*row, f"{fixed:.2f}", f"{fixed / base:.2f}x")


def peak_of(argv: list[str], env: dict[str, str]) -> float:
    """Peak MiB of one command, from a wrapper process that runs only it."""
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
               "stdout=subprocess.DEVNULL); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    shown = subprocess.run([sys.executable, "-c", wrapper, *argv], env=env, check=True,
                           capture_output=True, text=True).stdout
    return int(shown.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--export", action="append", default=[], metavar="N=PATH")
    parser.add_argument("--pulled", action="store_true",
                        help="pulled .jsonl boards, against polars.read_ndjson")
    arguments = parser.parse_args()
    given = {int(n): Path(p) for n, p in (item.split("=", 1) for item in arguments.export)}
    sizes = arguments.tickets or sorted({*DEFAULT_TICKETS, *given})
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
           "SUPP_TUI_CACHE_DIR": tempfile.mkdtemp(prefix="supp-stats-cache-")}
    rows = []
    for tickets in sizes:
        pulled = arguments.pulled or given.get(tickets, Path()).suffix == ".jsonl"
        export = given.get(tickets) or generated_export(Path("/tmp/supp-bench"), tickets,
                                                        pulled=pulled)
        small = generated_export(Path("/tmp/supp-bench"), FIXED_COST_TICKETS, pulled=pulled)
        rows.append((f"{tickets:,}", *measure(export, small, arguments.repeat, env)))
    peer = "read_ndjson" if arguments.pulled else "read_csv"
    header = ("tickets", "file MiB", f"{peer} best s", "median", "peak MiB",
              "first best s", "median", "ratio", "peak MiB")
    if len(rows[0]) > len(header) + 2:
        header += ("cached best s", "median", "ratio", "peak MiB")
    header += ("fixed cost s", "floor")
    print(aligned_table(header, rows))


if __name__ == "__main__":
    main()
