"""An exercise one article names with its kind word first ("Exercise SEA LANCE") and another by
its name alone, in other letter case ("the naval exercise Sea Lance"), is one framework of the
corpus; a name that only shares its last words with another stays apart."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document
from diplokg.resolve import resolve

PUBLISHED = date(2025, 6, 4)


def _exercise_labels(nlp, *texts: str) -> list[str]:
    """The labels of the exercises of the resolved graph of ``texts``, one article each."""
    head = f" date {PUBLISHED.isoformat()} \n"
    xs = [extract_document(Document(f"d{n}", head + t, PUBLISHED, body_start=len(head)), nlp) for n, t in enumerate(texts)]
    return sorted(node.label for node in resolve(xs).nodes.values() if node.cls == "Exercise")


def test_an_exercise_named_with_and_without_its_kind_word_is_one(nlp):
    labels = _exercise_labels(nlp, "The two navies conducted the third edition of Exercise SEA LANCE off Mombasa in 2024.",
                              "The ministers discussed joint training and the naval exercise Sea Lance.")
    assert len(labels) == 1


def test_other_exercises_stay_apart(nlp):
    labels = _exercise_labels(nlp, "The two navies conducted the third edition of Exercise SEA LANCE off Mombasa in 2024.",
                              "The ministers discussed the naval exercise Coral Lance.")
    assert len(labels) == 2
