"""Whole reads and writes of the journal's file descriptor, and who is labelling."""

from __future__ import annotations

import errno
import getpass
import os
from pathlib import Path


def default_labeller() -> str:
    """The name written in the `by` column when none is given: $USER, else the login name."""
    name = os.environ.get("USER") or os.environ.get("USERNAME")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
    return name.replace("\n", " ").replace("\r", " ").strip() or "unknown"


def unwritable(path: Path, error: OSError) -> str:
    reason = {
        errno.EACCES: "permission denied", errno.EROFS: "the file system is read-only",
        errno.ENOENT: "its folder does not exist", errno.ENOTDIR: "its folder is not a folder",
        errno.EISDIR: "it is a folder",
    }.get(error.errno or 0, error.strerror or str(error))
    return (f"cannot write the label journal {path}: {reason}; pass --journal with a path in a "
            f"folder you can write to.")


def read_all(descriptor: int) -> bytes:
    chunks, offset = [], 0
    while chunk := os.pread(descriptor, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]
