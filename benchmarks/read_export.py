"""Time `read_export` against plain `polars.read_csv` on the same generated exports.

    python benchmarks/read_export.py                      # 100,000 and 1,000,000 tickets
    python benchmarks/read_export.py --tickets 20000 --repeat 5
    python benchmarks/read_export.py --quarantine         # quarantine time and peak memory too

Each measurement runs in its own process so peak memory (the child's maximum resident set
size) belongs to that one read; timings exclude interpreter start and imports. The reader and
polars runs alternate (the order flipped each round) and the best of `--repeat` is reported, as wall time and as CPU
time (user + system of all threads, steadier than wall time on a busy machine). Target
(DESIGN.md): the reader within 1.5x of read_csv.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _exports import aligned_table, generated_export

DEFAULT_TICKETS = (100_000, 1_000_000)


def measure(kind: str, path: str) -> dict[str, float]:
    """Run one read in this process and return its wall time and peak RSS."""
    import resource
    import time

    import polars as pl

    if kind in ("reader", "quarantine"):
        from analysis.framework import load_framework
        from analysis.jira import quarantine, read_export

        framework = load_framework(None)
        started, cpu_started = time.perf_counter(), time.process_time()
        if kind == "reader":
            rows = read_export([path], framework).tickets.height
        else:
            with tempfile.TemporaryDirectory(prefix="supp-bench-") as folder:
                rows = quarantine([path], Path(folder) / "useful.csv", framework).kept
    else:
        started, cpu_started = time.perf_counter(), time.process_time()
        rows = pl.read_csv(path, infer_schema=False).height
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "cpu": cpu_seconds, "peak_mib": peak_kib / 1024, "rows": rows}


def _child(kind: str, path: Path) -> dict[str, float]:
    """One measurement in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", kind, str(path)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def run(
    tickets: list[int], repeat: int, seed: int, folder: Path, with_quarantine: bool = False,
) -> list[dict]:
    """Best-of-`repeat` timings and peak memory for each export size."""
    results = []
    for count in tickets:
        path = generated_export(folder, count, seed)
        runs = {"polars": [], "reader": [], **({"quarantine": []} if with_quarantine else {})}
        for round_ in range(repeat):
            order = list(runs.items())
            for kind, found in order[::-1] if round_ % 2 else order:
                found.append(_child(kind, path))
        best = {kind: min(r["seconds"] for r in found) for kind, found in runs.items()}
        cpu = {kind: min(r["cpu"] for r in found) for kind, found in runs.items()}
        peak = {kind: max(r["peak_mib"] for r in found) for kind, found in runs.items()}
        results.append({
            "tickets": count, "file_mib": path.stat().st_size / 2**20,
            "read_csv_s": best["polars"], "read_export_s": best["reader"],
            "ratio": best["reader"] / best["polars"],
            "read_csv_cpu_s": cpu["polars"], "read_export_cpu_s": cpu["reader"],
            "cpu_ratio": cpu["reader"] / cpu["polars"],
            "read_csv_peak_mib": peak["polars"], "read_export_peak_mib": peak["reader"],
            "rows": runs["reader"][0]["rows"],
        })
        if with_quarantine:
            results[-1].update(quarantine_s=best["quarantine"],
                               quarantine_peak_mib=peak["quarantine"])
    return results


def table(results: list[dict]) -> str:
    """The figures as an aligned plain-text table."""
    header = ("tickets", "file MiB", "read_csv s", "read_export s", "ratio", "CPU ratio",
              "read_csv peak MiB", "read_export peak MiB")
    rows = [(f"{r['tickets']:,}", f"{r['file_mib']:,.0f}", f"{r['read_csv_s']:.2f}",
             f"{r['read_export_s']:.2f}", f"{r['ratio']:.2f}x", f"{r['cpu_ratio']:.2f}x",
             f"{r['read_csv_peak_mib']:,.0f}", f"{r['read_export_peak_mib']:,.0f}")
            for r in results]
    if all("quarantine_s" in r for r in results):
        header += ("quarantine s", "quarantine peak MiB")
        rows = [(*row, f"{r['quarantine_s']:.2f}", f"{r['quarantine_peak_mib']:,.0f}")
                for row, r in zip(rows, results, strict=True)]
    return aligned_table(header, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, nargs="+", default=list(DEFAULT_TICKETS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, help="folder for the generated exports (kept)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--quarantine", action="store_true",
                        help="also time quarantine on each export and report its peak memory")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        results = run(args.tickets, args.repeat, args.seed, args.dir, args.quarantine)
    else:
        with tempfile.TemporaryDirectory(prefix="supp-bench-") as folder:
            results = run(args.tickets, args.repeat, args.seed, Path(folder), args.quarantine)
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
