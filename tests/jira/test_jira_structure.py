"""Headers in languages the reader has no names for, placed by values and Jira's column order."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from polars.testing import assert_frame_equal

from analysis.errors import InputError
from analysis.jira import read_export
from analysis.sample import write_sample
from supp_tui.cli import main

ENGLISH = (
    "Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Priority",
    "Resolution", "Assignee", "Reporter", "Creator", "Created", "Updated", "Last Viewed",
    "Resolved", "Component/s", "Labels", "Description", "Status Category",
    "Status Category Changed", "Comment",
)
RENAMED = {
    "it": (
        "Riepilogo", "Chiave", "ID ticket", "Tipo ticket", "Stato", "Chiave progetto", "Priorità",
        "Risoluzione", "Assegnatario", "Segnalatore", "Autore", "Creato", "Aggiornato",
        "Ultima visualizzazione", "Risolto", "Componenti", "Etichette", "Descrizione",
        "Categoria di stato", "Categoria di stato modificata", "Commento",
    ),
    "pl": (
        "Podsumowanie", "Klucz zgłoszenia", "Identyfikator zgłoszenia", "Typ zgłoszenia",
        "Status", "Klucz projektu", "Priorytet", "Rozwiązanie", "Osoba przypisana",
        "Zgłaszający", "Twórca", "Utworzono", "Zaktualizowano", "Ostatnio wyświetlone",
        "Rozwiązano", "Komponenty", "Etykiety", "Opis", "Kategoria statusu",
        "Zmiana kategorii statusu", "Komentarz",
    ),
    "ja": (
        "要約", "課題キー", "課題 ID", "課題タイプ", "ステータス", "プロジェクトキー", "優先度",
        "解決状況", "担当者", "報告者", "作成者", "作成日", "更新日", "最終閲覧日", "解決日",
        "コンポーネント", "ラベル", "説明", "ステータスカテゴリ", "ステータスカテゴリ変更日",
        "コメント",
    ),
    "fi": (
        "Yhteenveto", "Avain", "Tunnus", "Tehtävän tyyppi", "Tila", "Projektin avain",
        "Prioriteetti", "Ratkaisu", "Vastuuhenkilö", "Raportoija", "Luoja", "Luotu",
        "Päivitetty", "Viimeksi katsottu", "Ratkaistu", "Komponentit", "Tunnisteet", "Kuvaus",
        "Tilaluokka", "Tilaluokka muuttunut", "Kommentti",
    ),
    "tr": (
        "Özet", "Konu anahtarı", "Konu kimliği", "Konu türü", "Durum", "Proje anahtarı",
        "Öncelik", "Çözüm", "Atanan", "Raporlayan", "Oluşturan", "Oluşturuldu", "Güncellendi",
        "Son görüntülenme", "Çözüldü", "Bileşenler", "Etiketler", "Açıklama",
        "Durum kategorisi", "Durum kategorisi değişti", "Yorum",
    ),
}
COMPARED = [
    "key", "summary", "description", "issue_type", "status", "status_category", "priority",
    "resolution", "reporter", "reporter_id", "assignee", "created", "updated", "resolved",
    "closed_at", "labels", "components", "comments", "team",
]
GUESSED = "placed by their values and Jira's column order"


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> Path:
    """A 300-ticket all-fields sample export with Jira's English headers."""
    return write_sample(tmp_path_factory.mktemp("en") / "board.csv", tickets=300, seed=3)


@pytest.fixture
def renamed(english, tmp_path):
    """`renamed(language)`: the English export, byte for byte, with its headers translated."""
    def write(language: str) -> Path:
        header, rest = english.read_bytes().split(b"\n", 1)
        names = dict(zip(ENGLISH, RENAMED[language], strict=True))
        cells = [names.get(cell, cell) for cell in header.decode("utf-8").split(",")]
        path = tmp_path / f"board-{language}.csv"
        path.write_bytes(",".join(cells).encode("utf-8") + b"\n" + rest)
        return path
    return write


def guess_warnings(export) -> list[str]:
    return [warning for warning in export.warnings if GUESSED in warning]


@pytest.mark.parametrize("language", sorted(RENAMED))
def test_unknown_language_reads_like_the_english_export(language, english, renamed, framework):
    expected = read_export([english], framework)
    export = read_export([renamed(language)], framework)
    assert_frame_equal(export.tickets.select(COMPARED), expected.tickets.select(COMPARED))
    assert len(guess_warnings(export)) == 1


def test_the_warning_names_each_guess_and_says_init_pins_them(renamed, framework):
    path = renamed("it")
    export = read_export([path], framework)
    (warning,) = guess_warnings(export)
    for header, field in (("Chiave", "key"), ("Riepilogo", "summary"), ("Creato", "created"),
                          ("Risolto", "resolved"), ("Etichette", "labels"),
                          ("Commento", "comments"), ("Stato", "status")):
        assert f"'{header}' -> {field}" in warning
        assert export.guessed_columns[field] == header
    assert warning.startswith(f"{path} has headers the reader has no names for")
    assert warning.endswith(f"`supp-tui init {path}` writes them under [export.columns] in a "
                            f"labels.toml beside the export, where a wrong one can be corrected.")
    assert warning.count(". ") == 0


def test_known_names_are_never_guessed(english, renamed, framework):
    assert guess_warnings(read_export([english], framework)) == []
    (warning,) = guess_warnings(read_export([renamed("pl")], framework))
    assert "'Status' ->" not in warning and "'Podsumowanie' -> summary" in warning


def test_overrides_win_over_guesses(english, renamed, framework_with):
    framework = framework_with(columns={"summary": "Descrizione"})
    expected = read_export([english], framework_with()).tickets
    export = read_export([renamed("it")], framework)
    tickets = export.tickets
    assert tickets.get_column("summary").to_list() == expected.get_column("description").to_list()
    assert tickets.get_column("key").to_list() == expected.get_column("key").to_list()
    (warning,) = guess_warnings(export)
    assert "-> summary" not in warning and "'Descrizione'" not in warning


def test_an_overridden_date_column_is_used_as_pinned(english, renamed, framework_with):
    expected = read_export([english], framework_with()).tickets
    tickets = read_export([renamed("it")], framework_with(columns={"created": "Aggiornato"}))
    assert_frame_equal(tickets.tickets.select(created="created"),
                       expected.select(created="updated"))


def test_user_labels_toml_is_named_in_the_warning(renamed, user_framework, tmp_path):
    (warning,) = guess_warnings(read_export([renamed("ja")], user_framework))
    assert warning.endswith(f"under [export.columns] in {tmp_path / 'labels.toml'}.")
    assert 'key = "課題キー"' in warning


@pytest.mark.parametrize("text", [
    "name,price\napple,3\npear,4\n",
    "Codice,Nome,Data\nAB-1,mela,01/02/2024\nAB-2,pera,02/02/2024\n",
    "Nome,Codice,Data,Altra data\nmela,AB-1,01/02/2024,02/02/2024\n",
])
def test_a_file_that_is_not_a_jira_export_is_still_refused(text, read_text):
    with pytest.raises(InputError) as caught:
        read_text(text)
    message = str(caught.value)
    assert "does not look like a Jira export" in message
    assert message.count(". ") == 0 and message.endswith(".")


def test_stats_json_on_a_renamed_export_matches_the_english_one(english, renamed, capsys):
    assert main(["stats", str(english), "--json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    assert main(["stats", str(renamed("tr")), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    (warning,) = stats.pop("warnings")
    assert GUESSED in warning and 'key = "Konu anahtarı"' in warning
    assert expected.pop("warnings") == [] and stats == expected
    assert expected["tickets"] == 300


ITALIAN = (
    "Riepilogo,Chiave,ID ticket,Tipo ticket,Stato,Chiave progetto,Priorità,Risoluzione,"
    "Assegnatario,Segnalatore,Autore,Creato,Aggiornato,Ultima visualizzazione,Risolto,"
    "Componenti,Scadenza,Voti,Etichette,Etichette,Descrizione,Categoria di stato,"
    "Categoria di stato modificata,Commento,Commento\n"
    "Disco pieno,SUPP-1,10001,Bug,Chiuso,SUPP,High,Fatto,bo,ana,ana,02/ott/25 9:00 AM,"
    "03/ott/25 9:00 AM,,03/ott/25 9:00 AM,Db,,0,platops,urgent,testo,Completata,"
    '03/ott/25 9:00 AM,"02/ott/25 10:00 AM;557058:ab;ok; grazie","03/ott/25 8:00 AM;ana;bene"\n'
    "Accesso,SUPP-2,10002,Task,Aperto,SUPP,Low,,,bo,bo,05/nov/25 2:15 PM,06/nov/25 2:15 PM,"
    ",,,,0,bnd,,altro,Da completare,05/nov/25 2:15 PM,,\n"
)


def test_a_hand_written_italian_export_with_italian_months(read_text, column):
    export = read_text(ITALIAN)
    october = datetime(2025, 10, 2, 9, 0)
    assert column(export, "key") == ["SUPP-1", "SUPP-2"]
    assert column(export, "summary") == ["Disco pieno", "Accesso"]
    assert column(export, "created") == [october, datetime(2025, 11, 5, 14, 15)]
    assert column(export, "resolved") == [datetime(2025, 10, 3, 9, 0), None]
    assert column(export, "status") == ["Chiuso", "Aperto"]
    assert column(export, "status_category") == ["Completata", "Da completare"]
    assert column(export, "reporter") == ["ana", "bo"]
    assert column(export, "assignee") == ["bo", None]
    assert column(export, "labels") == [["platops", "urgent"], ["bnd"]]
    assert column(export, "components") == [["Db"], []]
    assert column(export, "team") == [["PlatOps"], ["Build and Deploy"]]
    assert column(export, "comments")[0] == [
        {"at": datetime(2025, 10, 2, 10, 0), "author": "557058:ab", "author_id": "557058:ab",
         "body": "ok; grazie"},
        {"at": datetime(2025, 10, 3, 8, 0), "author": "ana", "author_id": "ana", "body": "bene"},
    ]


def test_a_single_labels_column_after_votes_is_labels(read_text, column):
    text = ITALIAN.replace("Etichette,Etichette", "Etichette").replace(
        "platops,urgent", "platops").replace("0,bnd,,", "0,bnd,")
    assert column(read_text(text), "labels") == [["platops"], ["bnd"]]
