"""The app's keys as labels.toml's [keys] table remaps them, checked against each other."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from analysis.framework._messages import FrameworkFile, did_you_mean
from analysis.framework._model import Framework
from analysis.framework._names import key_name


@dataclass(frozen=True)
class AppBinding:
    """One of the app's key bindings, which the [keys] table may move to other keys."""

    id: str
    keys: tuple[str, ...]


# What the app passes as its reserved keys: fixed keys (text) and remappable bindings.
ReservedKey = str | AppBinding


def app_keys(framework: Framework, reserved: Iterable[ReservedKey]) -> dict[str, str]:
    """Textual key name -> the key as written, for every key the app keeps after the remap."""
    keys: dict[str, str] = {}
    for entry in reserved:
        if isinstance(entry, AppBinding):
            for key in framework.keys.get(entry.id, entry.keys):
                keys.setdefault(key_name(key), key)
        else:
            keys.setdefault(key_name(entry), entry)
    return keys


def check_keymap(file: FrameworkFile, framework: Framework,
                 reserved: tuple[ReservedKey, ...], spare: str | None) -> None:
    """Every [keys] id names an app binding, and no two of the app's keys are the same key."""
    bindings = {entry.id: entry for entry in reserved if isinstance(entry, AppBinding)}
    if not bindings:
        return
    for binding_id in framework.keys:
        if binding_id not in bindings:
            raise file.error(("keys", binding_id), f"'{binding_id}' is not a key binding id",
                             did_you_mean(binding_id, bindings, "remove it", "binding ids"))
    owners = {key_name(e): f"the app's fixed key '{e}'" for e in reserved if isinstance(e, str)}
    free = f"choose a free key such as '{spare}'" if spare else "choose another key"
    for entry in sorted(bindings.values(), key=lambda e: e.id in framework.keys):
        for key in framework.keys.get(entry.id, entry.keys):
            owner = owners.get(key_name(key))
            if owner is not None and owner != entry.id:
                raise file.error(
                    ("keys", entry.id) if entry.id in framework.keys else ("keys",),
                    f"key '{key}' of '{entry.id}' is already {_owner(owner)}",
                    f"{free}, or map the other binding to another key too",
                )
            owners[key_name(key)] = entry.id


def _owner(owner: str) -> str:
    """'the key of binding undo' for a binding id, the description itself otherwise."""
    return owner if owner.startswith("the ") else f"the key of binding '{owner}'"
