"""Time reading a pulled board (`.jsonl`) against reading the CSV export of the same board.

    python benchmarks/read_pulled.py                      # 100,000 tickets
    python benchmarks/read_pulled.py --tickets 20000 --repeat 3 --api server

Both boards come from the sample writer with the same seed, so they hold the same tickets.
Each read runs `read_export` (no parse cache) in a fresh interpreter, the two kinds alternating
with the order flipped each round; the best of `--repeat` is reported, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def measure(path: str) -> dict[str, float]:
    """Read one board in this process; its wall and CPU seconds and its row count."""
    import time

    from analysis.framework import load_framework
    from analysis.jira import read_export

    framework = load_framework(None)
    started, cpu_started = time.perf_counter(), time.process_time()
    rows = read_export([path], framework).tickets.height
    return {"seconds": time.perf_counter() - started,
            "cpu": time.process_time() - cpu_started, "rows": rows}


def _child(path: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--measure", str(path)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--api", choices=("cloud", "server"), default="cloud")
    parser.add_argument("--measure", metavar="PATH", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        print(json.dumps(measure(options.measure)))
        return
    from analysis.sample import write_pulled, write_sample

    with tempfile.TemporaryDirectory(prefix="supp-bench-") as folder:
        boards = {"csv": Path(folder) / "board.csv", "pulled": Path(folder) / "board.jsonl"}
        write_sample(boards["csv"], options.tickets, options.seed)
        write_pulled(boards["pulled"], options.tickets, options.seed, api=options.api)
        best: dict[str, dict[str, float]] = {}
        for round_number in range(options.repeat):
            order = list(boards) if round_number % 2 == 0 else list(reversed(boards))
            for kind in order:
                result = _child(boards[kind])
                if kind not in best or result["seconds"] < best[kind]["seconds"]:
                    best[kind] = result
        sizes = {kind: path.stat().st_size / 1e6 for kind, path in boards.items()}
    for kind, result in best.items():
        print(f"{kind:>6}: {result['seconds']:.2f} s wall, {result['cpu']:.2f} s CPU, "
              f"{int(result['rows']):,} tickets, {sizes[kind]:.0f} MB")
    ratio = best["pulled"]["seconds"] / best["csv"]["seconds"]
    print(f"pulled / csv ({options.api}, {options.tickets:,} tickets): {ratio:.1f}x wall")


if __name__ == "__main__":
    main()
