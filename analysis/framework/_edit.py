"""Framework text edited in place with tomlkit: options appended, every comment kept."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence

import tomlkit
from tomlkit.items import AoT, Array, Comment, InlineTable, Table, Whitespace

Fields = Mapping[str, str]


def with_options(text: str, dimension_index: int, options: Sequence[Fields]) -> str:
    """`text` with `options` appended to its dimension number `dimension_index`.

    Options written as `[[dimensions.options]]` get new blocks after the dimension's last one,
    before any comments and blank lines that close it (a comment that introduces the next
    section stays with that section); options written inline get new inline tables. A CRLF
    file stays CRLF, and a last line without a line end gets one.
    """
    crlf = "\r\n" in text and "\n" not in text.replace("\r\n", "")
    ended = text if text.endswith("\n") or not text else text + ("\r\n" if crlf else "\n")
    document = tomlkit.parse(ended)
    dimension = dimension_table(document, dimension_index)
    existing = dimension.get("options")
    if isinstance(existing, Array):
        existing.extend(_inline_table(option) for option in options)
    elif isinstance(dimension, InlineTable) and existing is None:
        dimension["options"] = [_inline_table(option) for option in options]
    elif isinstance(dimension, Table) and isinstance(existing, AoT | None):
        _append_tables(dimension, existing, options)
    else:
        raise RuntimeError(f"Dimension {dimension_index} of labels.toml has no place for options.")
    rendered = crlf_kept(text, tomlkit.dumps(document))
    _check_only_added(text, rendered, dimension_index, options)
    return rendered


def crlf_kept(before: str, rendered: str) -> str:
    """`rendered` with CRLF line ends when the text it was made from had only those."""
    if "\r\n" in before and "\n" not in before.replace("\r\n", ""):
        return re.sub(r"(?<!\r)\n", "\r\n", rendered)
    return rendered


def dimension_table(document: tomlkit.TOMLDocument, index: int) -> Table | InlineTable:
    """The table of dimension number `index`, written as `[[dimensions]]` or inline."""
    dimensions = document.get("dimensions")
    dimension = dimensions[index] if isinstance(dimensions, AoT | Array) else None
    if not isinstance(dimension, Table | InlineTable):
        raise RuntimeError(f"labels.toml has no dimension number {index}.")
    return dimension


def _append_tables(dimension: Table, existing: AoT | None, options: Sequence[Fields]) -> None:
    """Append one `[[dimensions.options]]` table per option, moving the trailing comments and
    blank lines of the table they follow to after the new ones."""
    anchor = dimension if existing is None else existing[-1]
    trailing = detach_trailing_trivia(anchor)
    anchor.add(tomlkit.nl())
    tables = [_table(option) for option in options]
    for table in tables[:-1]:
        table.add(tomlkit.nl())
    for item in trailing:
        tables[-1].add(item)
    if existing is None:
        dimension.append("options", tomlkit.aot())
        existing = dimension["options"]
    for table in tables:
        existing.append(table)


def detach_trailing_trivia(table: Table) -> list[Comment | Whitespace]:
    """Remove and return the comments and blank lines at the end of a table's own lines."""
    body = table.value.body
    trailing: list[Comment | Whitespace] = []
    while body and body[-1][0] is None:
        item = body[-1][1]
        if not isinstance(item, Comment | Whitespace):
            break
        trailing.insert(0, item)
        body.pop()
    return trailing


def _table(option: Fields) -> Table:
    table = tomlkit.table()
    for key, value in option.items():
        table.add(key, value)
    return table


def _inline_table(option: Fields) -> InlineTable:
    table = tomlkit.inline_table()
    table.update(option)
    return table


def _check_only_added(before: str, after: str, index: int, options: Sequence[Fields]) -> None:
    """Raise if the edit changed anything but appending `options` (a bug, never user error)."""
    expected = tomllib.loads(before)
    expected["dimensions"][index].setdefault("options", []).extend(map(dict, options))
    if tomllib.loads(after) != expected:
        raise RuntimeError("Adding options to labels.toml would have changed other data.")
