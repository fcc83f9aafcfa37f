"""Flagging and unflagging tickets in an open journal, as changes undo takes back like labels."""

from __future__ import annotations

from analysis.journal._change import Change, Ops
from analysis.journal._flags import Flag, Flags, clean_note
from analysis.journal._format import FLAG_DIMENSION


class FlagWriting:
    """The flag operations of `LabelJournal`, which keeps `flags` in step with the file."""

    flags: Flags

    def _change(self, key: str, dimension: str, ops: Ops, inverse: Ops) -> Change:
        raise NotImplementedError

    def flags_of(self, key: str) -> list[Flag]:
        """The ticket's open flags from every labeller sharing the journal, oldest first."""
        return sorted(self.flags.get(key, {}).values(), key=lambda flag: (flag.at, flag.note))

    def flag(self, key: str, note: str) -> Change | None:
        """Flag the ticket with a note; None when the note is empty or already on it."""
        note = clean_note(note)
        if not note or note in self.flags.get(key, {}):
            return None
        return self._change(key, FLAG_DIMENSION, (("flag", note),), (("unflag", note),))

    def unflag(self, key: str, note: str) -> Change | None:
        """Take a note off the ticket; None when it is not on it."""
        if note not in self.flags.get(key, {}):
            return None
        return self._change(key, FLAG_DIMENSION, (("unflag", note),), (("flag", note),))
