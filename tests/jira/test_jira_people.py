"""Comment authors written as account ids are shown by the names the export's id columns give."""

from __future__ import annotations

from analysis.jira._people import id_name_pairs

HEADER = (
    "Issue key,Summary,Created,Reporter,Reporter Id,Assignee,Assignee Id,Watchers,Watchers,"
    "Watchers Id,Watchers Id,Comment,Comment,Comment\n"
)
ROW = (
    "S-1,a,17/Jan/21 10:32 AM,Ana Silva,557058:ana,Bo Li,557058:bo,Cy Ng,Di Wu,"
    "712020:cy,712020:di,18/Jan/21 9:05 AM;557058:ana;first,18/Jan/21 9:06 AM;712020:di;second,"
    "18/Jan/21 9:07 AM;qm:stranger;third\n"
    "S-2,b,17/Jan/21 10:32 AM,Cy Ng,712020:cy,,,,,,,18/Jan/21 9:08 AM;557058:bo;fourth,,\n"
)


def authors(export) -> list[list[tuple[str, str]]]:
    return [[(c["author"], c["author_id"]) for c in comments]
            for comments in export.tickets.get_column("comments").to_list()]


def test_comment_authors_get_names_from_reporter_assignee_and_watchers_ids(read_text):
    export = read_text(HEADER + ROW)
    assert authors(export) == [
        [("Ana Silva", "557058:ana"), ("Di Wu", "712020:di"), ("qm:stranger", "qm:stranger")],
        [("Bo Li", "557058:bo")],
    ]
    assert not [w for w in export.warnings if "account ids" in w]


def test_creator_id_pairs_and_headers_fold_case_and_spaces(read_text):
    export = read_text(
        "Issue key,Summary,Created,Reporter Id,CREATOR,creator  id,Comment\n"
        "S-1,a,17/Jan/21 10:32 AM,557058:ana,Eve Ko,557058:eve,18/Jan/21 9:05 AM;557058:eve;hi\n"
    )
    assert authors(export) == [[("Eve Ko", "557058:eve")]]


def test_localised_reporter_pair_uses_the_canonical_headers(read_text):
    export = read_text(
        "Clave de incidencia,Resumen,Creada,Informador,ID del informador,Comentario\n"
        "S-1,a,17/ene/21 10:32 AM,Ana Silva,557058:ana,18/ene/21 9:05 AM;557058:ana;hola\n"
    )
    assert authors(export) == [[("Ana Silva", "557058:ana")]]


def test_id_name_pairs_find_prefix_and_suffix_id_headers():
    columns = ["reporter", "reporter_id", "assignee", "Assignee Id", "Watchers", "Watchers Id",
               "Creador", "ID del Creador", "Sprint"]
    assert id_name_pairs(columns) == [
        ("reporter_id", "reporter"), ("Assignee Id", "assignee"), ("Watchers Id", "Watchers"),
        ("ID del Creador", "Creador"),
    ]


def test_id_authors_no_column_names_get_one_warning(read_text):
    export = read_text(
        "Issue key,Summary,Created,Reporter Id,Comment\n"
        "S-1,a,17/Jan/21 10:32 AM,557058:ana,18/Jan/21 9:05 AM;557058:bo;hi\n"
    )
    (warning,) = [w for w in export.warnings if "account ids" in w]
    assert warning.startswith("Comment authors are shown as account ids")
    assert authors(export) == [[("557058:bo", "557058:bo")]]


def test_name_authors_get_no_warning(read_text):
    export = read_text(
        "Issue key,Summary,Created,Reporter Id,Comment\n"
        "S-1,a,17/Jan/21 10:32 AM,557058:ana,18/Jan/21 9:05 AM;bob;hi\n"
    )
    assert not [w for w in export.warnings if "account ids" in w]
