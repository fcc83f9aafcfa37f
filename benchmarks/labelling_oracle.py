"""An oracle labeller on a generated board, through the real app (Textual's Pilot).

The oracle knows the generator's hidden answers and works like a careful apprentice. First, in
the table (`=`), it types filter phrases read from summaries whose tickets share a platform
team, product and macro category, selects them all and labels them (confirming each bulk
label). Then it steps through every ticket (`n`) and fills what is still missing: `a` when
every visible suggestion is right, else it first gives a wrongly suggested dimension its answer
(the option's key, or the picker with just enough letters typed for the answer to be
highlighted) so that `a` can take the rest. Every key is counted.
Run: python benchmarks/labelling_oracle.py [--tickets 3000] [--seed 7] [--size 160x48]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

from _oracle_plan import DIMENSIONS, STORY_DIMENSIONS, Tally, answers, bulk_groups, report
from textual import events
from textual.app import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList

from analysis.framework import Dimension
from supp_tui.app import LabelApp, make_app
from supp_tui.commands.demo import prepare_demo
from supp_tui.screens.confirm import ConfirmScreen
from supp_tui.screens.label_screen import LabelScreen
from supp_tui.screens.picker import PickerScreen
from supp_tui.screens.table import TableScreen
from supp_tui.widgets.suggestion_bar import SuggestionBar

SETTLE = 3  # rounds of waiting for the screen's queues after each key
MAX_STEPS = 16  # actions on one ticket before the oracle gives up on it (a bug, if ever)


MORE, DONE, MOVED = "more", "done", "moved"  # what one action on a ticket left to do


class Oracle:
    """Presses keys in the app and counts them by purpose."""

    def __init__(self, app: LabelApp, pilot: Pilot[None], truth: dict[str, dict[str, str]]):
        self.app = app
        self.pilot = pilot
        self.truth = truth
        self.tally = Tally()
        self.gave_up: list[str] = []

    async def press(self, purpose: str, *keys: str) -> None:
        """Send keys as Pilot does, but wait for the screen's queues to drain rather than for
        the process to look idle (which, on a loaded machine, takes most of the run)."""
        for key in keys:
            name = _character_to_key(key) if len(key) == 1 and not key.isalnum() else key
            char: str | None
            try:
                char = unicodedata.lookup(
                    _get_unicode_name_from_key(REPLACED_KEYS.get(name, name)))
            except KeyError:
                char = name if len(name) == 1 else None
            event = events.Key(name, char)
            event.set_sender(self.app)
            assert self.app._driver is not None
            self.app._driver.send_message(event)
            for _ in range(SETTLE):
                await self.pilot._wait_for_screen()
            self.tally.keys[purpose] += 1

    async def on_screen(self, kind: type[Screen[Any]]) -> Screen[Any]:
        """The screen on top, once it is of this kind (screens come and go between keys)."""
        for _ in range(100):
            if isinstance(self.app.screen, kind):
                return self.app.screen
            await self.pilot.pause()
        raise RuntimeError(f"expected {kind.__name__}, the app shows {self.app.screen!r}")

    async def type(self, purpose: str, text: str) -> None:
        await self.press(purpose, *text)

    async def confirm(self) -> None:
        """Answer yes when a bulk label asks first."""
        await self.pilot.pause()
        if isinstance(self.app.screen, ConfirmScreen):
            await self.press("bulk: confirm", "enter")

    async def pick(self, purpose: str, option_id: str) -> bool:
        """In an open picker, type the option's name letter by letter until it is highlighted,
        then Enter; False when it never is."""
        screen = await self.on_screen(PickerScreen)
        assert isinstance(screen, PickerScreen)
        name = screen.dimension.name_of(option_id)
        options = screen.query_one(OptionList)
        for typed in range(len(name) + 1):
            if typed:
                await self.press(f"{purpose}: type", name[typed - 1])
            highlighted = options.highlighted
            if highlighted is not None and options.get_option_at_index(
                    highlighted).id == option_id:
                await self.press(f"{purpose}: Enter", "enter")
                return True
        await self.press(f"{purpose}: Esc", "escape")
        return False

    # ---- bulk, in the table ------------------------------------------------------------------
    async def bulk(self, phrases: list[str]) -> None:
        await self.press("bulk: open/close table", "=")
        screen = await self.on_screen(TableScreen)
        assert isinstance(screen, TableScreen)
        framework = self.app.session.framework
        for phrase in phrases:
            await self.press("bulk: filter", "f")
            await self.type("bulk: filter text", phrase)
            await self.press("bulk: filter", "enter")
            await self.pilot.pause()
            keys = [screen.rows.keys[row] for row in screen.rows.view]
            shared = {tuple(self.truth[k][d] for d in STORY_DIMENSIONS) for k in keys}
            if len(shared) != 1:
                continue  # the table found more than planned: leave the group to the ticket pass
            answer = dict(zip(STORY_DIMENSIONS, shared.pop(), strict=True))
            await self.press("bulk: select", "a")
            for dimension_id in STORY_DIMENSIONS:
                dimension = framework.dimension(dimension_id)
                if all(answer[dimension_id] in self.app.session.values(dimension_id, k)
                       for k in keys):
                    continue
                if dimension.key:
                    await self.press("bulk: picker", dimension.key)
                    if not await self.pick("bulk: picker", answer[dimension_id]):
                        continue
                else:
                    await self.press("bulk: label key", _hotkey(dimension, answer[dimension_id]))
                await self.confirm()
                for key in keys:
                    self.tally.applied(key, dimension_id, "bulk")
            await self.press("bulk: select", "a")  # select none before the next filter
        await self.press("bulk: open/close table", "escape")

    # ---- one ticket at a time ----------------------------------------------------------------
    async def ticket_pass(self) -> None:
        session = self.app.session
        session.jump(session.keys[session.view[0]])
        await self.pilot.pause()
        moved = False
        for position in range(len(session.view)):
            if position and not moved:
                await self.press("step to next ticket", "n")
            key = session.key
            assert key is not None
            last = position == len(session.view) - 1
            for _ in range(MAX_STEPS):
                step = await self.fill_one(key, last)
                moved = step == MOVED
                if step != MORE:
                    break
            else:
                self.gave_up.append(key)

    def missing(self, key: str) -> list[str]:
        """Dimensions whose values are not exactly the answer."""
        values = self.app.session.values
        return [d for d in DIMENSIONS if values(d, key) != (self.truth[key][d],)]

    async def fill_one(self, key: str, last: bool) -> str:
        """One action towards the ticket's answers: MORE when more may be needed, DONE when
        nothing is left, MOVED when `.` took the rest and moved to the next ticket."""
        missing = self.missing(key)
        if not missing:
            return DONE
        truth = self.truth[key]
        screen = await self.on_screen(LabelScreen)
        shown = screen.query_one(SuggestionBar).visible_suggestions()
        visible = [s for s in shown if not s.conflict]
        for suggestion in visible:
            self.tally.seen(key, suggestion, suggestion.value == truth[suggestion.dimension])
        wrong = [s for s in visible if s.value != truth[s.dimension]]
        if wrong:  # give that dimension its answer first, so that `a` can take the rest
            await self.label_one(key, wrong[0].dimension)
            return MORE
        useful = [s for s in visible if s.dimension in missing]
        if useful and all(s.value == truth[s.dimension] for s in visible) and not last \
                and set(missing) <= {s.dimension for s in visible}:
            await self.press("accept: . (and next)", "full_stop")
            for suggestion in visible:
                self.tally.applied(key, suggestion.dimension, suggestion.source or "suggested")
            return MOVED
        if useful and all(s.value == truth[s.dimension] for s in visible):
            enter = len(shown) == 1
            await self.press("accept: Enter" if enter else "accept: a", "enter" if enter else "a")
            for suggestion in visible:
                self.tally.applied(key, suggestion.dimension, suggestion.source or "suggested")
            return MORE
        top = shown[0] if shown else None
        if top is not None and top in useful and top.value == truth[top.dimension]:
            await self.press("accept: Enter", "enter")
            self.tally.applied(key, top.dimension, top.source or "suggested")
            return MORE
        await self.label_one(key, missing[0])
        return MORE

    async def label_one(self, key: str, dimension_id: str) -> None:
        """Give one dimension its answer by key or picker, first taking off wrong values."""
        session = self.app.session
        dimension = session.framework.dimension(dimension_id)
        answer = self.truth[key][dimension_id]
        wrong = [v for v in session.values(dimension_id, key) if v != answer]
        target = wrong[0] if wrong and dimension.multi else answer
        if target == answer:
            self.tally.applied(key, dimension_id, "typed")
        if dimension.key:
            await self.press("picker", dimension.key)
            await self.pick("picker", target)
        else:
            await self.press("label key", _hotkey(dimension, target))


def _hotkey(dimension: Dimension, option_id: str) -> str:
    option = dimension.option(option_id)
    assert option.hotkey, f"{dimension.id}: {option_id} has no hotkey and no picker"
    return option.hotkey


async def run(board: Path, tickets: int, seed: int, size: tuple[int, int]) -> None:
    app = make_app([board], by="oracle", durable=False)
    started = time.perf_counter()
    async with app.run_test(size=size) as pilot:
        while app._session is None or app._session.index is None:
            await pilot.pause(0.1)
        session = app.session
        truth = answers(tickets, seed, session.framework)
        phrases = bulk_groups(session.tickets, truth)
        print(f"{len(phrases)} bulk filter phrases, e.g. {', '.join(map(repr, phrases[:5]))}")
        oracle = Oracle(app, pilot, truth)
        await oracle.bulk(phrases)
        bulk_keys = sum(oracle.tally.keys.values())
        print(f"bulk phase: {bulk_keys:,} keys in {(time.perf_counter() - started) / 60:.1f} min")
        await oracle.ticket_pass()
        labels = {key: {d: session.values(d, key) for d in DIMENSIONS if session.values(d, key)}
                  for key in session.keys}
        complete = sum(session.completeness.is_complete(key) for key in session.keys)
        if oracle.gave_up:
            print(f"gave up on {len(oracle.gave_up)} tickets, e.g. {oracle.gave_up[:5]}")
        report(oracle.tally, labels, truth, complete, time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size", default="160x48", help="terminal size, COLUMNSxROWS")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as folder:
        board = prepare_demo(Path(folder) / "demo", args.tickets, args.seed)
        asyncio.run(run(board, args.tickets, args.seed, (width, height)))


if __name__ == "__main__":
    main()
