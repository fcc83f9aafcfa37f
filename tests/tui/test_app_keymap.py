"""labels.toml's [keys] table moves the app's keys: the moved key works, the old one is free,
and the help screen and footer show the new keys."""

from __future__ import annotations

from textual.widgets import Footer

from supp_tui.screens.help import HelpScreen

SIZE = (100, 32)


def remap(board, table: str) -> None:
    labels = board.parent / "labels.toml"
    labels.write_text(labels.read_text(encoding="utf-8") + f"\n[keys]\n{table}\n",
                      encoding="utf-8")


async def test_remapped_undo_works_and_the_old_key_does_nothing(board, build_app, settle):
    remap(board, 'undo = "U"')
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m")
        assert app.session.values("macro_category") == ("metrics",)
        await pilot.press("u")
        assert app.session.values("macro_category") == ("metrics",)
        await pilot.press("U")
        assert app.session.values("macro_category") == ()


async def test_help_and_footer_show_the_mapped_keys(board, build_app, settle):
    remap(board, 'undo = "U"\nfilter = "ctrl+f"')
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer_keys = {binding.id: key for key, binding in
                       ((k, b.binding) for k, b in app.active_bindings.items())}
        assert footer_keys["undo"] == "U" and footer_keys["filter"] == "ctrl+f"
        assert app.screen.query_one(Footer) is not None
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {description: keys for _, keys, description in app.screen.rows}
        assert rows["Undo"] == "U"
        assert rows["Filter"] == "^f"
