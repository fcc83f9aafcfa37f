"""Generated exports shared by the benchmark scripts, written once per size and seed."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def generated_export(folder: Path, tickets: int, seed: int = 7) -> Path:
    """`<folder>/supp-<tickets>-seed<seed>.csv`, generated on first use and reused after."""
    from analysis.sample import write_sample

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"supp-{tickets}-seed{seed}.csv"
    if not path.exists():
        started = time.perf_counter()
        print(f"generating {tickets:,} tickets -> {path}", file=sys.stderr, flush=True)
        write_sample(path, tickets=tickets, seed=seed)
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return path
