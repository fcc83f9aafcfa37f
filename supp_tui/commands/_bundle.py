"""Shared option sets that reach a command as one object instead of one argument per option."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from typing import Any

Runner = Callable[..., int]
Decorator = Callable[[Runner], Runner]


def option_set(keyword: str, bundle: Callable[..., Any], decorators: Sequence[Decorator],
               names: Sequence[str] | None = None) -> Decorator:
    """Add the parameters of `decorators` to a command and pass their values to it as one
    `bundle(**values)` under `keyword`: the parameters named in `names`, by default the fields
    of the `bundle` dataclass (parameters the decorators leave out take its defaults)."""
    if names is None:
        assert dataclasses.is_dataclass(bundle), "name the options of a bundle that is no dataclass"
        names = [field.name for field in dataclasses.fields(bundle)]

    def decorate(function: Runner) -> Runner:
        @functools.wraps(function)
        def run(**values: Any) -> int:
            given = {name: values.pop(name) for name in names if name in values}
            return function(**{keyword: bundle(**given)}, **values)

        command: Runner = run
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return decorate
