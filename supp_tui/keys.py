"""The app's own keys, and the label bindings built from `labels.toml`.

This is the one module that knows which keys the app keeps for itself (passed to
`load_framework(reserved_keys=...)` so a framework hotkey can never shadow one) and the only
place that reaches into Textual's private binding map, to add label keys at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from textual.actions import parse as parse_action
from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from analysis.framework import AppBinding, Dimension, Framework, Option, ReservedKey, app_keys

CHARTS_KEY = "C"
# The flag binding reserves "!" (no labels.toml option may take it); "F" is no default hotkey.
FLAG_KEY = "!"
FLAGS_KEY = "F"
TABLE_KEY = "="
# Not "o": the built-in labels.toml gives "o" to a macro category, and a ctrl+ key can never
# clash with an option hotkey (one printable character) in anyone's labels.toml.
LINK_KEY = "ctrl+o"

# Keys offered to a new option when the user gives none, in order of preference.
SPARE_KEYS = "ghkrv0923456789ABDEFGHIJKMNQRTUVWXYZ"

# The labelling screen's own keys, each with an id (remappable) and a tooltip (help, palette):
#
# | Key                | Action                                              |
# |--------------------|-----------------------------------------------------|
# | labels.toml keys   | set / toggle that option (1-8 teams, letters categories) |
# | P O L S …          | open that dimension's type-to-filter picker         |
# | Enter / a          | accept the top suggestion / the ones visible         |
# | .                  | accept the ones visible, then the next ticket         |
# | Space              | next incomplete ticket (a required label missing)    |
# | → n / ← p          | next / previous ticket in the view                   |
# | u                  | undo (several levels)                                |
# | j                  | jump to a ticket key                                 |
# | f / /              | filter (incomplete, team, text) / search text        |
# | Esc                | clear the filter                                     |
# | +                  | add a new option to a dimension                      |
# | z                  | fold / unfold comments                               |
# | #                  | show / hide the counts panel                         |
# | C                  | charts of the board with the labels so far           |
# | =                  | the board as a table: filter, select, label many     |
# | !                  | flag the ticket with a note (a possible new theme)   |
# | F                  | flagged tickets grouped by note; promote a group     |
# | ctrl+o             | show the ticket's Jira link and copy it              |
# | ? F1               | help                                                 |
# | q                  | quit (every label is already on disk)                |
LABEL_SCREEN_BINDINGS: tuple[Binding, ...] = (
    Binding("enter", "accept_suggestion", "Accept", key_display="⏎", id="accept_suggestion",
            priority=True, tooltip="Accept the top suggestion"),
    Binding("a", "accept_all", "Accept shown", show=False, id="accept_all", priority=True,
            tooltip="Accept the suggestions visible in the bar (a narrow bar shows fewer)"),
    Binding("full_stop", "accept_and_next", "Accept shown, next", key_display=".", show=False,
            id="accept_and_next", priority=True,
            tooltip="Accept the suggestions visible in the bar, then go to the next ticket"),
    Binding("space", "next_unlabelled", "Next incomplete", key_display="space",
            id="next_unlabelled", priority=True,
            tooltip="Go to the next ticket missing a required label"),
    Binding("right,n", "step(1)", "Next", show=False, id="next", priority=True,
            tooltip="Go to the next ticket in the view"),
    Binding("left,p", "step(-1)", "Previous", show=False, id="previous", priority=True,
            tooltip="Go to the previous ticket in the view"),
    Binding("u", "undo", "Undo", id="undo", priority=True, tooltip="Take back the latest change"),
    Binding("j", "jump", "Jump", show=False, id="jump", priority=True,
            tooltip="Go to a ticket by key"),
    Binding("f", "filter", "Filter", id="filter", priority=True,
            tooltip="Only visit incomplete tickets, one team, or tickets with a text"),
    Binding("/", "filter(True)", "Search", show=False, id="search", priority=True,
            tooltip="Only visit tickets containing a text"),
    Binding("escape", "clear_filter", "Clear filter", id="clear_filter", priority=True,
            tooltip="Visit every ticket again"),
    Binding("+", "add_option", "Add option", show=False, id="add_option", priority=True,
            tooltip="Add a new option to a dimension and apply it"),
    Binding("z", "toggle_comments", "Comments", show=False, id="toggle_comments", priority=True,
            tooltip="Fold or unfold the comments"),
    Binding("#", "toggle_counts", "Counts", show=False, id="toggle_counts", priority=True,
            tooltip="Show or hide tickets per team and category"),
    Binding(CHARTS_KEY, "show_charts", "Charts", show=False, id="show_charts", priority=True,
            tooltip="Charts of the board with the labels so far"),
    Binding(TABLE_KEY, "table", "Table", show=False, id="table", priority=True,
            tooltip="The board as a table: filter, select and label many tickets at once"),
    Binding(FLAG_KEY, "flag", "Flag", show=False, id="flag", priority=True,
            tooltip="Flag the ticket with a short note, such as a possible new theme"),
    Binding(FLAGS_KEY, "flags", "Flags", show=False, id="flags", priority=True,
            tooltip="Flagged tickets grouped by similar notes; promote a group to an option"),
    Binding(LINK_KEY, "open_link", "Jira link", show=False, id="open_link", priority=True,
            tooltip="Show the ticket's Jira link and copy it to the clipboard"),
    Binding("question_mark,f1", "help", "Help", id="help", priority=True, tooltip="List every key"),
    Binding("q", "app.quit", "Quit", id="quit", priority=True,
            tooltip="Quit; every label is already saved"),
)


# Keys the app keeps whatever labels.toml's [keys] table says (~ filters the table); "!",
# which also filters it, is kept as the flag binding's key.
FIXED_KEYS: tuple[str, ...] = (
    "tab", "shift+tab", "backspace", "delete", "up", "down", "pageup", "pagedown", "home", "end",
    "~",
)
# The app's keys, passed to `load_framework(reserved_keys=...)`: the screen's bindings by id
# (labels.toml's [keys] table may move them) and the fixed keys; no option hotkey may use one.
APP_RESERVED_KEYS: tuple[ReservedKey, ...] = (
    *(AppBinding(binding.id, tuple(binding.key.split(",")))
      for binding in LABEL_SCREEN_BINDINGS if binding.id),
    *FIXED_KEYS,
)


def free_hotkey(framework: Framework) -> str | None:
    """A key no option, dimension or app key (as [keys] maps them) uses, for a new option."""
    reserved = app_keys(framework, APP_RESERVED_KEYS)
    used = (set(framework.hotkeys()) | set(framework.dimension_keys()) | set(reserved)
            | set(reserved.values()))
    return next((key for key in SPARE_KEYS if key not in used), None)


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


def remapped(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> list[Binding]:
    """The bindings with the keys a keymap (labels.toml's [keys], as Textual applies it) gives
    their ids, for lists of keys such as the help screen."""
    moved: list[Binding] = []
    for binding in Binding.make_bindings(bindings):
        keys = keymap.get(binding.id) if binding.id else None
        moved.append(binding.with_key(keys, key_display=None) if keys else binding)
    return moved


def replace_label_bindings(node: DOMNode, bindings: list[Binding]) -> None:
    """Swap a live node's label bindings for `bindings`, after options were renamed or removed."""
    for key, existing in list(node._bindings.key_to_bindings.items()):
        kept = [b for b in existing if not (b.id or "").startswith(("label.", "pick."))]
        if kept:
            node._bindings.key_to_bindings[key] = kept
        else:
            del node._bindings.key_to_bindings[key]
    install_label_bindings(node, bindings)


def install_label_bindings(node: DOMNode, bindings: list[Binding]) -> None:
    """Add bindings to a live screen or widget (Textual only reads BINDINGS at class creation)."""
    for binding in Binding.make_bindings(bindings):
        existing = node._bindings.key_to_bindings.get(binding.key, [])
        if any(b.action == binding.action for b in existing):
            continue
        node._bindings.key_to_bindings.setdefault(binding.key, []).append(binding)


def applicable_commands(bindings: Iterable[BindingType],
                        check_action: Callable[[str, tuple[object, ...]], bool | None],
                        ) -> list[Binding]:
    """One binding per action that applies now (by `check_action`, app actions aside), for the
    command palette."""
    commands: dict[str, Binding] = {}
    for binding in Binding.make_bindings(bindings):
        namespace, name, parameters = parse_action(binding.action)
        if namespace or binding.action in commands or not check_action(name, parameters):
            continue
        commands[binding.action] = binding
    return list(commands.values())
