"""Jira export header names in several languages, and matching them to canonical fields.

Jira writes headers in the exporting user's language. The table below is data: each canonical
field lists the header spellings seen in English, Spanish, Portuguese, French and German
exports (Jira Cloud and Server wordings differ, so some languages have several). Any other
spelling is found from the columns' values and order, or mapped through `[export.columns]` in
labels.toml.
"""

from __future__ import annotations

import difflib
import shlex
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.columns import REQUIRED_COLUMNS
from analysis.errors import InputError

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "key": (
        "Issue key", "Work item key", "Key", "Clave de incidencia", "Clave de elemento",
        "Clave", "Chave da item", "Chave do item", "Chave da issue", "Chave",
        "Clé de ticket", "Clé du ticket", "Clé", "Schlüssel", "Vorgangsschlüssel",
    ),
    "summary": ("Summary", "Resumen", "Resumo", "Résumé", "Zusammenfassung"),
    "description": ("Description", "Descripción", "Descrição", "Beschreibung"),
    "issue_type": (
        "Issue Type", "Work type", "Tipo de incidencia", "Tipo de item", "Tipo de issue",
        "Type de ticket", "Vorgangstyp", "Vorgangsart",
    ),
    "status": ("Status", "Estado", "État", "Etat", "Statut"),
    "status_category": (
        "Status Category", "Categoría de estado", "Categoria do status", "Categoria de status",
        "Catégorie d'état", "Catégorie de statut", "Catégorie d'statut", "Statuskategorie",
    ),
    "status_category_changed": (
        "Status Category Changed", "Categoría de estado modificada",
        "Categoría de estado cambiada", "Categoria do status alterada",
        "Catégorie d'état modifiée", "Catégorie de statut modifiée", "Statuskategorie geändert",
    ),
    "priority": ("Priority", "Prioridad", "Prioridade", "Priorité", "Priorität"),
    "resolution": ("Resolution", "Resolución", "Resolução", "Résolution", "Lösung"),
    "reporter": ("Reporter", "Informador", "Relator", "Rapporteur", "Autor", "Melder"),
    "reporter_id": (
        "Reporter Id", "Reporter ID", "ID del informador", "ID de informador",
        "ID do relator", "ID du rapporteur", "Autor-ID", "Autor ID",
    ),
    "assignee": (
        "Assignee", "Persona asignada", "Responsable", "Responsável", "Personne assignée",
        "Zugewiesene Person", "Bearbeiter",
    ),
    "created": ("Created", "Creada", "Creado", "Criado", "Criada", "Création", "Créé", "Erstellt"),
    "updated": (
        "Updated", "Actualizada", "Actualizado", "Atualizado(a)", "Atualizado", "Atualizada",
        "Mise à jour", "Mis à jour", "Aktualisiert",
    ),
    "resolved": (
        "Resolved", "Resuelta", "Resuelto", "Resolvido", "Resolvida", "Résolue", "Résolu",
        "Erledigt",
    ),
    "labels": ("Labels", "Etiquetas", "Categorias", "Étiquettes", "Stichwörter", "Schlagwörter"),
    "components": (
        "Component/s", "Components", "Componente/s", "Componentes", "Composant/s", "Composants",
        "Komponente/n", "Komponenten",
    ),
    "comments": (
        "Comment", "Comments", "Comentario", "Comentarios", "Comentário", "Comentários",
        "Commentaire", "Commentaires", "Kommentar", "Kommentare",
    ),
}


@dataclass(frozen=True)
class SettingsFile:
    """The labels.toml whose settings read an export (`path` None: the built-in one)."""

    path: Path | None
    export: Path

    def __str__(self) -> str:
        return str(self.path) if self.path else "the built-in labels.toml"

    def where(self, section: str) -> str:
        """Where to add a setting, ending a sentence; the installed file is never the answer."""
        if self.path is not None:
            return f"under [{section}] in {self.path}"
        target = self.export.parent / "labels.toml"
        init = f"supp-tui init {shlex.quote(str(self.export))}"
        if section.startswith("export"):
            return (f"under [{section}] in {target} (a file holding only that section will do; "
                    f"`{init} --force` then reads the export with it and writes the full file in "
                    f"its place)")
        return (f"in a labels.toml beside the export: run `{init}` to write {target}, then add "
                f"the setting under [{section}] in that file")


def fold(header: str) -> str:
    """The form headers are compared in: NFC, case-folded, inner spaces collapsed, BOM gone."""
    text = unicodedata.normalize("NFC", header.replace("\ufeff", ""))
    return " ".join(text.casefold().split())


# Fields Jira writes as repeated columns; kept as lists even when an export has only one.
KNOWN_MULTI_VALUED = frozenset(
    fold(name) for name in (
        "Sprint", "Watchers", "Fix Version/s", "Fix versions", "Affects Version/s",
        "Affects versions", "Attachment", "Log Work", "Outward issue link", "Inward issue link",
    )
)

_ALIAS_INDEX: dict[str, str] = {
    fold(alias): field for field, aliases in HEADER_ALIASES.items() for alias in aliases
}


def canonical_field(header: str) -> str | None:
    """The canonical field a header name stands for in any known language, if any."""
    return _ALIAS_INDEX.get(fold(header))


def named_fields(
    header: Sequence[str], overrides: Mapping[str, str], source: str,
    settings_file: SettingsFile,
) -> dict[str, str]:
    """Map canonical field -> the export's header name, from overrides first, then the aliases.

    A header named in `[export.columns]` but absent from the file is an InputError.
    """
    present = {fold(name): name for name in reversed(header)}
    found: dict[str, str] = {}
    for field, wanted in overrides.items():
        if fold(wanted) not in present:
            raise InputError(
                f"{source} has no column '{wanted}', which [export.columns] in {settings_file} "
                f"names for {field}; closest headers: {closest_headers(wanted, header)}."
            )
        found[field] = present[fold(wanted)]
    for field, aliases in HEADER_ALIASES.items():
        if field in found:
            continue
        match = next((present[fold(a)] for a in aliases if fold(a) in present), None)
        if match is not None:
            found[field] = match
    return found


def require_fields(
    found: Mapping[str, str], header: Sequence[str], source: str, settings: SettingsFile
) -> None:
    """Raise the clearest InputError for missing required fields (key, summary, created), if
    any are missing, naming the closest headers."""
    missing = [field for field in REQUIRED_COLUMNS if field not in found]
    if not missing:
        return
    if len(missing) == len(REQUIRED_COLUMNS):
        shown = ", ".join(f"'{name}'" for name in header[:6]) or "none"
        raise InputError(
            f"{source} does not look like a Jira export: it has none of the Issue key, Summary "
            f"and Created columns (its first headers are {shown}); export the board from Jira "
            f"with Export > Export CSV, or map the columns {settings.where('export.columns')}."
        )
    field = missing[0]
    english = HEADER_ALIASES[field][0]
    raise InputError(
        f"{source} has no {english} column (the {field} field); closest headers: "
        f"{closest_headers(english, header)}; if the export calls it something else, add "
        f"{field} = \"<header>\" {settings.where('export.columns')}."
    )


def closest_headers(wanted: str, header: Sequence[str]) -> str:
    """Up to three header names that look most like `wanted` or its aliases, for messages."""
    spellings = [fold(a) for a in HEADER_ALIASES.get(canonical_field(wanted) or "", (wanted,))]

    def likeness(name: str) -> float:
        return max(difflib.SequenceMatcher(None, fold(name), s).ratio() for s in spellings)

    names = sorted(dict.fromkeys(header), key=likeness, reverse=True)[:3]
    return ", ".join(f"'{name}'" for name in names) or "none"


def header_positions(header: Sequence[str]) -> dict[str, list[int]]:
    """Column positions of each distinct header name (folded), in header order."""
    groups: dict[str, list[int]] = {}
    for index, name in enumerate(header):
        groups.setdefault(fold(name), []).append(index)
    return groups


def display_names(headers: Sequence[Sequence[str]]) -> dict[str, str]:
    """Folded header -> the spelling first seen, so all files share one column name."""
    names: dict[str, str] = {}
    for header in headers:
        for name in header:
            names.setdefault(fold(name), name)
    return names


def multi_valued(headers: Sequence[Sequence[str]]) -> set[str]:
    """Headers repeated in any file, plus fields Jira always treats as multi-valued."""
    multi = set(KNOWN_MULTI_VALUED)
    for header in headers:
        seen: set[str] = set()
        for name in map(fold, header):
            if name in seen:
                multi.add(name)
            seen.add(name)
    return multi
