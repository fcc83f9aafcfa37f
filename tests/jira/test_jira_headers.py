"""Headers in the exporting user's language, and the errors for exports we cannot place."""

from __future__ import annotations

from datetime import datetime

import pytest

from analysis.errors import InputError

LOCALISED = {
    "es": (
        ("Clave de incidencia,Resumen,Tipo de Incidencia,Estado,Categoría de estado,Prioridad,"
        "Resolución,Informador,Persona asignada,Creada,Actualizada,Resuelta,Etiquetas,"
        "Etiquetas,Componentes,Comentario"),
        "02/oct/25 9:00 AM", "Listo",
    ),
    "pt": (
        ("Chave da item,Resumo,Tipo de item,Status,Categoria do status,Prioridade,Resolução,"
        "Relator,Responsável,Criado,Atualizado(a),Resolvido,Etiquetas,Etiquetas,Componentes,"
        "Comentário"),
        "02/out/25 9:00 AM", "Itens concluídos",
    ),
    "fr": (
        ("Clé de ticket,Résumé,Type de ticket,État,Catégorie d'état,Priorité,Résolution,"
        "Rapporteur,Responsable,Création,Mise à jour,Résolue,Étiquettes,Étiquettes,Composants,"
        "Commentaire"),
        "02/oct./25 9:00 AM", "Terminé",
    ),
    "de": (
        ("Schlüssel,Zusammenfassung,Vorgangstyp,Status,Statuskategorie,Priorität,Lösung,Autor,"
        "Zugewiesene Person,Erstellt,Aktualisiert,Erledigt,Stichwörter,Stichwörter,Komponenten,"
        "Kommentar"),
        "02/Okt/25 9:00 AM", "Fertig",
    ),
}


@pytest.mark.parametrize("language", sorted(LOCALISED))
def test_localised_headers_map_to_canonical_columns(language, read_text):
    header, date, done = LOCALISED[language]
    row = (
        f"S-1,Disco lleno,Bug,X,{done},High,Fixed,ana,bo,{date},{date},{date},platops,x,Db,"
        f'"{date};557058:ab;ok"'
    )
    ticket = read_text(f"{header}\n{row}\n").tickets.row(0, named=True)
    when = datetime(2025, 10, 2, 9, 0)
    assert ticket["key"] == "S-1" and ticket["summary"] == "Disco lleno"
    assert (ticket["issue_type"], ticket["status_category"], ticket["priority"]) == (
        "Bug", done, "High")
    assert (ticket["resolution"], ticket["reporter"], ticket["assignee"]) == ("Fixed", "ana", "bo")
    assert ticket["created"] == ticket["updated"] == ticket["resolved"] == when
    assert ticket["closed_at"] == when
    assert ticket["labels"] == ["platops", "x"] and ticket["components"] == ["Db"]
    assert ticket["team"] == ["PlatOps"]
    assert ticket["comments"] == [
        {"at": when, "author": "557058:ab", "author_id": "557058:ab", "body": "ok"}]


def test_header_matching_ignores_case_and_spacing(read_text, column):
    export = read_text("ISSUE KEY, summary ,created\nS-1,a,17/Jan/21 10:32 AM\n")
    assert column(export, "key") == ["S-1"]


def test_configured_columns_map_any_other_language(read_text, column, framework_with):
    framework = framework_with(columns={"key": "Klucz", "summary": "Podsumowanie",
                                        "created": "Utworzone"})
    export = read_text("Klucz,Podsumowanie,Utworzone\nS-1,a,17/Jan/21 10:32 AM\n", framework)
    assert column(export, "summary") == ["a"]


def test_configured_column_missing_from_the_file_is_an_error(read_text, framework_with):
    framework = framework_with(columns={"key": "Klucz"})
    with pytest.raises(InputError, match=r"no column 'Klucz'.*\[export.columns\]"):
        read_text("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n", framework)


def test_missing_required_column_names_it_and_the_closest_headers(read_text):
    with pytest.raises(InputError) as caught:
        read_text("Issue key,Sumary,Created,Status\nS-1,a,17/Jan/21 10:32 AM,Open\n")
    message = str(caught.value)
    assert "no Summary column" in message
    assert "closest headers: 'Sumary'," in message
    assert 'summary = "<header>" under [export.columns] in ' in message


def test_csv_that_is_not_a_jira_export(read_text):
    with pytest.raises(InputError, match="does not look like a Jira export"):
        read_text("name,price\napple,3\n")


@pytest.mark.parametrize("text", ["name,price\napple,3\n", "Issue key,Created\nS-1,x\n"])
def test_header_hints_with_the_built_in_settings_say_how_init_can_read_the_export(
    tmp_path, text, read_text
):
    with pytest.raises(InputError) as caught:
        read_text(text)
    message = str(caught.value)
    assert "in the built-in labels.toml" not in message
    assert (f"under [export.columns] in {tmp_path / 'labels.toml'} (a file holding only that "
            f"section will do; `supp-tui init {tmp_path / 'board.csv'} --force` then reads the "
            f"export with it") in message


@pytest.mark.parametrize("text", ["name,price\napple,3\n", "Issue key,Created\nS-1,x\n"])
def test_header_hints_with_a_user_labels_toml_name_that_file(
    tmp_path, text, read_text, user_framework
):
    with pytest.raises(InputError) as caught:
        read_text(text, user_framework)
    assert f"under [export.columns] in {tmp_path / 'labels.toml'}." in str(caught.value)
