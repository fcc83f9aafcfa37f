"""How often the top suggestion is what the labeller then chose, on a generated board.

A simulated labeller goes through the board in the app's order and gives every ticket the
generator's hidden answers (macro category, product, originating team/location/service, the
first platform team); options the framework lacks are added on the spot, as a labeller would.
Before labelling each ticket we record what the app would suggest. Printed: how often the
suggestion Enter accepts is right, and per dimension how often a suggestion is shown
(coverage), how often the shown one is right (top-1 accuracy), split by the source that spoke.
Run: python benchmarks/suggestion_acceptance.py [--tickets N] [--seed S] [--retrain N]
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections import Counter
from pathlib import Path

from analysis.framework import Framework, Option, load_framework
from analysis.jira import read_export
from analysis.sample import sample_frame, write_sample
from analysis.suggest import SOURCES, train_model
from supp_tui.labelling import build_index

TRUTH = {
    "macro_category": "_macro_category", "product": "_product", "origin_team": "_origin_team",
    "origin_location": "_origin_location", "origin_service": "_origin_service",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--retrain", type=int, default=250,
                        help="retrain the model every N tickets (0: no model)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        board = write_sample(Path(folder) / "board.csv", tickets=args.tickets, seed=args.seed)
        framework = load_framework(None)
        tickets = read_export([board], framework).tickets
    truth = answers(args.tickets, args.seed)
    framework = with_missing_options(framework, truth)
    report(simulate(tickets, framework, truth, args.retrain), args.tickets)


def answers(tickets: int, seed: int) -> dict[str, dict[str, str]]:
    """Ticket key -> dimension id -> the generator's hidden answer (option name)."""
    frame = sample_frame(tickets, seed=seed)
    result: dict[str, dict[str, str]] = {}
    for row in frame.select("Issue key", *TRUTH.values(), "_platform_teams").iter_rows(named=True):
        chosen = {dimension: row[column] for dimension, column in TRUTH.items() if row[column]}
        if row["_platform_teams"]:
            chosen["platform_team"] = row["_platform_teams"][0]
        result[row["Issue key"]] = chosen
    return result


def with_missing_options(framework: Framework, truth: dict[str, dict[str, str]]) -> Framework:
    """The framework plus an option for every answer it cannot resolve (added on the spot)."""
    dimensions = []
    for dimension in framework.dimensions:
        names = sorted({answer[dimension.id] for answer in truth.values()
                        if dimension.id in answer and dimension.resolve(answer[dimension.id]) is None})
        extra = tuple(Option(id=slug(name), name=name) for name in names)
        dimensions.append(dimension.model_copy(update={"options": dimension.options + extra}))
    return framework.model_copy(update={"dimensions": tuple(dimensions)})


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") or "option"


def simulate(tickets, framework: Framework, truth, retrain: int) -> dict[str, Counter]:
    """Label every ticket with its answers, recording what was suggested just before; the
    model is retrained every `retrain` tickets, as the app's worker would."""
    labels: dict[str, dict[str, list[str]]] = {}
    index = build_index(tickets, framework, labels)
    suggester = index.suggester
    tally: dict[str, Counter] = {"enter": Counter(), "sources": Counter(),
                                 **{d.id: Counter() for d in framework.dimensions}}
    for number, key in enumerate(tickets["key"].to_list()):
        if retrain and number and number % retrain == 0:
            suggester.use_model(train_model(index.facts, labels))
        chosen = {dimension_id: framework.dimension(dimension_id).resolve(name).id
                  for dimension_id, name in truth.get(key, {}).items()}
        suggestions = suggester.suggest(key)
        if suggestions:
            top = suggestions[0]
            if top.dimension in chosen:
                tally["enter"]["right" if chosen[top.dimension] == top.value else "wrong"] += 1
        shown = {s.dimension: s for s in suggestions}
        for dimension_id, value in chosen.items():
            counter = tally[dimension_id]
            counter["tickets"] += 1
            if dimension_id in shown:
                right = shown[dimension_id].value == value
                source = shown[dimension_id].source
                counter["shown"] += 1
                counter["right"] += right
                counter[source, "shown"] += 1
                counter[source, "right"] += right
                tally["sources"][source, "shown"] += 1
                tally["sources"][source, "right"] += right
        labels[key] = {dimension_id: [value] for dimension_id, value in chosen.items()}
        suggester.labels_changed(key)
    return tally


def report(tally: dict[str, Counter], tickets: int) -> None:
    enter = tally.pop("enter")
    sources = tally.pop("sources")
    judged = enter["right"] + enter["wrong"]
    print(f"{tickets:,} tickets labelled in board order by their hidden answers")
    print(f"top suggestion (Enter) right: {enter['right'] / judged:.1%} of {judged:,} tickets "
          f"where it named a dimension the labeller filled")
    print("top-1 per dimension (suggested on / right of those), then by the source that spoke:")
    for dimension_id, counter in tally.items():
        if not counter["tickets"]:
            continue
        shown = counter["shown"]
        precision = f"{counter['right'] / shown:.1%}" if shown else "—"
        split = "  ".join(f"{source} {counter[source, 'right'] / counter[source, 'shown']:.1%}"
                          f" of {counter[source, 'shown']:,}"
                          for source in SOURCES if counter[source, "shown"])
        print(f"  {dimension_id:16} on {shown / counter['tickets']:6.1%}, right {precision:>6}"
              f"   {split}")
    print("by source of the suggestion shown:")
    for source in SOURCES:
        shown = sources[source, "shown"]
        if shown:
            print(f"  {source:16} {shown:6,} shown, right {sources[source, 'right'] / shown:.1%}")


if __name__ == "__main__":
    main()
