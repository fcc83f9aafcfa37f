"""Team options from a board's own team values: spelling variants grouped, ids, hotkeys."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from analysis.framework._model import Option
from analysis.framework._names import key_name, normalise_label, slugify

# Keys offered to the most frequent teams, in order.
TEAM_HOTKEYS = "1234567890"
# Words that only say "team" around a name: 'payments-team' is a spelling of 'payments'.
_TEAM_WORDS = re.compile(r"^(?:team|squad)\s+|\s+(?:team|squad)$")


@dataclass
class _Group:
    """The spellings of one team: spelling -> tickets, in the order first seen."""

    spellings: dict[str, int] = field(default_factory=dict)

    @property
    def tickets(self) -> int:
        return sum(self.spellings.values())

    def name(self) -> str:
        """The spelling to show: the most frequent one written with capitals or spaces, else
        the most frequent one."""
        ranked = sorted(self.spellings, key=lambda s: -self.spellings[s])
        display = [s for s in ranked if s != s.lower() or " " in s]
        return (display or ranked)[0]


def team_options(values: Sequence[tuple[str, int]], unavailable_keys: Collection[str] = ()
                 ) -> tuple[Option, ...]:
    """One option per team in `values` (value, tickets), most tickets first.

    Spellings that differ only in case, spaces, hyphens or underscores, in a leading or
    trailing 'team'/'squad', or by one inserted, dropped or swapped letter of a longer name
    become one option whose other spellings are aliases. The most frequent teams get the
    digit hotkeys that no key in `unavailable_keys` (characters or Textual key names) takes.
    """
    groups = _merge_near_spellings(_group_exact(values))
    groups.sort(key=lambda group: -group.tickets)
    taken = {folded for group in groups for folded in map(normalise_label, group.spellings)}
    blocked = {key_name(key) for key in unavailable_keys}
    hotkeys = iter(key for key in TEAM_HOTKEYS if key_name(key) not in blocked)
    options: list[Option] = []
    for group in groups:
        name = group.name()
        own = {normalise_label(spelling) for spelling in group.spellings}
        option_id = _unique_id(slugify(name), taken - own)
        taken.add(normalise_label(option_id))
        aliases = tuple(s for s in sorted(group.spellings, key=lambda s: -group.spellings[s])
                        if s != name)
        options.append(Option(id=option_id, name=name, hotkey=next(hotkeys, None),
                              aliases=aliases))
    return tuple(options)


def _group_exact(values: Sequence[tuple[str, int]]) -> list[_Group]:
    """Groups of spellings equal once case, separators and a 'team' word are ignored."""
    groups: dict[str, _Group] = {}
    for raw, tickets in values:
        spelling = " ".join(raw.split())
        if not spelling:
            continue
        folded = normalise_label(spelling)
        core = _TEAM_WORDS.sub("", folded) or folded
        group = groups.setdefault(core, _Group())
        group.spellings[spelling] = group.spellings.get(spelling, 0) + tickets
    return list(groups.values())


def _merge_near_spellings(groups: list[_Group]) -> list[_Group]:
    """Fold each group into the one bigger group exactly one letter away, when there is one."""
    ordered = sorted(groups, key=lambda group: -group.tickets)
    kept: list[_Group] = []
    for group in ordered:
        core = _core(group)
        near = [other for other in kept if _one_letter_apart(core, _core(other))]
        if len(near) == 1:
            near[0].spellings.update(group.spellings)
        else:
            kept.append(group)
    return kept


def _core(group: _Group) -> str:
    first = next(iter(group.spellings))
    folded = normalise_label(first)
    return _TEAM_WORDS.sub("", folded) or folded


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two names of 6+ characters differ by one inserted, dropped or swapped letter
    (not a digit, and never a changed letter: 'team-eu' and 'team-us' stay apart)."""
    if min(len(a), len(b)) < 6 or a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
                and a[diffs[0]].isalpha() and a[diffs[1]].isalpha())
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    index = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return long[index].isalpha() and short[index:] == long[index + 1:]


def _unique_id(base: str, taken: Collection[str]) -> str:
    """`base`, or `base_2`, `base_3`...: the first that is no spelling of another option."""
    candidate, number = base, 2
    while normalise_label(candidate) in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate
