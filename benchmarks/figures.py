"""Time `supp-tui figures --charts brief` end to end against a pandas + matplotlib script.

    python benchmarks/figures.py                       # 100,000 and 1,000,000 tickets
    python benchmarks/figures.py --tickets 20000 --repeat 5 --dir /tmp/bench

Both sides start a fresh interpreter, read the same generated export and write the brief's five
charts as PNGs (`supp-tui figures --charts brief` vs benchmarks/pandas_baseline.py, a vectorised
pandas script). Each run is wrapped by its own measuring process, so the peak memory reported is
that run's own maximum resident set size and the CPU time is that run's user + system time.
The two commands alternate within one run (the order flips each round, so neither always runs
on a warmer page cache); best and median of `--repeat` are printed with their ratios.
A third command, supp-tui on a 1,000-ticket board of the same generator and 52-week span,
alternates with them: it draws the same five charts (same weeks, teams and categories), so its
time is the fixed cost of start-up, imports and matplotlib drawing, and pandas' median divided
by it is the highest ratio any reader could reach ("ratio ceiling").
Exports are generated once into `--dir` and reused; `--export N=PATH` uses an existing export
of N tickets (by default /tmp/big1m.csv, 1M tickets seed 7, when it exists).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _exports import aligned_table, generated_export

DEFAULT_TICKETS = (100_000, 1_000_000)
DEFAULT_DIR = Path(tempfile.gettempdir()) / "supp-bench"
DEFAULT_EXPORTS = ("1000000=/tmp/big1m.csv",)
HERE = Path(__file__).resolve().parent


FIXED_COST_TICKETS = 1_000


def commands(export: Path, output: Path, small: Path) -> dict[str, list[str]]:
    """The two command lines being compared, and supp-tui on a small board (the fixed cost)."""
    def ours(board: Path, name: str) -> list[str]:
        return [sys.executable, "-m", "supp_tui", "figures", str(board), "-o",
                str(output / name), "--charts", "brief", "--no-cache"]
    return {
        "supp-tui": ours(export, "ours"),
        "pandas": [sys.executable, str(HERE / "pandas_baseline.py"), str(export),
                   str(output / "pandas")],
        "fixed": ours(small, "fixed"),
    }


def measure(argv: list[str]) -> dict[str, float]:
    """Run one command as this process's only child: its wall time and peak RSS."""
    import resource

    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mib": usage.ru_maxrss / 1024}


def _child(argv: list[str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--measure", json.dumps(argv)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def existing_exports(pairs: list[str], seed: int, tickets: list[int]) -> dict[int, Path]:
    """`N=PATH` pairs naming exports already on disk (assumed generated with `seed`)."""
    found = {}
    for pair in pairs:
        count, _, path = pair.partition("=")
        if int(count) in tickets and Path(path).is_file():
            found[int(count)] = Path(path)
            print(f"reusing {path} for {int(count):,} tickets (seed {seed})", file=sys.stderr)
    return found


def _rounds(commands_: dict[str, list[str]], repeat: int, count: int) -> dict[str, list[dict]]:
    """Each command `repeat` times, alternating, the order flipped every round."""
    found: dict[str, list[dict]] = {name: [] for name in commands_}
    for round_ in range(repeat):
        order = list(commands_.items())
        for name, argv in order[::-1] if round_ % 2 else order:
            found[name].append(_child(argv))
            print(f"{count:,} {name}: {found[name][-1]['seconds']:.2f} s",
                  file=sys.stderr, flush=True)
    return found


def summarise(count: int, export: Path, found: dict[str, list[dict]]) -> dict:
    """Best and median wall time, best CPU time and peak memory of both sides."""
    result: dict = {"tickets": count, "file_mib": export.stat().st_size / 2**20,
                    "runs": len(found["supp-tui"])}
    for name, key in (("supp-tui", "supp_tui"), ("pandas", "pandas")):
        seconds = [r["seconds"] for r in found[name]]
        result[f"{key}_best_s"] = min(seconds)
        result[f"{key}_median_s"] = statistics.median(seconds)
        result[f"{key}_cpu_s"] = min(r["cpu"] for r in found[name])
        result[f"{key}_peak_mib"] = max(r["peak_mib"] for r in found[name])
    for stat in ("best", "median"):
        result[f"{stat}_ratio"] = result[f"pandas_{stat}_s"] / result[f"supp_tui_{stat}_s"]
    result["cpu_ratio"] = result["pandas_cpu_s"] / result["supp_tui_cpu_s"]
    result["fixed_median_s"] = statistics.median(r["seconds"] for r in found["fixed"])
    result["ceiling"] = result["pandas_median_s"] / result["fixed_median_s"]
    return result


def run(tickets: list[int], repeat: int, seed: int, folder: Path,
        existing: dict[int, Path] | None = None) -> list[dict]:
    """Timings and peak memory per export size, both commands alternating in this one run."""
    results = []
    for count in tickets:
        export = (existing or {}).get(count) or generated_export(folder, count, seed)
        small = generated_export(folder, FIXED_COST_TICKETS, seed)
        output = folder / f"figures-{count}"
        found = _rounds(commands(export, output, small), repeat, count)
        results.append(summarise(count, export, found))
        shutil.rmtree(output, ignore_errors=True)
    return results


def table(results: list[dict]) -> str:
    """The figures as an aligned plain-text table; ratios are pandas time / supp-tui time."""
    header = ("tickets", "file MiB", "runs", "supp-tui best s", "pandas best s", "best ratio",
              "supp-tui median s", "pandas median s", "median ratio", "CPU ratio",
              "supp-tui peak MiB", "pandas peak MiB", "fixed cost s", "ratio ceiling")
    rows = [(f"{r['tickets']:,}", f"{r['file_mib']:,.0f}", str(r["runs"]),
             f"{r['supp_tui_best_s']:.2f}", f"{r['pandas_best_s']:.2f}", f"{r['best_ratio']:.2f}x",
             f"{r['supp_tui_median_s']:.2f}", f"{r['pandas_median_s']:.2f}",
             f"{r['median_ratio']:.2f}x", f"{r['cpu_ratio']:.2f}x",
             f"{r['supp_tui_peak_mib']:,.0f}", f"{r['pandas_peak_mib']:,.0f}",
             f"{r['fixed_median_s']:.2f}", f"{r['ceiling']:.2f}x") for r in results]
    return aligned_table(header, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, nargs="+", default=list(DEFAULT_TICKETS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR,
                        help=f"folder for the generated exports, kept (default: {DEFAULT_DIR})")
    parser.add_argument("--export", action="append", metavar="N=PATH",
                        help="an existing export of N tickets to use instead of generating one "
                             "(default: 1000000=/tmp/big1m.csv if it exists)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--measure", metavar="ARGV_JSON", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(json.loads(args.measure))))
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    existing = existing_exports(args.export or list(DEFAULT_EXPORTS), args.seed, args.tickets)
    results = run(args.tickets, args.repeat, args.seed, args.dir, existing)
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
