"""The line of a key path in TOML text, so that messages can point into labels.toml."""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table

KeyPath = tuple[str | int, ...]


def line_of(text: str, location: KeyPath) -> int | None:
    """The 1-based line that writes `location`, or the longest part of it the text has.

    The item is marked in a tomlkit copy of the text (a leaf gets a marker value, a table a
    marker comment on its header) and the lines before the marker are counted.
    """
    marker = "line-of-marker"
    while marker in text:
        marker += "-"
    try:
        # tomlkit regroups a few layouts (interleaved arrays of tables): no lines for those.
        if tomlkit.dumps(tomlkit.parse(text)) != text:
            return None
    except TOMLKitError:
        return None
    for length in range(len(location), 0, -1):
        document = tomlkit.parse(text)
        rendered = tomlkit.dumps(document) if _mark(document, location[:length], marker) else ""
        if marker in rendered:
            return rendered.count("\n", 0, rendered.index(marker)) + 1
    return None


def _mark(document: tomlkit.TOMLDocument, path: KeyPath, marker: str) -> bool:
    """Put `marker` where `path` is written; False when the text has no such item.

    A table with no header of its own (`[a.b]` without `[a]`) is marked at its first item, an
    array of tables at its first table.
    """
    parent: Any = None
    node: Any = document
    key: str | int = ""
    for part in path:
        if isinstance(node, str):  # an index into a text value: mark the text itself
            break
        try:
            parent, node, key = node, node[part], part
        except (KeyError, IndexError, TypeError):
            return False
    while isinstance(node, Table) and node.is_super_table() and len(node):
        key = next(iter(node))
        parent, node = node, node[key]
    if isinstance(node, AoT) and len(node):
        node = node[0]
    if isinstance(node, Table):
        node.comment(marker)
    else:
        parent[key] = marker
    return True
