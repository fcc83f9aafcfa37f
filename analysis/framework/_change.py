"""Options renamed or removed in framework text with tomlkit, every comment kept."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array

from analysis.framework._edit import crlf_kept, detach_trailing_trivia, dimension_table
from analysis.framework._model import Option
from analysis.framework._names import normalise_label


def with_option_renamed(text: str, dimension_index: int, option_index: int,
                        fields: dict[str, Any]) -> str:
    """`text` with the fields of one option set (id, name, aliases), nothing else changed."""
    document = tomlkit.parse(text)
    option = _options(document, dimension_index)[option_index]
    for name, value in fields.items():
        option[name] = value
    rendered = crlf_kept(text, tomlkit.dumps(document))
    expected = tomllib.loads(text)
    expected["dimensions"][dimension_index]["options"][option_index].update(fields)
    _check(rendered, expected, "Renaming")
    return rendered


def without_option(text: str, dimension_index: int, option_index: int) -> str:
    """`text` with one option of a dimension taken out, nothing else changed."""
    document = tomlkit.parse(text)
    options = _options(document, dimension_index)
    if isinstance(options, AoT):
        _keep_trailing_comments(options, option_index)
    del options[option_index]
    rendered = crlf_kept(text, tomlkit.dumps(document))
    expected = tomllib.loads(text)
    del expected["dimensions"][dimension_index]["options"][option_index]
    _check(rendered, expected, "Removing")
    return rendered


def renamed_fields(option: Option, name: str, new_id: str,
                   also: Sequence[str] = ()) -> dict[str, Any]:
    """The id, name and aliases of `option` renamed to `name`: the old id and name (and the
    spellings in `also`) become aliases, so journals and exports written with them resolve."""
    spellings = {normalise_label(spelling) for spelling in (new_id, name)}
    aliases: list[str] = []
    for alias in (*option.aliases, option.name, option.id, *also):
        folded = normalise_label(alias)
        if folded not in spellings:
            spellings.add(folded)
            aliases.append(alias)
    fields: dict[str, Any] = {"id": new_id, "name": name}
    if aliases != list(option.aliases):
        fields["aliases"] = aliases
    return fields


def _keep_trailing_comments(options: AoT, index: int) -> None:
    """Move the comments and blank lines that close option `index` (they introduce what comes
    next) before the next option's header, or to the end of the option before it."""
    trailing = detach_trailing_trivia(options[index])
    if index + 1 < len(options):
        following = options[index + 1]
        following.trivia.indent = "".join(item.as_string() for item in trailing) + \
            following.trivia.indent
    elif index > 0:
        for item in trailing:
            options[index - 1].add(item)


def _options(document: tomlkit.TOMLDocument, dimension_index: int) -> AoT | Array:
    options = dimension_table(document, dimension_index).get("options")
    if not isinstance(options, AoT | Array):
        raise TypeError(f"Dimension {dimension_index} of labels.toml has no options.")
    return options


def _check(rendered: str, expected: dict[str, Any], doing: str) -> None:
    """Raise if the edit changed anything but what it meant to (a bug, never user error)."""
    if tomllib.loads(rendered) != expected:
        raise RuntimeError(f"{doing} an option in labels.toml would have changed other data.")
