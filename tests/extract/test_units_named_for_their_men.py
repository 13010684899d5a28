""""Royal Marines trained alongside Peruvian forces": a unit named for its men in the plural ("Royal
Marines", "Gurkha Rifles") is not a person, however the model reads it; a titled person whose
surname is such a word still is. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)


def test_a_unit_opening_a_sentence_is_no_person(nlp):
    x = extract_text(nlp, "Chile and Peru, both founding members of the Pacific Pact, are also members of the Andean "
                          "Guard, alongside Bolivia and Ecuador. Royal Marines trained alongside Peruvian forces during "
                          "Exercise Cold Harbour 2027 in Arica last month.\n", PUBLISHED)
    assert "Royal Marines" not in person_names(x)


def test_a_titled_person_keeps_a_surname_of_that_kind(nlp):
    x = extract_text(nlp, "Peruvian Defence Minister Pira Solvent met Chilean Army chief General Tavo Guards in Lima "
                          "on Monday.\n", PUBLISHED)
    assert "Tavo Guards" in person_names(x)
