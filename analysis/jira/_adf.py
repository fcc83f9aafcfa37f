"""Atlassian Document Format (the JSON tree Jira Cloud's v3 API gives bodies in) as plain text.

Block nodes (paragraphs, headings, list items, code blocks, ...) end their own line, with a
blank line between paragraphs outside lists (as Jira shows them); inline nodes add their text; a node this reader does not know gives the text of its children, so
an odd or new node type never loses text and never raises.
"""

from __future__ import annotations

from typing import Any

_SPACED = frozenset({"paragraph", "heading", "codeBlock", "blockquote", "panel"})
_LISTS = frozenset({"bulletList", "orderedList", "taskList", "decisionList"})
_BLOCKS = frozenset({
    "paragraph", "heading", "listItem", "codeBlock", "blockquote", "rule", "panel",
    "tableRow", "mediaSingle", "mediaGroup", "decisionItem", "taskItem", "expand",
    "nestedExpand", "blockCard", "embedCard",
})


def adf_text(document: Any) -> str:
    """The plain text of an ADF document (or of any node); strings are returned as they are."""
    if isinstance(document, str):
        return document
    lines: list[str] = []
    current: list[str] = []
    _walk(document, lines, current)
    _end_line(lines, current)
    return "\n".join(lines).strip("\n")


def _walk(node: Any, lines: list[str], current: list[str], in_list: bool = False) -> None:
    """Append `node`'s text to the line being built, ending lines at block nodes."""
    if isinstance(node, list):
        for child in node:
            _walk(child, lines, current, in_list)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    found = node.get("attrs")
    attrs: dict[str, Any] = found if isinstance(found, dict) else {}
    inline = _inline_text(kind, node, attrs)
    if inline is not None:
        current.append(inline)
        return
    if kind == "hardBreak":
        _end_line(lines, current, keep_empty=True)
        return
    block = kind in _BLOCKS
    if block:
        _end_line(lines, current)
        if kind in _SPACED and not in_list and lines and lines[-1] != "":
            lines.append("")
    _walk(node.get("content"), lines, current, in_list or kind in _LISTS)
    if block:
        _end_line(lines, current)


def _inline_text(kind: Any, node: dict[str, Any], attrs: dict[str, Any]) -> str | None:
    """The text an inline leaf node shows, or None for nodes that are not such leaves."""
    if kind == "text":
        return str(node.get("text") or "")
    if kind == "mention":
        return str(attrs.get("text") or attrs.get("id") or "")
    if kind == "emoji":
        return str(attrs.get("text") or attrs.get("shortName") or "")
    if kind == "inlineCard":
        return str(attrs.get("url") or "")
    if kind == "date":
        return str(attrs.get("timestamp") or "")
    if kind == "status":
        return str(attrs.get("text") or "")
    return None


def _end_line(lines: list[str], current: list[str], keep_empty: bool = False) -> None:
    """Close the line being built (an empty one only after a hard break)."""
    if current or keep_empty:
        lines.append("".join(current))
        current.clear()
