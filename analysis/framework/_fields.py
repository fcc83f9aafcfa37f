"""The strict frozen base model and the field types that labels.toml is written in."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field


class Frozen(BaseModel):
    """Base of the framework model: unknown keys are errors, values are never coerced from
    another TOML type, and instances never change.

    A field marked `exclude=True` is filled in by the loader, never written in the file.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with `update` applied, validated like the original, so lookups derived from
        the fields are built afresh."""
        values = {name: getattr(self, name) for name in type(self).model_fields}
        copied = self.model_validate({**values, **(update or {})})
        return copy.deepcopy(copied) if deep else copied


def as_tuple(value: object) -> object:
    """A TOML array (a list) as a tuple; anything else is left for validation to refuse."""
    return tuple(value) if isinstance(value, list) else value


def check_hotkey(value: str) -> str:
    """Accept one printable, non-space character, as typed on the keyboard."""
    if len(value) != 1 or not value.isprintable() or value.isspace():
        raise ValueError(f"must be one printable character such as 'k' or 'K', not {value!r}")
    return value


_KEY_NAME = re.compile(r"^((ctrl|shift|alt|meta|super)\+)*([a-z0-9_]{2,}|[a-z0-9])$")


def check_key(value: str) -> str:
    """Accept one character as typed, or a Textual key name such as 'f2', 'space', 'ctrl+u'."""
    if len(value) == 1:
        return check_hotkey(value)
    if not _KEY_NAME.match(value):
        raise ValueError(f"must be one character such as 'U' or a key name such as 'f2', "
                         f"'space' or 'ctrl+u', not {value!r}")
    return value


def as_key_list(value: object) -> object:
    """One key written as text, or several as a TOML array, as a tuple of keys."""
    return (value,) if isinstance(value, str) else as_tuple(value)


Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, Field(min_length=1)]
Texts = Annotated[tuple[Text, ...], BeforeValidator(as_tuple)]
Hours = Annotated[float, Field(gt=0)]
Hotkey = Annotated[str, AfterValidator(check_hotkey)]
Key = Annotated[str, AfterValidator(check_key)]
Keys = Annotated[tuple[Key, ...], BeforeValidator(as_key_list), Field(min_length=1)]
