"""Every command on a corpus of bad inputs: exit 2, one `supp-tui: error:` sentence on stderr,
no traceback, no new or half-written file, and every file that was there left byte-for-byte."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Self

import pytest

from analysis.errors import InputError
from analysis.journal import HEADER as JOURNAL_HEADER
from supp_tui.app import LabelApp
from supp_tui.cli import main

GOOD = (
    "Issue key,Summary,Created,Status,Labels\n"
    "SUPP-1,Grafana empty,05/Jan/26 10:00 AM,Open,platops\n"
    "SUPP-2,Pipeline stuck,06/Jan/26 2:15 PM,Open,bnd\n"
)
AT = "2026-01-05T09:00:00.000000Z"

# command -> argv around the export paths; outputs land in the case folder.
Argv = Callable[[list[str], Path], list[str]]
COMMANDS: dict[str, Argv] = {
    "stats": lambda x, d: ["stats", *x],
    "chart": lambda x, d: ["chart", "teams", *x, "--width", "80", "--height", "20"],
    "figures": lambda x, d: ["figures", *x, "-o", str(d / "figures"), "--charts", "teams"],
    "report": lambda x, d: ["report", "weekly", *x, "-o", str(d / "reports"), "--no-figures"],
    "quarantine": lambda x, d: ["quarantine", *x, "-o", str(d / "useful.csv")],
    "label": lambda x, d: ["label", *x],
    "labels export": lambda x, d: ["labels", "export", *x, "-o", str(d / "labels-out.csv")],
    "init": lambda x, d: ["init", *x],
}
# Commands that read only the columns they need.
WITH_FRAMEWORK = [name for name in COMMANDS if name != "init"]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def zip_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("board.csv", GOOD)
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def unreadable(path: Path) -> Path:
    os.chmod(path, 0)
    return path


# Bad exports: case -> builder of the export paths inside the case folder.
EXPORTS: dict[str, Callable[[Path], list[Path]]] = {
    "missing file": lambda d: [d / "nope.csv"],
    "missing folder": lambda d: [d / "gone" / "board.csv"],
    "empty file": lambda d: [write(d / "board.csv", "")],
    "blank lines": lambda d: [write(d / "board.csv", "\n\n  \n")],
    "header only": lambda d: [write(d / "board.csv", "Issue key,Summary,Created,Labels\n")],
    "binary file": lambda d: [write(d / "board.csv", bytes(range(256)) * 4)],
    "utf-16 file": lambda d: [write(d / "board.csv", GOOD.encode("utf-16"))],
    "zip archive": lambda d: [zip_file(d / "board.csv")],
    "pdf": lambda d: [write(d / "board.csv", b"%PDF-1.4\n%\xe2\xe3\n")],
    "fifo": lambda d: [fifo(d / "board.csv")],
    "folder without csv": lambda d: [write(d / "exports" / "notes.txt", "hi").parent],
    "folder with empty csv": lambda d: [write(d / "exports" / "board.csv", "").parent],
    "folder with only a journal": lambda d: [
        write(d / "exports" / "a.labels.csv", JOURNAL_HEADER).parent],
    "journal as export": lambda d: [write(d / "board.labels.csv", JOURNAL_HEADER)],
    "unterminated quote": lambda d: [write(d / "board.csv", GOOD + 'SUPP-3,"Broken,05/Jan/26'
                                                            ' 10:00 AM,Open,x\nSUPP-4,a,b,c\n')],
    "more cells than header": lambda d: [write(d / "board.csv", GOOD + "SUPP-3,a,b,c,d,e,f,g\n")],
    "not a jira export": lambda d: [write(d / "board.csv", "name,age\nbob,3\nann,4\n")],
    "no created column": lambda d: [write(d / "board.csv", "Issue key,Summary\nSUPP-1,a\n")],
    "dates unreadable": lambda d: [write(d / "board.csv", "Issue key,Summary,Created\n"
                                                           "SUPP-1,a,soon\nSUPP-2,b,later\n")],
}
UNREADABLE: dict[str, Callable[[Path], list[Path]]] = {
    "unreadable file": lambda d: [unreadable(write(d / "board.csv", GOOD))],
    "unreadable folder": lambda d: [unreadable(write(d / "exports" / "board.csv", GOOD).parent)],
    "unreadable file in a folder": lambda d: [
        unreadable(write(d / "exports" / "board.csv", GOOD)).parent],
}

# Bad labels.toml beside a good export, passed with --framework.
FRAMEWORKS: dict[str, str | bytes | None] = {
    "framework missing": None,
    "framework syntax error": "version = 1\n[[dimension]\n",
    "framework unknown key": "version = 1\ncolour = 'red'\n",
    "framework version 7": "version = 7\n",
    "framework binary": bytes(range(256)),
    "framework not utf-8": b"version = 1\n# caf\xe9\n",
}

# Bad --journal for commands that read one (stats, chart, ... label, labels export).
JOURNALS: dict[str, Callable[[Path], Path]] = {
    "journal is a folder": lambda d: write(d / "j" / "x", "").parent,
    "journal is a zip": lambda d: zip_file(d / "j.labels.csv"),
    "journal is a jira export": lambda d: write(d / "j.labels.csv", GOOD),
}


def snapshot(folder: Path) -> dict[str, str | None]:
    """Every path under `folder` with its sha256 (None for folders and special files)."""
    found: dict[str, str | None] = {}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root) / name
            relative = str(path.relative_to(folder))
            if path.is_file() and os.access(path, os.R_OK) and not path.is_symlink():
                found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[relative] = None
    return found


@pytest.fixture(autouse=True)
def no_app(monkeypatch):
    """`label` never opens the terminal app: it only loads the board as the app's worker does,
    keeping the error the app would end with; a board that reads returns at once."""

    def load_only(self, *args, **kwargs):
        try:
            self.loader.load().session.journal.close()
        except InputError as error:
            self.load_error = error

    monkeypatch.setattr(LabelApp, "run", load_only)


def assert_one_sentence(status: int, err: str) -> None:
    assert "Traceback" not in err, err
    assert status == 2, err
    assert err.startswith("supp-tui: error: "), err
    assert err.count("\n") == 1, err
    assert err.rstrip().endswith((".", "?", ")")), err


def refused(capsys, folder: Path, argv: list[str]) -> str:
    """Run argv in-process and check the error contract; the stderr line."""
    before = snapshot(folder)
    status = main(argv)
    err = capsys.readouterr().err
    assert_one_sentence(status, err)
    assert snapshot(folder) == before
    return err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", EXPORTS)
def test_bad_export(tmp_path, capsys, monkeypatch, case, command):
    monkeypatch.chdir(tmp_path)
    paths = [str(p) for p in EXPORTS[case](tmp_path)]
    refused(capsys, tmp_path, COMMANDS[command](paths, tmp_path))


@pytest.mark.parametrize("command", WITH_FRAMEWORK)
@pytest.mark.parametrize("case", FRAMEWORKS)
def test_bad_framework(tmp_path, capsys, monkeypatch, case, command):
    monkeypatch.chdir(tmp_path)
    export = write(tmp_path / "board.csv", GOOD)
    framework = tmp_path / "labels.toml"
    if FRAMEWORKS[case] is not None:
        write(framework, FRAMEWORKS[case])  # type: ignore[arg-type]
    argv = COMMANDS[command]([str(export)], tmp_path)
    err = refused(capsys, tmp_path, [*argv, "--framework", str(framework)])
    if case == "framework version 7":
        assert "upgrade supp-tui" in err


@pytest.mark.parametrize("command", [c for c in WITH_FRAMEWORK if c != "quarantine"])
def test_bad_framework_found_beside_the_export(tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    export = write(tmp_path / "board.csv", GOOD)
    write(tmp_path / "labels.toml", "version = 1\n[[dimension]]\nid = 'x'\nbogus = 1\n")
    refused(capsys, tmp_path, COMMANDS[command]([str(export)], tmp_path))


@pytest.mark.parametrize("command", [c for c in WITH_FRAMEWORK])
@pytest.mark.parametrize("case", JOURNALS)
def test_bad_journal(tmp_path, capsys, monkeypatch, case, command):
    monkeypatch.chdir(tmp_path)
    export = write(tmp_path / "board.csv", GOOD)
    journal = JOURNALS[case](tmp_path)
    argv = COMMANDS[command]([str(export)], tmp_path)
    refused(capsys, tmp_path, [*argv, "--journal", str(journal)])


# Outputs: command -> argv writing `target` from a good board in the case folder.
OUTPUTS: dict[str, Callable[[Path, Path], list[str]]] = {
    "figures": lambda d, t: ["figures", str(d / "board.csv"), "-o", str(t), "--charts", "teams"],
    "report": lambda d, t: ["report", "weekly", str(d / "board.csv"), "-o", str(t),
                            "--no-figures"],
    "quarantine": lambda d, t: ["quarantine", str(d / "board.csv"), "-o", str(t)],
    "labels export": lambda d, t: ["labels", "export", str(d / "board.csv"), "-o", str(t)],
    "labels merge": lambda d, t: ["labels", "merge", str(d / "a.labels.csv"), "-o", str(t)],
}
FILE_OUTPUTS = ["quarantine", "labels export", "labels merge"]


def good_inputs(folder: Path) -> None:
    write(folder / "board.csv", GOOD)
    write(folder / "a.labels.csv", JOURNAL_HEADER + f"{AT},ana,SUPP-1,platform_team,obs,set\n")


@pytest.mark.parametrize("command", OUTPUTS)
def test_output_under_a_file(tmp_path, capsys, command):
    good_inputs(tmp_path)
    blocker = write(tmp_path / "blocker", "x")
    refused(capsys, tmp_path, OUTPUTS[command](tmp_path, blocker / "out"))


@pytest.mark.parametrize("command", ["figures", "report"])
def test_output_folder_is_a_file(tmp_path, capsys, command):
    good_inputs(tmp_path)
    refused(capsys, tmp_path, OUTPUTS[command](tmp_path, write(tmp_path / "out", "x")))


@pytest.mark.parametrize("command", OUTPUTS)
def test_output_on_dev_full(tmp_path, capsys, command):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    good_inputs(tmp_path)
    full = tmp_path / "full"
    full.symlink_to("/dev/full")  # a replaced link, not the device, if the check ever fails
    refused(capsys, tmp_path, OUTPUTS[command](tmp_path, full))
    assert full.is_symlink() and full.resolve() == Path("/dev/full")


@pytest.mark.parametrize("command", FILE_OUTPUTS)
def test_output_onto_an_existing_file_without_force(tmp_path, capsys, command):
    good_inputs(tmp_path)
    refused(capsys, tmp_path, OUTPUTS[command](tmp_path, write(tmp_path / "out.csv", "mine\n")))


@pytest.mark.parametrize("command", FILE_OUTPUTS)
def test_output_is_an_input(tmp_path, capsys, command):
    good_inputs(tmp_path)
    target = tmp_path / ("a.labels.csv" if command == "labels merge" else "board.csv")
    refused(capsys, tmp_path, OUTPUTS[command](tmp_path, target))


class FullStream:
    """A file whose every write fails as on a full disk."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def __getattr__(self, name: str):
        return getattr(self.stream, name)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.stream.close()

    def write(self, data) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class FullDisk:
    """The os module as analysis.atomic sees it on a full disk: fdopen gives a FullStream."""

    def __getattr__(self, name: str):
        return getattr(os, name)

    def fdopen(self, fd: int, *args, **kwargs) -> FullStream:
        return FullStream(os.fdopen(fd, *args, **kwargs))


@pytest.mark.parametrize("command", OUTPUTS)
def test_disk_full_while_writing(tmp_path, capsys, monkeypatch, command):
    """ENOSPC from the atomic writer leaves no temporary or partial file behind."""
    good_inputs(tmp_path)
    write(tmp_path / "out" / "keep", "x")
    target = tmp_path / "out" / ("o.csv" if command in FILE_OUTPUTS else "")
    monkeypatch.setattr("analysis.atomic.os", FullDisk())
    err = refused(capsys, tmp_path, OUTPUTS[command](tmp_path, target))
    assert "space" in err.lower()


def test_init_onto_an_existing_labels_toml(tmp_path, capsys):
    good_inputs(tmp_path)
    write(tmp_path / "labels.toml", "# mine\n")
    refused(capsys, tmp_path, ["init", str(tmp_path / "board.csv")])


# labels merge: bad journals in.
MERGE_INPUTS: dict[str, Callable[[Path], Path]] = {
    "missing": lambda d: d / "nope.labels.csv",
    "folder": lambda d: write(d / "j" / "x", "").parent,
    "binary": lambda d: write(d / "b.labels.csv", bytes(range(256)) * 4),
    "zip": lambda d: zip_file(d / "z.labels.csv"),
    "fifo": lambda d: fifo(d / "f.labels.csv"),
    "jira export": lambda d: write(d / "board.csv", GOOD),
}


@pytest.mark.parametrize("case", MERGE_INPUTS)
def test_merge_of_a_bad_journal(tmp_path, capsys, case):
    source = MERGE_INPUTS[case](tmp_path)
    refused(capsys, tmp_path, ["labels", "merge", str(source), "-o", str(tmp_path / "m.csv")])


# Unreadable inputs and unwritable outputs need a user the permissions apply to.
def run_as_nobody(argv: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    code = f"import sys; sys.path.insert(0, {str(root)!r}); from supp_tui.cli import main; " \
           f"sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, *argv]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "MPLCONFIGDIR": str(home / "mpl")}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60,
                          check=False)


@pytest.fixture
def shared_dir(tmp_path_factory):
    """A folder the unprivileged user can enter, so permissions are the only obstacle."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions are not enforced")
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"supp-tui-corpus-{os.getpid()}"
    folder.mkdir(mode=0o777, exist_ok=True)
    os.chmod(folder, 0o777)
    case = Path(tmp_path_factory.mktemp("x", numbered=True)).name
    target = folder / case
    target.mkdir()
    os.chmod(target, 0o777)
    yield target
    for path in [target, *target.rglob("*")]:
        os.chmod(path, 0o777)
    shutil.rmtree(folder)


def check_probe(shared: Path) -> None:
    probe = run_as_nobody(["--version"], shared.parent)
    if probe.returncode != 0:
        pytest.skip(f"cannot run supp-tui as an unprivileged user: {probe.stderr[-200:]}")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", UNREADABLE)
def test_unreadable_export(shared_dir, case, command):
    check_probe(shared_dir)
    paths = [str(p) for p in UNREADABLE[case](shared_dir)]
    before = snapshot(shared_dir)
    result = run_as_nobody(COMMANDS[command](paths, shared_dir), shared_dir.parent)
    assert_one_sentence(result.returncode, result.stderr)
    assert "readable" in result.stderr or "permission denied" in result.stderr
    assert snapshot(shared_dir) == before


@pytest.mark.parametrize("command", OUTPUTS)
def test_output_into_an_unwritable_folder(shared_dir, command):
    check_probe(shared_dir)
    good_inputs(shared_dir)
    for path in shared_dir.iterdir():
        os.chmod(path, 0o644)
    locked = shared_dir / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)
    before = snapshot(shared_dir)
    result = run_as_nobody(OUTPUTS[command](shared_dir, locked / "out.csv"), shared_dir.parent)
    assert_one_sentence(result.returncode, result.stderr)
    assert snapshot(shared_dir) == before


@pytest.mark.parametrize("command", WITH_FRAMEWORK)
def test_unreadable_journal(shared_dir, command):
    check_probe(shared_dir)
    export = write(shared_dir / "board.csv", GOOD)
    unreadable(write(shared_dir / "board.csv.labels.csv", JOURNAL_HEADER))
    before = snapshot(shared_dir)
    result = run_as_nobody(COMMANDS[command]([str(export)], shared_dir), shared_dir.parent)
    assert_one_sentence(result.returncode, result.stderr)
    assert "board.csv.labels.csv" in result.stderr
    assert snapshot(shared_dir) == before
