"""An open label journal: current labels in memory, durable appends, and undo.

Every change is one `os.write` of whole lines to a file opened with O_APPEND, made while holding
an exclusive `fcntl.flock`, then `os.fsync`ed before the call returns. The lock makes writers on
one shared journal take turns; under it the writer also reads any lines another labeller
appended since its last write, so its in-memory labels stay in step, and starts a fresh line if
the file ends in a torn one.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Self

from analysis.errors import InputError
from analysis.journal._change import Change, Ops
from analysis.journal._files import default_labeller, read_all, unwritable, write_all
from analysis.journal._flagging import FlagWriting
from analysis.journal._flags import Flags, apply_flag, flags_in, replay_flags
from analysis.journal._format import (
    BOM,
    HEADER,
    Entry,
    Labels,
    apply_entry,
    format_entry,
    line_ending,
    parse_lines,
    replay,
    split_torn_tail,
    utc_timestamp,
)
from analysis.journal._read import current_labels
from analysis.journal._replay import labels_from_frame

Clock = Callable[[], datetime | None]


class LabelJournal(FlagWriting):
    """A journal opened for labelling; use `open_journal` to create one."""

    def __init__(self, path: Path, descriptor: int, labels: Labels, warnings: tuple[str, ...],
                 by: str, clock: Clock, durable: bool, end: int, newline: bytes = b"\n",
                 flags: Flags | None = None) -> None:
        self.path = path
        self.newline = newline
        self.labels = labels
        self.flags = flags if flags is not None else {}
        self.warnings = warnings
        self.by = by
        self._descriptor = descriptor
        self._clock = clock
        self._durable = durable
        self._end = end
        self._steps: list[list[Change]] = []
        self._open_step: list[Change] | None = None
        self.appended = 0

    def values(self, key: str, dimension: str) -> tuple[str, ...]:
        """The ticket's current values in one dimension."""
        return tuple(self.labels.get(key, {}).get(dimension, ()))

    def keys_with(self, dimension: str, value: str) -> list[str]:
        """Keys of the tickets whose current labels use a value, in journal order."""
        return [key for key, dimensions in list(self.labels.items())
                if value in dimensions.get(dimension, ())]

    def is_labelled(self, key: str) -> bool:
        """Whether the ticket has any label at all."""
        return key in self.labels

    @property
    def next_undo(self) -> Change | None:
        """The newest change of the step `undo` would take back, if any."""
        return self._steps[-1][-1] if self._steps else None

    @contextmanager
    def group(self) -> Iterator[None]:
        """Every change made inside is one undo step: an accept-all, a bulk action."""
        if self._open_step is not None:
            yield
            return
        self._open_step = []
        try:
            yield
        finally:
            step, self._open_step = self._open_step, None
            if step:
                self._steps.append(step)

    def toggle(self, key: str, dimension: str, value: str, multi: bool) -> Change:
        """Pressing an option's key: a multi dimension adds or removes it, a single one sets it
        or, when it is already the value, removes it."""
        current = self.values(key, dimension)
        if multi:
            op = "remove" if value in current else "add"
            inverse = (("add" if op == "remove" else "remove", value),)
            return self._change(key, dimension, ((op, value),), inverse)
        if current == (value,):
            return self._change(key, dimension, (("remove", value),), (("set", value),))
        return self._change(key, dimension, (("set", value),), _restore(current, value))

    def set(self, key: str, dimension: str, value: str, multi: bool) -> Change | None:
        """Make sure the value is present (accepting a suggestion); None when it already is."""
        current = self.values(key, dimension)
        if value in current:
            return None
        if multi:
            return self._change(key, dimension, (("add", value),), (("remove", value),))
        return self._change(key, dimension, (("set", value),), _restore(current, value))

    def clear(self, key: str, dimension: str) -> Change | None:
        """Remove every value of the dimension; None when it has none."""
        current = self.values(key, dimension)
        if not current:
            return None
        return self._change(key, dimension, (("clear", ""),), _restore(current, None))

    def set_many(self, keys: Iterable[str], dimension: str, value: str,
                 multi: bool) -> tuple[Change, ...]:
        """Make sure each ticket has the value (a bulk action): one append and one undo step;
        tickets that already have it are left alone."""
        items: list[tuple[str, Ops, Ops]] = []
        for key in dict.fromkeys(keys):
            current = self.values(key, dimension)
            if value in current:
                continue
            if multi:
                items.append((key, (("add", value),), (("remove", value),)))
            else:
                items.append((key, (("set", value),), _restore(current, value)))
        if not items:
            return ()
        written, others = self._write([(key, dimension, ops) for key, ops, _ in items])
        changes = tuple(Change(key, dimension, entries, tuple(inverse), others)
                        for (key, _, inverse), entries in zip(items, written, strict=True))
        self._remember(changes)
        return changes

    def undo(self) -> tuple[Change, ...]:
        """Append the inverse of this session's latest step, in one write; the changes that
        took it back, newest first (empty when there is nothing to undo)."""
        if not self._steps:
            return ()
        step = self._steps.pop()[::-1]
        written, others = self._write([(c.key, c.dimension, c.inverse) for c in step])
        return tuple(Change(c.key, c.dimension, entries, (), others)
                     for c, entries in zip(step, written, strict=True))

    def _change(self, key: str, dimension: str, ops: Sequence[tuple[str, str]],
                inverse: Sequence[tuple[str, str]]) -> Change:
        written, others = self._write([(key, dimension, ops)])
        change = Change(key, dimension, written[0], tuple(inverse), others)
        self._remember((change,))
        return change

    def _remember(self, changes: Sequence[Change]) -> None:
        if self._open_step is not None:
            self._open_step.extend(changes)
        else:
            self._steps.append(list(changes))

    def _write(self, items: Sequence[tuple[str, str, Sequence[tuple[str, str]]]]
               ) -> tuple[list[tuple[Entry, ...]], frozenset[str]]:
        """Append the lines of (key, dimension, ops) items in one write; their entries per item
        and the keys other writers changed meanwhile."""
        at = utc_timestamp(self._clock())
        written = [tuple(Entry(at, self.by, key, dimension, value, op) for op, value in ops)
                   for key, dimension, ops in items]
        self._follow_path()
        data = "".join(format_entry(e) for entries in written for e in entries).encode("utf-8")
        data = data.replace(b"\n", self.newline)
        fcntl.flock(self._descriptor, fcntl.LOCK_EX)
        try:
            others = self._catch_up()
            if self._end and os.pread(self._descriptor, 1, self._end - 1) != b"\n":
                data = self.newline + data
            self._append(data)
        finally:
            fcntl.flock(self._descriptor, fcntl.LOCK_UN)
        for entries in written:
            for entry in entries:
                apply_entry(self.labels, entry)
                apply_flag(self.flags, entry)
            self.appended += len(entries)
        return written, others

    def _append(self, data: bytes) -> None:
        """Write and flush whole lines; on failure cut the file back to where it ended, so no
        partial line stays behind, and say so in one sentence."""
        start = os.fstat(self._descriptor).st_size
        try:
            write_all(self._descriptor, data)
            if self._durable:
                os.fsync(self._descriptor)
        except OSError as error:
            try:
                os.ftruncate(self._descriptor, start)
            except OSError:
                pass
            raise InputError(
                f"{error.strerror or error} while writing the label journal {self.path}; "
                f"every label saved before is intact, so free some disk space and make the "
                f"change again."
            ) from None
        self._end = start + len(data)

    def _follow_path(self) -> None:
        """If the journal file was replaced or removed (an editor saving it, say), reopen the
        path, so appends never go to a file nobody will read again."""
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            on_disk = None
        mine = os.fstat(self._descriptor)
        if on_disk is not None and (on_disk.st_ino, on_disk.st_dev) == (mine.st_ino, mine.st_dev):
            return
        reopened = open_journal(self.path, self.by, self._clock, self._durable)
        os.close(self._descriptor)
        self._descriptor, reopened._descriptor = reopened._descriptor, -1
        self.labels.clear()
        self.labels.update(reopened.labels)
        self.flags.clear()
        self.flags.update(reopened.flags)
        self._end = reopened._end
        self.newline = reopened.newline
        self.warnings += reopened.warnings

    def _catch_up(self) -> frozenset[str]:
        """Apply lines other writers appended since our last write; returns their ticket keys."""
        size = os.fstat(self._descriptor).st_size
        if size <= self._end:
            return frozenset()
        data = os.pread(self._descriptor, size - self._end, self._end)
        complete, _ = split_torn_tail(data, self.path)
        entries, _ = parse_lines(complete, self.path)
        replay(entries, self.labels)
        replay_flags(entries, self.flags)
        self._end = size
        return frozenset(e.key for e in entries)

    def close(self) -> None:
        if self._descriptor >= 0:
            os.close(self._descriptor)
            self._descriptor = -1

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_journal(path: str | Path, by: str | None = None, clock: Clock = lambda: None,
                 durable: bool = True) -> LabelJournal:
    """Open (creating if needed) a journal for labelling and replay what it holds.

    Raises InputError before any labelling when the location cannot be written or the file is
    not a journal this version can read; such a file is left untouched.
    """
    path = Path(path)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as error:
        raise InputError(unwritable(path, error)) from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            data = read_all(descriptor)
            current, warnings = current_labels(data, path)
            flags = flags_in(split_torn_tail(data, path)[0], path)
            if len(data) < len(HEADER):
                os.ftruncate(descriptor, 0)
                write_all(descriptor, HEADER.encode())
                os.fsync(descriptor)
                data = HEADER.encode()
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    except BaseException:
        os.close(descriptor)
        raise
    return LabelJournal(path, descriptor, labels_from_frame(current), warnings,
                        by or default_labeller(), clock, durable, len(data),
                        line_ending(data.removeprefix(BOM)), flags)


def _restore(previous: Sequence[str], new_value: str | None) -> tuple[tuple[str, str], ...]:
    """Ops that bring a dimension back to `previous` after it was set to `new_value`."""
    if not previous:
        return (("remove", new_value),) if new_value is not None else ()
    return (("set", previous[0]),) + tuple(("add", v) for v in previous[1:])
