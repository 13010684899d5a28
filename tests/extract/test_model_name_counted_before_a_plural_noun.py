"""Capitalised words counted and followed by a plural noun ("three Marlin Evolved submarines") are a
product's or a class's name, not a person; a person counted among others ("two Generals, Ivo Kral
and ...") or a name before a verb stays one."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)


def test_counted_model_before_a_plural_noun_is_no_person(nlp):
    text = ("JAKARTA - Indonesia has ordered two Rafale jets and three Marlin Evolved submarines, Defence Minister "
            "Budi Santoso said, after meeting John Marsh.")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Marlin Evolved" not in names
    assert "Budi Santoso" in names


def test_names_listed_after_a_counted_plural_stay_persons(nlp):
    text = "JAKARTA - The talks of the two ministers, Budi Santoso and John Marsh, lasted two hours on Monday."
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Budi Santoso" in names
