"""The app's own keys, and the label bindings built from `labels.toml`.

This is the one module that knows which keys the app keeps for itself (passed to
`load_framework(reserved_keys=...)` so a framework hotkey can never shadow one) and the only
place that reaches into Textual's private binding map, to add label keys at run time.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.dom import DOMNode

from analysis.framework import Dimension, Framework, Option

CHARTS_KEY = "C"

# Keys the labelling screen and app bind; a framework hotkey or dimension key may use none.
APP_RESERVED_KEYS: tuple[str, ...] = (
    "a", "f", "j", "n", "p", "q", "u", "z", CHARTS_KEY,
    "?", "/", "+", "#",
    "space", "enter", "escape", "tab", "shift+tab", "backspace", "delete",
    "left", "right", "up", "down", "pageup", "pagedown", "home", "end", "f1",
)


def label_binding(dimension: Dimension, option: Option) -> Binding:
    """The binding that sets or toggles one option of one dimension."""
    assert option.hotkey is not None
    return Binding(
        option.hotkey, f"label({dimension.id!r}, {option.id!r})", option.name,
        show=False, priority=True, id=f"label.{dimension.id}.{option.id}",
        tooltip=f"{dimension.title}: {option.name}",
    )


def picker_binding(dimension: Dimension) -> Binding:
    """The binding that opens a dimension's type-to-filter picker."""
    assert dimension.key is not None
    return Binding(
        dimension.key, f"pick({dimension.id!r})", dimension.title,
        show=False, priority=True, id=f"pick.{dimension.id}",
        tooltip=f"Choose {dimension.title.lower()}",
    )


def label_bindings(framework: Framework) -> list[Binding]:
    """Every hotkey and dimension key of the framework as bindings, in file order."""
    bindings: list[Binding] = []
    for dimension in framework.dimensions:
        if dimension.key:
            bindings.append(picker_binding(dimension))
        bindings.extend(label_binding(dimension, o) for o in dimension.options if o.hotkey)
    return bindings


def install_label_bindings(node: DOMNode, bindings: list[Binding]) -> None:
    """Add bindings to a live screen or widget (Textual only reads BINDINGS at class creation)."""
    for binding in Binding.make_bindings(bindings):
        existing = node._bindings.key_to_bindings.get(binding.key, [])
        if any(b.action == binding.action for b in existing):
            continue
        node._bindings.key_to_bindings.setdefault(binding.key, []).append(binding)
