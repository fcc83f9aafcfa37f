"""Time `supp-tui figures` end to end against a pandas + matplotlib script drawing the same charts.

    python benchmarks/figures.py                       # 100,000 and 1,000,000 tickets
    python benchmarks/figures.py --tickets 20000 --repeat 3 --dir /tmp/bench

Both sides start a fresh interpreter, read the same generated export and write the brief's five
charts as PNGs (`supp-tui figures --charts brief` vs benchmarks/pandas_baseline.py). Each run
is wrapped by a small measuring process, so the peak memory reported is that run's own maximum
resident set size. Runs are interleaved and the best of `--repeat` is kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _exports import aligned_table, generated_export

DEFAULT_TICKETS = (100_000, 1_000_000)
HERE = Path(__file__).resolve().parent


def commands(export: Path, output: Path) -> dict[str, list[str]]:
    """The two command lines being compared."""
    return {
        "supp-tui": [sys.executable, "-m", "supp_tui", "figures", str(export), "-o",
                     str(output / "ours"), "--charts", "brief"],
        "pandas": [sys.executable, str(HERE / "pandas_baseline.py"), str(export),
                   str(output / "pandas")],
    }


def measure(argv: list[str]) -> dict[str, float]:
    """Run one command as this process's only child: its wall time and peak RSS."""
    import resource

    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024}


def _child(argv: list[str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--measure", json.dumps(argv)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def run(tickets: list[int], repeat: int, seed: int, folder: Path) -> list[dict]:
    """Best-of-`repeat` timings and peak memory per export size."""
    results = []
    for count in tickets:
        export = generated_export(folder, count, seed)
        output = folder / f"figures-{count}"
        found: dict[str, list[dict]] = {"supp-tui": [], "pandas": []}
        for _ in range(repeat):
            for name, argv in commands(export, output).items():
                found[name].append(_child(argv))
                print(f"{count:,} {name}: {found[name][-1]['seconds']:.2f} s",
                      file=sys.stderr, flush=True)
        best = {name: min(r["seconds"] for r in runs) for name, runs in found.items()}
        peak = {name: max(r["peak_mib"] for r in runs) for name, runs in found.items()}
        results.append({
            "tickets": count, "file_mib": export.stat().st_size / 2**20,
            "supp_tui_s": best["supp-tui"], "pandas_s": best["pandas"],
            "speedup": best["pandas"] / best["supp-tui"],
            "supp_tui_peak_mib": peak["supp-tui"], "pandas_peak_mib": peak["pandas"],
        })
        shutil.rmtree(output, ignore_errors=True)
    return results


def table(results: list[dict]) -> str:
    """The figures as an aligned plain-text table."""
    header = ("tickets", "file MiB", "supp-tui s", "pandas s", "pandas/ours",
              "supp-tui peak MiB", "pandas peak MiB")
    rows = [(f"{r['tickets']:,}", f"{r['file_mib']:,.0f}", f"{r['supp_tui_s']:.2f}",
             f"{r['pandas_s']:.2f}", f"{r['speedup']:.1f}x", f"{r['supp_tui_peak_mib']:,.0f}",
             f"{r['pandas_peak_mib']:,.0f}") for r in results]
    return aligned_table(header, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, nargs="+", default=list(DEFAULT_TICKETS))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, help="folder for the generated exports (kept)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--measure", metavar="ARGV_JSON", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(json.loads(args.measure))))
        return 0
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        results = run(args.tickets, args.repeat, args.seed, args.dir)
    else:
        with tempfile.TemporaryDirectory(prefix="supp-bench-") as folder:
            results = run(args.tickets, args.repeat, args.seed, Path(folder))
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
