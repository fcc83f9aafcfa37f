"""The headless engine must stay importable without the terminal UI (DESIGN.md rule 1), and the
command line's help must not pay for the engine's heavy libraries."""

import json
import subprocess
import sys

from supp_tui.cli import COMMANDS


def _run(script: str) -> dict[str, list[str]]:
    """Run a Python script in a fresh interpreter and read the JSON object it prints last."""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.splitlines()[-1])


def test_analysis_never_imports_textual_rich_or_supp_tui():
    script = (
        "import importlib, json, pkgutil, sys\n"
        "import analysis\n"
        "def fail(name):\n"
        "    raise ImportError(f'cannot import {name}')\n"
        "names = [m.name for m in pkgutil.walk_packages(analysis.__path__, 'analysis.',\n"
        "                                                onerror=fail)]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "forbidden = sorted(m for m in sys.modules\n"
        "                   if m.split('.')[0] in ('textual', 'rich', 'supp_tui'))\n"
        "print(json.dumps({'imported': names, 'forbidden': forbidden}))\n"
    )
    found = _run(script)
    assert {"analysis.errors", "analysis.charts.png", "analysis.metrics._counts",
            "analysis.report._markdown"} <= set(found["imported"])
    assert found["forbidden"] == []


def test_cli_help_does_not_import_heavy_libraries():
    helps = [["--help"], *([name, "--help"] for name in COMMANDS),
             ["labels", "export", "--help"], ["labels", "merge", "--help"]]
    script = (
        "import contextlib, io, json, sys\n"
        "from supp_tui.cli import main\n"
        f"for argv in {helps!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(argv) == 0, argv\n"
        "heavy = [m for m in ('textual', 'polars', 'matplotlib') if m in sys.modules]\n"
        "print(json.dumps({'heavy': heavy}))\n"
    )
    assert _run(script) == {"heavy": []}
