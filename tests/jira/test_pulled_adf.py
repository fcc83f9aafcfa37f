"""Atlassian Document Format bodies as plain text."""

from __future__ import annotations

from analysis.jira import adf_text


def text(value: str) -> dict:
    return {"type": "text", "text": value}


def paragraph(*content: dict) -> dict:
    return {"type": "paragraph", "content": list(content)}


def doc(*content: object) -> dict:
    return {"type": "doc", "version": 1, "content": list(content)}


def test_paragraphs_are_separated_by_a_blank_line():
    assert adf_text(doc(paragraph(text("Hi")), paragraph(text("It broke.")))) == "Hi\n\nIt broke."


def test_hard_breaks_and_mentions():
    body = doc(paragraph(text("Hi "), {"type": "mention", "attrs": {"id": "1", "text": "@Ann"}},
                         {"type": "hardBreak"}, text("see "),
                         {"type": "inlineCard", "attrs": {"url": "https://x/1"}}))
    assert adf_text(body) == "Hi @Ann\nsee https://x/1"


def test_list_items_on_their_own_lines():
    items = [{"type": "listItem", "content": [paragraph(text(t))]} for t in ("one", "two")]
    body = doc(paragraph(text("Steps:")), {"type": "bulletList", "content": items},
               {"type": "codeBlock", "content": [text("kubectl get pods")]})
    assert adf_text(body) == "Steps:\none\ntwo\n\nkubectl get pods"


def test_unknown_and_odd_nodes_never_raise():
    body = doc({"type": "newThing", "content": [text("kept")]}, None, 5, "x",
               {"type": "text"}, {"content": "not a list"}, {"type": "mention", "attrs": None})
    assert adf_text(body) == "kept"
    assert adf_text(None) == ""
    assert adf_text("plain") == "plain"
