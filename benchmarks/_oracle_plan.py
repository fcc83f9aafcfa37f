"""What the labelling oracle knows and plans before it presses a key, and how it reports.

The oracle knows the generator's hidden answers. For bulk labelling it looks for phrases a
human could read in the summaries and type as a table filter: a phrase is worth typing when
every ticket it finds shares one platform team, product and macro category, and it finds more
tickets than it costs keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import polars as pl

from analysis.framework import Framework
from analysis.sample import hidden_answers
from analysis.suggest import Suggestion

DIMENSIONS = ("platform_team", "product", "macro_category", "origin_team", "origin_location",
              "origin_service")
STORY_DIMENSIONS = ("platform_team", "product", "macro_category")
# Keys a bulk group costs besides typing its phrase: f, Enter, a (select), P, Enter (picker),
# Enter (confirm), team key, Enter, category key, Enter, a (unselect); about 3 picker letters.
BULK_OVERHEAD = 14
# A group is worth a bulk label when it labels this many tickets per key it costs: the
# per-ticket pass accepts right suggestions with the `.` it presses anyway, so a bulk label
# only saves the keys of the suggestions that would have been wrong.
TICKETS_PER_KEY = 3
MIN_SUMMARIES = 6  # a phrase must occur in this many summaries to be worth considering


def answers(tickets: int, seed: int, framework: Framework) -> dict[str, dict[str, str]]:
    """Ticket key -> dimension id -> the hidden answer's option id in `framework`."""
    frame = hidden_answers(tickets, seed)
    result: dict[str, dict[str, str]] = {}
    for row in frame.iter_rows(named=True):
        chosen: dict[str, str] = {}
        for dimension_id in DIMENSIONS:
            option = framework.dimension(dimension_id).resolve(row[dimension_id])
            if option is None:
                raise SystemExit(f"labels.toml has no {dimension_id} option {row[dimension_id]!r}")
            chosen[dimension_id] = option.id
        result[row["key"]] = chosen
    return result


def phrases(summary: str) -> Iterable[str]:
    """Runs of one to three words of a summary, as a reader would type them."""
    words = [w.strip(".,:;()'\"").casefold() for w in summary.split()]
    words = [w for w in words if w]
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            text = " ".join(words[start:start + size])
            if len(text) >= 4:
                yield text


def bulk_groups(tickets: pl.DataFrame, truth: dict[str, dict[str, str]]) -> list[str]:
    """Filter phrases, greedily: each finds only tickets sharing their story's answers, and
    TICKETS_PER_KEY times more not yet covered ones than it costs keys."""
    keys = tickets["key"].to_list()
    summaries = [s.casefold() for s in tickets["summary"].fill_null("").to_list()]
    descriptions = [s.casefold() for s in tickets["description"].fill_null("").to_list()]
    counts: Counter[str] = Counter()
    for summary in summaries:
        counts.update(set(phrases(summary)))
    pure: dict[str, set[int]] = {}
    for text, count in counts.items():
        if count < MIN_SUMMARIES:
            continue
        found = {row for row in range(len(keys)) if text in summaries[row]
                 or text in descriptions[row] or text in keys[row].casefold()}
        shared = {tuple(truth[keys[row]][d] for d in STORY_DIMENSIONS) for row in found}
        if len(shared) == 1:
            pure[text] = found
    chosen: list[str] = []
    covered: set[int] = set()
    while pure:
        text, found = max(pure.items(),
                          key=lambda item: (len(item[1] - covered) - len(item[0]), item[0]))
        if len(found - covered) <= TICKETS_PER_KEY * (len(text) + BULK_OVERHEAD):
            break
        chosen.append(text)
        covered |= found
        del pure[text]
    return chosen


@dataclass
class Tally:
    """Keys pressed by purpose, and the source of every label value the oracle applied."""

    keys: Counter[str] = field(default_factory=Counter)
    source: dict[tuple[str, str], str] = field(default_factory=dict)
    shown: Counter[tuple[str, str, bool]] = field(default_factory=Counter)
    _judged: set[tuple[str, Suggestion]] = field(default_factory=set)

    def applied(self, key: str, dimension_id: str, source: str) -> None:
        self.source[key, dimension_id] = source

    def seen(self, key: str, suggestion: Suggestion, right: bool) -> None:
        """A visible suggestion the oracle judged (whether it took it or not), counted once."""
        if (key, suggestion) not in self._judged:
            self._judged.add((key, suggestion))
            self.shown[suggestion.dimension, suggestion.source, right] += 1


def report(tally: Tally, labels: dict[str, dict[str, tuple[str, ...]]],
           truth: dict[str, dict[str, str]], complete: int, seconds: float) -> None:
    """Print accuracy per dimension and source, where the keys went, and the last line."""
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for key, dimensions in labels.items():
        for dimension_id, values in dimensions.items():
            for value in values:
                source = tally.source.get((key, dimension_id), "outside the oracle")
                total[dimension_id, source] += 1
                right[dimension_id, source] += value == truth.get(key, {}).get(dimension_id)
    print(f"labelled {len(truth):,} tickets in {seconds / 60:.1f} min")
    print("applied label values right, per dimension, by the source that spoke:")
    for dimension_id in DIMENSIONS:
        count = sum(n for (d, _), n in total.items() if d == dimension_id)
        good = sum(n for (d, _), n in right.items() if d == dimension_id)
        labelled = sum(1 for k in truth if truth[k][dimension_id] in labels.get(k, {}).get(
            dimension_id, ()))
        split = "  ".join(f"{s} {right[d, s] / n:.1%} of {n:,}"
                          for (d, s), n in sorted(total.items()) if d == dimension_id)
        share = f"{good / count:.1%}" if count else "—"
        print(f"  {dimension_id:16} right {share:>6}  has the answer {labelled / len(truth):6.1%}"
              f"   {split}")
    print("visible suggestions the oracle judged, right share by dimension and source:")
    for dimension_id in DIMENSIONS:
        judged = Counter({s: tally.shown[d, s, True] + tally.shown[d, s, False]
                          for d, s, _ in tally.shown if d == dimension_id})
        split = "  ".join(f"{s} {tally.shown[dimension_id, s, True] / n:.1%} of {n:,}"
                          for s, n in sorted(judged.items()))
        good = sum(tally.shown[dimension_id, s, True] for s in judged)
        share = f"{good / sum(judged.values()):.1%}" if judged else "—"
        print(f"  {dimension_id:16} all {share:>6}   {split or '—'}")
    pressed = sum(tally.keys.values())
    print(f"keys: {pressed:,} in all")
    for purpose, count in tally.keys.most_common():
        print(f"  {purpose:28} {count:7,}  {count / max(complete, 1):.2f} per complete ticket")
    applied = sum(total.values())
    right_share = sum(right.values()) / applied if applied else 0.0
    print(f"keys per complete ticket: {pressed / max(complete, 1):.2f}; "
          f"applied labels right: {right_share:.1%}; tickets: {complete}")
