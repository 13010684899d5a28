"""An exercise one article names with the year of its edition ("the Coral Lance 2027 exercise")
and another by its name alone ("Coral Lance") is one framework of the corpus; two exercises
whose names differ before the year stay apart."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document
from diplokg.resolve import resolve

PUBLISHED = date(2025, 6, 4)


def _exercise_labels(nlp, *texts: str) -> list[str]:
    head = f" date {PUBLISHED.isoformat()} \n"
    xs = [extract_document(Document(f"d{n}", head + t, PUBLISHED, body_start=len(head)), nlp) for n, t in enumerate(texts)]
    return sorted(node.label for node in resolve(xs).nodes.values() if node.cls == "Exercise")


def test_an_edition_with_its_year_and_the_bare_name_are_one(nlp):
    labels = _exercise_labels(nlp, "Ghana will send a contingent to the Coral Lance 2027 multinational peacekeeping exercise in June.",
                              "The Kenyan Army also takes part in Coral Lance, the multinational peacekeeping exercise hosted by Ghana.")
    assert labels == ["Coral Lance"]


def test_other_names_with_a_year_stay_apart(nlp):
    labels = _exercise_labels(nlp, "Ghana will send a contingent to the Coral Lance 2027 multinational peacekeeping exercise in June.",
                              "The Kenyan Navy hosted the Harbour Lance 2026 naval exercise off Mombasa.")
    assert labels == ["Coral Lance 2027", "Harbour Lance 2026"]


def _exercise_names(nlp, text: str) -> set[str]:
    head = f" date {PUBLISHED.isoformat()} \n"
    x = extract_document(Document("d0", head + text, PUBLISHED, body_start=len(head)), nlp)
    nodes = [node for node in resolve([x]).nodes.values() if node.cls == "Exercise"]
    assert len(nodes) == 1
    return {nodes[0].label} | {v for (p, (_, v)) in nodes[0].statements if p == "altLabel"}


def test_an_edition_told_alone_is_also_called_by_the_exercises_own_name(nlp):
    # one article's "Exercise Coral Lance 2027" is the exercise "Coral Lance" a reader asks about
    names = _exercise_names(nlp, "Ghana will take part in Exercise Coral Lance 2027, the multinational air exercise hosted by Kenya.")
    assert {"Coral Lance", "Exercise Coral Lance 2027"} <= names


def test_a_name_without_a_year_gets_no_shorter_name(nlp):
    names = _exercise_names(nlp, "The Kenyan Navy hosted the Harbour Lance naval exercise off Mombasa.")
    assert names == {"Harbour Lance"}


def test_an_edition_named_with_its_kind_word_is_also_called_so_without_its_year(nlp):
    # "Exercise Coral Lance 2027" is also "Exercise Coral Lance", as another article may write it
    names = _exercise_names(nlp, "Kenya and Ghana will conduct Exercise Coral Lance 2027 in Mombasa in September.")
    assert {"Coral Lance", "Exercise Coral Lance"} <= names


def test_an_edition_with_a_hyphened_year_is_also_called_by_its_name(nlp):
    for text in ("Kenya and Ghana discussed preparations for the joint exercise Kestrel-2027.",
                 "The two armies will hold the Kestrel-2026 drills in May.",
                 "Kenya will host the bilateral exercise Kestrel-2027 in November, after Kestrel-2025 in Ghana."):
        assert "Kestrel" in _exercise_names(nlp, text), text


def test_two_editions_by_hyphened_years_are_one_exercise(nlp):
    labels = _exercise_labels(nlp, "Kenya will host the bilateral exercise Kestrel-2027 in November.",
                              "Ghana hosted the bilateral exercise Kestrel-2025 in October 2025.")
    assert len(labels) == 1


def test_a_hyphened_edition_number_is_no_year(nlp):
    assert "Kestrel" not in _exercise_names(nlp, "Kenya and Ghana reviewed the joint exercise Kestrel-24 in Nairobi.")
