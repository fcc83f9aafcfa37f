"""The app's suggestion cache trains the model on a snapshot of the journal and uses it."""

from __future__ import annotations

from analysis.journal import open_journal
from analysis.suggest import MODEL, Suggester, TicketFacts
from supp_tui.labelling._suggestions import RETRAIN_AFTER, SuggestionCache


def test_cache_trains_when_labels_changed_enough_and_then_suggests_from_the_model(
        tmp_path, framework):
    kinds = (("frimp wobbly", "networking"), ("zorblet flaky", "metrics"),
             ("blorp full", "storage"))
    facts = {f"S-{n}": TicketFacts("", f"{kinds[n % 3][0]} {n}", (), ()) for n in range(61)}
    with open_journal(tmp_path / "board.labels.csv", by="ana") as journal:
        cache = SuggestionCache(journal)
        assert not cache.wants_training()
        cache.attach(Suggester(framework, facts, journal.labels))
        assert cache.wants_training()
        for n in range(60):
            journal.set(f"S-{n}", "macro_category", kinds[n % 3][1], False)
            cache.suggester.labels_changed(f"S-{n}")
        cache.use_model(cache.train())
        assert not cache.wants_training()
        (best,) = cache.suggestions("S-60")   # 60 % 3 == 0: a frimp
        assert (best.value, best.source) == ("networking", MODEL)
        for n in range(RETRAIN_AFTER):
            journal.set("S-60", "macro_category", "metrics" if n % 2 else "networking", False)
            journal.set("S-60", "macro_category", "networking" if n % 2 else "metrics", False)
        assert cache.wants_training()
