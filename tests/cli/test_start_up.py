"""What a headless command loads: numpy stays out of the reading path (its import is start-up
time every command would pay)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import contextlib, io, sys
from supp_tui.cli import main
sys.argv = ["supp-tui", "stats", sys.argv[1], "--json", "--no-cache"]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit as done:
        assert not done.code, done.code
print("numpy" in sys.modules)
"""


def test_stats_reads_a_board_without_loading_numpy(tmp_path: Path):
    board = tmp_path / "board.csv"
    board.write_text("Issue key,Summary,Created,Labels\n"
                     'SUPP-1,"VPN ""drops""\nagain",2026-01-05 10:00,observability\n')
    shown = subprocess.run([sys.executable, "-c", PROBE, str(board)], capture_output=True,
                           text=True, check=True, cwd=tmp_path)
    assert shown.stdout.strip() == "False"
