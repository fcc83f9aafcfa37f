"""Atomic file writes: a temporary file beside the target, renamed over it only when complete.

A temporary's name carries its writer's pid and host, so the next write of the same target
removes those a killed writer left behind.
"""

from __future__ import annotations

import os
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from analysis.errors import InputError

STALE_AFTER_SECONDS = 60.0


def file_mode(target: Path) -> int:
    """The replaced file's mode, or the mode a plain new file would get (not mkstemp's 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_output(target: str | Path, *, fsync: bool = False) -> Iterator[BinaryIO]:
    """A binary stream that becomes `target` when the block ends without an exception.

    On any error the temporary file is removed and `target` is left as it was.
    """
    target = Path(target)
    remove_stale_temporaries(target)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.{_writer_tag()}.",
                                             suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
            if fsync:
                stream.flush()
                os.fsync(stream.fileno())
        os.chmod(temporary, file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(target: str | Path) -> None:
    """Delete the temporaries of `target` whose writer is gone: its pid no longer runs on this
    host, or (written on another host, or by a version without the tag) it is over a minute old."""
    target = Path(target)
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:(\d+)@([\w-]*)\.)?\w{{8}}\.tmp")
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found and _is_stale(entry, found.group(1), found.group(2)):
            try:
                Path(entry.path).unlink(missing_ok=True)
            except OSError:
                pass


def _is_stale(entry: os.DirEntry[str], pid: str | None, host: str | None) -> bool:
    """Whether a temporary's writer is gone, judged by its pid on this host, else by its age."""
    if pid is not None and host == _host():
        return not _is_running(int(pid))
    try:
        modified = entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    return time.time() - modified > STALE_AFTER_SECONDS


def _is_running(pid: int) -> bool:
    """Whether a process with this pid exists here (another user's process counts)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True
    return True


def _host() -> str:
    """This machine's name, reduced to the characters a temporary's name may hold."""
    return re.sub(r"[^\w-]", "-", socket.gethostname())[:32]


def _writer_tag() -> str:
    """`pid@host` of this process, put in its temporaries' names."""
    return f"{os.getpid()}@{_host()}"


def write_bytes_atomically(target: str | Path, data: bytes, *, fsync: bool = False) -> None:
    """Replace `target` with `data` atomically."""
    with atomic_output(target, fsync=fsync) as stream:
        stream.write(data)


def write_text_atomically(target: str | Path, text: str, *, fsync: bool = False) -> None:
    """Replace `target` with `text` as UTF-8, line ends exactly as given."""
    write_bytes_atomically(target, text.encode("utf-8"), fsync=fsync)


def ensure_output_folder(output: str | Path, hint: str) -> Path:
    """The output folder, created if missing and checked writable; InputError when it is a
    file, cannot be made or cannot take files. `hint` says what goes into the folder."""
    output = Path(output)
    if output.exists() and not output.is_dir():
        raise InputError(f"{output} is a file; pass a folder to -o ({hint}).")
    error = _make_writable_folder(output)
    if error:
        raise InputError(f"Cannot write into the output folder {output}: {error}; "
                         f"choose another folder with -o.")
    return output


def ensure_output_file_folder(output: str | Path, option: str = "-o") -> Path:
    """The folder of the file `output`, created if missing and checked writable; InputError
    naming `option` when a file stands in the way or the folder cannot be made or take files."""
    output = Path(output)
    folder = output.parent
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise InputError(f"{existing} is a file, so {output} cannot be written inside it; "
                         f"choose another path with {option}.")
    error = _make_writable_folder(folder)
    if error:
        raise InputError(f"Cannot write {output}: {error}; choose another path with {option}.")
    return folder


def _make_writable_folder(folder: Path) -> str | None:
    """Create `folder` if missing and probe that it takes files; the reason when it does not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".supp-tui-probe."):
            pass
    except OSError as error:
        return str(error.strerror or error)
    return None
