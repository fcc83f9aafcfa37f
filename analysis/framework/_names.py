"""Spellings: how labels are compared, how option ids are made, how keys are named."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-]+")

# Textual names for the punctuation keys whose name is not their Unicode name.
_KEY_NAME_REPLACEMENTS = {
    "+": "plus", "-": "minus", "/": "slash", "@": "at", "\\": "backslash", "_": "underscore",
}


def normalise_label(raw: str) -> str:
    """Fold case and treat runs of spaces, underscores and hyphens as one space."""
    return _SEPARATORS.sub(" ", raw.strip().casefold()).strip()


def slugify(name: str) -> str:
    """An option id from a display name: ASCII lower_snake_case ('Büro Köln' -> 'buro_koln')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:48].strip("_")
    return slug or "option"


def key_name(key: str) -> str:
    """The Textual name of a key given as a character ('?' -> 'question_mark') or a name."""
    if len(key) != 1 or key.isalnum():
        return key.lower() if len(key) > 1 else key
    if key in _KEY_NAME_REPLACEMENTS:
        return _KEY_NAME_REPLACEMENTS[key]
    try:
        return unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return key
