"""ctrl+o shows the shown ticket's Jira link and copies it; without a site it says how to set
one."""

from __future__ import annotations

from analysis.jira import PullRecord, save_pull_record
from supp_tui.screens.help import HelpScreen

SIZE = (100, 32)
SITE_EXAMPLE = '# site = "https://example.atlassian.net"'


def set_site(board, site: str) -> None:
    labels = board.parent / "labels.toml"
    text = labels.read_text(encoding="utf-8")
    assert SITE_EXAMPLE in text
    labels.write_text(text.replace(SITE_EXAMPLE, f'site = "{site}"'), encoding="utf-8")


def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def test_ctrl_o_shows_and_copies_the_link_from_labels_toml(board, build_app, settle):
    set_site(board, "https://example.atlassian.net/")
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        key = app.session.key
        await pilot.press("ctrl+o")
        link = f"https://example.atlassian.net/browse/{key}"
        assert app.clipboard == link
        assert any(m.startswith(link) and "clipboard where the terminal allows" in m
                   for m in messages(app))


async def test_ctrl_o_uses_the_site_a_pull_recorded(board, build_app, settle):
    save_pull_record(board, PullRecord(site="https://jira.example.org", api="server",
                                       jql="project = SUPP", pulled_at="2026-11-30T00:00:00Z"))
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "ctrl+o")
        assert app.clipboard == f"https://jira.example.org/browse/{app.session.key}"


async def test_ctrl_o_without_a_site_says_how_to_set_one(board, build_app, settle):
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        assert app.clipboard == ""
        [message] = [m for m in messages(app) if "Jira site" in m]
        assert "[jira]" in message and 'site = "https://' in message
        assert str(board.parent / "labels.toml") in message


async def test_the_link_key_is_in_help_and_can_be_moved(board, build_app, settle):
    labels = board.parent / "labels.toml"
    labels.write_text(labels.read_text(encoding="utf-8") + '\n[keys]\nopen_link = "ctrl+l"\n',
                      encoding="utf-8")
    set_site(board, "https://example.atlassian.net")
    app = build_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        assert app.clipboard == ""
        await pilot.press("ctrl+l")
        assert app.clipboard.endswith(f"/browse/{app.session.key}")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {description: keys for _, keys, description in app.screen.rows}
        assert rows["Jira link"] == "^l"
