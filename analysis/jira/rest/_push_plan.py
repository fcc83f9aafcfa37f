"""The plan of a label push, pure: per issue, the labels to add (missing from Jira), those
already there, and those to remove (only when asked)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class IssuePlan:
    """What a push does to one issue's labels."""

    key: str
    add: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    @property
    def changes(self) -> bool:
        return bool(self.add or self.remove)

    def update(self) -> dict[str, list[dict[str, str]]]:
        """The body of Jira's issue edit that makes these changes."""
        operations = [{"add": label} for label in self.add]
        operations += [{"remove": label} for label in self.remove]
        return {"labels": operations}


@dataclass(frozen=True)
class PushPlan:
    """The plan for every issue, and the keys Jira did not return (deleted or moved)."""

    issues: tuple[IssuePlan, ...]
    missing: tuple[str, ...] = ()

    @property
    def changing(self) -> tuple[IssuePlan, ...]:
        return tuple(issue for issue in self.issues if issue.changes)

    def count(self, what: str) -> int:
        """How many labels all issues have in `what` ("add", "present" or "remove")."""
        return sum(len(getattr(issue, what)) for issue in self.issues)


def plan_issue(key: str, current: Sequence[str], wanted: Iterable[str],
               unwanted: Iterable[str] = ()) -> IssuePlan:
    """The plan for one issue with `current` Jira labels: add the `wanted` ones it lacks, and
    remove the `unwanted` ones it has unless they are also wanted (labels compare ignoring
    case, the way Jira's search matches them)."""
    have = {label.casefold(): label for label in current}
    add: list[str] = []
    present: list[str] = []
    wanted_folded: set[str] = set()
    for label in wanted:
        folded = label.casefold()
        if folded in wanted_folded:
            continue
        wanted_folded.add(folded)
        (present if folded in have else add).append(have.get(folded, label))
    remove = [have[f] for f in dict.fromkeys(u.casefold() for u in unwanted)
              if f in have and f not in wanted_folded]
    return IssuePlan(key, tuple(add), tuple(present), tuple(remove))


def plan_push(current: Mapping[str, Sequence[str]], wanted: Mapping[str, Sequence[str]],
              unwanted: Mapping[str, Sequence[str]] | None = None) -> PushPlan:
    """The plan for every issue in `wanted` or `unwanted` (in that order); keys missing from
    `current` (what Jira returned) are listed apart and left alone."""
    unwanted = unwanted or {}
    keys = list(dict.fromkeys([*wanted, *unwanted]))
    issues = tuple(plan_issue(key, current[key], wanted.get(key, ()), unwanted.get(key, ()))
                   for key in keys if key in current)
    return PushPlan(issues, tuple(key for key in keys if key not in current))
