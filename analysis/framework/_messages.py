"""Messages that point into labels.toml: one sentence naming the file, line, key path and fix."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ValidationError

from analysis.errors import InputError
from analysis.framework._lines import KeyPath, line_of
from analysis.framework._model import Framework
from analysis.framework._names import slugify
from analysis.framework._paths import default_framework_path

_TYPE_MESSAGES = {
    "string_type": "must be text in quotes",
    "bool_type": "must be true or false",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "list_type": "must be a list such as [\"a\", \"b\"]",
    "tuple_type": "must be a list such as [\"a\", \"b\"]",
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "too_short": "must not be empty",
}


class FrameworkFile:
    """A framework file's name and text, for building messages that point into it."""

    def __init__(self, path: Path | None, text: str) -> None:
        self.path, self.text = path, text
        self.label = str(path) if path else f"the built-in labels.toml ({default_framework_path()})"

    def where(self, location: KeyPath) -> str:
        """'labels.toml line 12, dimensions[2].options[0].hotkey' for a key path."""
        line = line_of(self.text, location) if location else None
        place = f"{self.label} line {line}" if line else self.label
        return f"{place}, {dotted(location)}" if location else place

    def error(self, location: KeyPath, problem: str, fix: str) -> InputError:
        """One sentence: where, what is wrong, how to fix it."""
        return InputError(f"{self.where(location)}: {problem}; {fix}.")

    def unknown_key(self, location: KeyPath, more: str = "") -> InputError:
        """The error for a key the schema does not have, with the nearest allowed spelling."""
        return self.error(
            location, f"unknown key '{location[-1]}'{more}",
            did_you_mean(str(location[-1]), allowed_keys(location[:-1]), "remove it"),
        )


def dotted(location: KeyPath) -> str:
    """Render a key path the way TOML users read it: dimensions[2].options[0].hotkey."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def explain_validation(file: FrameworkFile, error: ValidationError) -> InputError:
    """Turn pydantic's first error into one InputError sentence with a did-you-mean."""
    errors = error.errors(include_url=False)
    first = errors[0]
    location = tuple(first["loc"])
    others = len(errors) - 1
    more = f" (and {others} more problem{'s' * (others > 1)})" if others else ""
    kind, value = first["type"], first.get("input")
    if kind == "extra_forbidden":
        return file.unknown_key(location, more)
    if kind == "missing":
        return file.error(
            location[:-1], f"required key '{location[-1]}' is missing{more}",
            f"add {location[-1]} = ... there",
        )
    if kind == "string_pattern_mismatch":
        return file.error(
            location, f"ids are lower_snake_case (a-z, 0-9 and _), not {value!r}{more}",
            f"write it as '{slugify(str(value))}'",
        )
    message = _TYPE_MESSAGES.get(kind) or str(first["msg"]).removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    shown = f" (got {value!r})" if kind != "value_error" and not isinstance(value, dict) else ""
    return file.error(location, f"{message}{shown}{more}", "correct that value")


def did_you_mean(word: str, allowed: Iterable[str], otherwise: str,
                 what: str = "allowed keys") -> str:
    """Advice such as "did you mean 'hotkey'? (allowed keys: ...)" or the fallback fix."""
    choices = sorted(allowed)
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    listing = ", ".join(choices)
    if close:
        return f"did you mean '{close[0]}'? ({what}: {listing})"
    return f"{otherwise} ({what}: {listing})"


def allowed_keys(location: KeyPath) -> list[str]:
    """The keys the file may have in the table at `location`."""
    annotation: typing.Any = Framework
    for part in location:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            annotation = annotation.model_fields[str(part)].annotation
        else:
            arguments = [argument for argument in typing.get_args(annotation)
                         if argument is not Ellipsis]
            annotation = arguments[-1] if arguments else annotation
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [name for name, field in annotation.model_fields.items() if not field.exclude]
    return []


def _unwrap(annotation: typing.Any) -> typing.Any:
    """Strip Annotated and Optional wrappers around a type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            choices = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = choices[0]
        else:
            return annotation
