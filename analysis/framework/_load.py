"""Load `labels.toml` strictly: every problem becomes one InputError naming file, line and fix."""

from __future__ import annotations

import difflib
import string
import tomllib
import types
import typing
import unicodedata
from pathlib import Path

from pydantic import BaseModel, ValidationError

from analysis.errors import InputError
from analysis.framework._model import (
    ClosedSettings,
    Dimension,
    ExportSettings,
    Framework,
    Option,
    PriorityTarget,
    Targets,
    TeamSettings,
    WorkingHours,
    default_framework_path,
    normalise_label,
    slugify,
)
from analysis.framework._schema import (
    EXPORT_COLUMN_NAMES,
    WEEKDAY_NAMES,
    FrameworkModel,
)
from analysis.framework._lines import line_of

# Columns of the ticket frame; a dimension id must not shadow one (labelled_tickets adds them).
TICKET_COLUMNS = frozenset((
    "key", "summary", "description", "issue_type", "status", "status_category", "priority",
    "resolution", "reporter", "reporter_id", "assignee", "created", "updated", "resolved",
    "closed_at", "labels", "components", "comments", "team", "source_file", "source_record",
))

# Textual names for the punctuation keys whose name is not their Unicode name.
_KEY_NAME_REPLACEMENTS = {
    "+": "plus", "-": "minus", "/": "slash", "@": "at", "\\": "backslash", "_": "underscore",
}
_TYPE_MESSAGES = {
    "string_type": "must be text in quotes",
    "bool_type": "must be true or false",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "list_type": "must be a list such as [\"a\", \"b\"]",
    "dict_type": "must be a table",
    "model_type": "must be a table",
}
_SPARE_KEYS = string.ascii_lowercase + string.digits + string.ascii_uppercase


class FrameworkFile:
    """A framework file's name and text, for building messages that point into it."""

    def __init__(self, path: Path | None, text: str) -> None:
        self.path, self.text = path, text
        self.label = str(path) if path else f"the built-in labels.toml ({default_framework_path()})"

    def where(self, location: tuple[str | int, ...]) -> str:
        """'labels.toml line 12, dimensions[2].options[0].hotkey' for a key path."""
        line = line_of(self.text, location) if location else None
        place = f"{self.label} line {line}" if line else self.label
        return f"{place}, {dotted(location)}" if location else place

    def error(self, location: tuple[str | int, ...], problem: str, fix: str) -> InputError:
        """One sentence: where, what is wrong, how to fix it."""
        return InputError(f"{self.where(location)}: {problem}; {fix}.")


def dotted(location: tuple[str | int, ...]) -> str:
    """Render a key path the way TOML users read it: dimensions[2].options[0].hotkey."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


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


def read_framework(path: str | Path | None, reserved_keys: tuple[str, ...]) -> Framework:
    """Read, parse and validate a framework file into a Framework."""
    return parse_framework(read_framework_file(path), reserved_keys)


def read_framework_file(path: str | Path | None) -> FrameworkFile:
    """The text of a framework file, line endings untouched (None = the packaged default)."""
    source = Path(path) if path is not None else default_framework_path()
    try:
        with open(source, encoding="utf-8", newline="") as stream:
            text = stream.read()
    except FileNotFoundError:
        raise InputError(
            f"Framework file {source} does not exist; check the path given with --framework, "
            f"or leave it out to use the built-in labels.toml."
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
        raise InputError(
            f"Cannot read framework file {source} ({reason}); make it a readable UTF-8 text "
            f"file."
        ) from None
    return FrameworkFile(Path(path) if path is not None else None, text)


def parse_framework(file: FrameworkFile, reserved_keys: tuple[str, ...]) -> Framework:
    """Validate framework text and build the Framework dataclasses."""
    try:
        data = tomllib.loads(file.text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            f"{file.label} is not valid TOML: {error}; fix the syntax at that place."
        ) from None
    try:
        model = FrameworkModel.model_validate(data)
    except ValidationError as error:
        raise explain_validation(file, error) from None
    check_model(file, model, reserved_keys)
    return build_framework(file.path, model)


def explain_validation(file: FrameworkFile, error: ValidationError) -> InputError:
    """Turn pydantic's first error into one InputError sentence with a did-you-mean."""
    errors = error.errors(include_url=False)
    first = errors[0]
    location = tuple(first["loc"])
    others = len(errors) - 1
    more = f" (and {others} more problem{'s' * (others > 1)})" if others else ""
    kind, value = first["type"], first.get("input")
    if kind == "extra_forbidden":
        allowed = allowed_keys(location[:-1])
        return file.error(
            location, f"unknown key '{location[-1]}'{more}",
            did_you_mean(str(location[-1]), allowed, "remove it"),
        )
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


def did_you_mean(
    word: str, allowed: typing.Iterable[str], otherwise: str, what: str = "allowed keys"
) -> str:
    """Advice such as "did you mean 'hotkey'? (allowed keys: ...)" or the fallback fix."""
    allowed = sorted(allowed)
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    listing = ", ".join(allowed)
    if close:
        return f"did you mean '{close[0]}'? ({what}: {listing})"
    return f"{otherwise} ({what}: {listing})"


def allowed_keys(location: tuple[str | int, ...]) -> list[str]:
    """The keys the schema allows in the table at `location`."""
    annotation: typing.Any = FrameworkModel
    for part in location:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            annotation = annotation.model_fields[str(part)].annotation
        else:
            arguments = typing.get_args(annotation)
            annotation = arguments[-1] if arguments else annotation
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
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


def check_model(file: FrameworkFile, model: FrameworkModel, reserved_keys: tuple[str, ...]) -> None:
    """Checks that span several tables: ids, spellings, hotkeys, references, column names."""
    _check_export(file, model)
    seen_dimensions: dict[str, int] = {}
    for index, dimension in enumerate(model.dimensions):
        where = ("dimensions", index, "id")
        if dimension.id in seen_dimensions:
            raise file.error(
                where, f"dimension id '{dimension.id}' is used twice "
                f"(also dimensions[{seen_dimensions[dimension.id]}])",
                "give each dimension its own id",
            )
        if dimension.id in TICKET_COLUMNS:
            raise file.error(
                where, f"dimension id '{dimension.id}' is the name of a ticket column",
                f"rename it, for example to '{dimension.id}_label'",
            )
        seen_dimensions[dimension.id] = index
        _check_options(file, index, dimension)
    if model.team.dimension not in seen_dimensions:
        raise file.error(
            ("team", "dimension"), f"'{model.team.dimension}' is not the id of a dimension",
            did_you_mean(model.team.dimension, seen_dimensions, "set it to one of the dimension "
                         "ids", "dimensions"),
        )
    _check_hotkeys(file, model, reserved_keys)


def _check_export(file: FrameworkFile, model: FrameworkModel) -> None:
    for column in model.export.columns:
        if column not in EXPORT_COLUMN_NAMES:
            raise file.error(
                ("export", "columns", column), f"'{column}' is not a ticket column",
                did_you_mean(column, EXPORT_COLUMN_NAMES, "use one of the canonical names",
                             "columns"),
            )


def _check_options(file: FrameworkFile, index: int, dimension) -> None:
    seen_ids: dict[str, int] = {}
    spellings: dict[str, tuple[int, str]] = {}
    for option_index, option in enumerate(dimension.options):
        where = ("dimensions", index, "options", option_index)
        if option.id in seen_ids:
            raise file.error(
                where + ("id",), f"option id '{option.id}' is used twice in dimension "
                f"'{dimension.id}' (also options[{seen_ids[option.id]}])",
                "give each option its own id",
            )
        seen_ids[option.id] = option_index
        for spelling in dict.fromkeys((option.id, option.name, *option.aliases)):
            folded = normalise_label(spelling)
            owner = spellings.get(folded)
            if owner and owner[0] != option_index:
                raise file.error(
                    where, f"'{spelling}' of option '{option.id}' also names option "
                    f"'{owner[1]}' in dimension '{dimension.id}' (case, spaces, hyphens and "
                    f"underscores are ignored when matching)", "remove or change one of them",
                )
            spellings[folded] = (option_index, option.id)


def _check_hotkeys(
    file: FrameworkFile, model: FrameworkModel, reserved_keys: tuple[str, ...]
) -> None:
    """Every hotkey and dimension key is unique and none is one of the app's own keys."""
    reserved = {key_name(key): key for key in reserved_keys}
    claims = list(_key_claims(model))
    used = {key for _, key, _ in claims}
    spare = next((k for k in _SPARE_KEYS if k not in used and key_name(k) not in reserved), None)
    suggestion = f"use a free key such as '{spare}'" if spare else "remove the hotkey"
    owners: dict[str, str] = {}
    for where, key, owner in claims:
        if key_name(key) in reserved:
            raise file.error(
                where, f"hotkey '{key}' ({owner}) collides with the app's own key "
                f"'{reserved[key_name(key)]}'", suggestion,
            )
        if key in owners:
            raise file.error(
                where, f"hotkey '{key}' is both {owners[key]} and {owner}",
                f"{suggestion} for one of them",
            )
        owners[key] = owner


def _key_claims(model: FrameworkModel):
    """(key path, key, description of its owner) for every dimension key and option hotkey."""
    for d_index, dimension in enumerate(model.dimensions):
        if dimension.key:
            yield (("dimensions", d_index, "key"), dimension.key,
                   f"the key of dimension '{dimension.id}'")
        for o_index, option in enumerate(dimension.options):
            if option.hotkey:
                yield (("dimensions", d_index, "options", o_index, "hotkey"), option.hotkey,
                       f"the hotkey of option '{dimension.id}.{option.id}'")


def build_framework(path: Path | None, model: FrameworkModel) -> Framework:
    """Copy a validated model into the frozen dataclasses the rest of the code uses."""
    return Framework(
        path=path,
        dimensions=tuple(_build_dimension(dimension) for dimension in model.dimensions),
        team=TeamSettings(field=model.team.field, dimension=model.team.dimension),
        closed=ClosedSettings(
            done_categories=tuple(model.closed.done_categories),
            use_resolved=model.closed.use_resolved,
            status_category_changed_field=model.closed.status_category_changed_field,
            fallback_to_updated=model.closed.fallback_to_updated,
        ),
        export=ExportSettings(
            date_format=model.export.date_format,
            columns=dict(model.export.columns),
            month_names={name.casefold().rstrip("."): number
                         for name, number in model.export.month_names.items()},
        ),
        targets=_build_targets(model),
    )


def _build_dimension(dimension) -> Dimension:
    return Dimension(
        id=dimension.id, title=dimension.title, multi=dimension.multi, picker=dimension.picker,
        from_reporter=dimension.from_reporter, key=dimension.key,
        options=tuple(
            Option(
                id=option.id, name=option.name, hotkey=option.hotkey,
                aliases=tuple(option.aliases), product_score=option.product_score,
                process_score=option.process_score, actions=tuple(option.actions),
            )
            for option in dimension.options
        ),
    )


def _build_targets(model: FrameworkModel) -> Targets:
    hours = model.targets.working_hours
    return Targets(
        clock=model.targets.clock,
        working_hours=WorkingHours(
            start_hour=hours.start_hour, end_hour=hours.end_hour,
            weekdays=tuple(sorted({WEEKDAY_NAMES.index(day) + 1 for day in hours.weekdays})),
        ),
        priorities=tuple(
            PriorityTarget(
                priority=name, first_response_hours=target.first_response_hours,
                resolution_hours=target.resolution_hours, aliases=tuple(target.aliases),
            )
            for name, target in model.targets.priorities.items()
        ),
    )
