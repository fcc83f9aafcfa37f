"""The labelling framework (`labels.toml`): one validated model, strict loading, write-back.

Loading refuses unknown keys, duplicate ids and clashing hotkeys with one sentence naming the
file, the line and the fix; options added while labelling are written back with tomlkit, so
the file's comments and layout stay as the user wrote them.
"""

from analysis.framework._cost import CostSettings
from analysis.framework._init import (
    check_new_framework,
    initial_framework,
    team_title,
    write_framework_file,
)
from analysis.framework._keys import AppBinding, ReservedKey, app_keys
from analysis.framework._load import load_framework, read_export_settings, read_framework
from analysis.framework._model import Dimension, Framework, Option
from analysis.framework._names import key_name, normalise_label, slugify
from analysis.framework._paths import (
    ENVIRONMENT_VARIABLE,
    FRAMEWORK_FILE_NAME,
    board_framework_path,
    default_framework_path,
    find_framework,
)
from analysis.framework._settings import (
    DEFAULT_DONE_CATEGORIES,
    ClosedSettings,
    ExportSettings,
    JiraSettings,
    PriorityTarget,
    Targets,
    TeamSettings,
    WorkingHours,
)
from analysis.framework._team_options import team_options
from analysis.framework._write import (
    add_option,
    add_options,
    ensure_user_framework,
    remove_option,
    rename_option,
)

__all__ = [
    "DEFAULT_DONE_CATEGORIES", "ENVIRONMENT_VARIABLE", "FRAMEWORK_FILE_NAME", "AppBinding",
    "ClosedSettings", "CostSettings", "Dimension", "ExportSettings", "Framework", "JiraSettings", "Option", "PriorityTarget",
    "ReservedKey", "Targets", "TeamSettings", "WorkingHours", "add_option", "add_options",
    "app_keys", "board_framework_path", "check_new_framework", "default_framework_path",
    "ensure_user_framework", "find_framework", "initial_framework", "key_name", "load_framework",
    "normalise_label", "read_export_settings", "read_framework", "remove_option", "rename_option", "slugify", "team_options",
    "team_title", "write_framework_file",
]
