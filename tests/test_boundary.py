"""The headless engine must stay importable without the terminal UI (DESIGN.md rule 1)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import analysis


def test_analysis_never_imports_textual_or_supp_tui():
    modules = sorted(m.name for m in pkgutil.iter_modules([str(Path(analysis.__file__).parent)]))
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('analysis.' + name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'supp_tui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert modules, "no analysis modules found"
    assert result.stdout.strip() == ""


def test_cli_help_does_not_import_heavy_libraries():
    script = (
        "import sys\n"
        "from supp_tui.cli import build_parser\n"
        "build_parser()\n"
        "print(','.join(sorted(m for m in ('textual', 'polars', 'matplotlib') if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
