"""Pieces shared by the benchmark scripts: generated exports (written once) and their tables."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def generated_export(folder: Path, tickets: int, seed: int = 7, *, pulled: bool = False) -> Path:
    """`<folder>/supp-<tickets>-seed<seed>.csv` (`.jsonl`, a pulled board, when `pulled`),
    generated on first use and reused after."""
    from analysis.sample import write_pulled, write_sample

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"supp-{tickets}-seed{seed}.{'jsonl' if pulled else 'csv'}"
    if not path.exists():
        started = time.perf_counter()
        print(f"generating {tickets:,} tickets -> {path}", file=sys.stderr, flush=True)
        (write_pulled if pulled else write_sample)(path, tickets, seed)
        print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return path


def aligned_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Right-aligned plain-text columns under `header`."""
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)
