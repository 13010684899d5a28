"""A person named with a quoted nickname ('Josefa "Pep" Almira'), later by the nickname and
the surname ("Pep Almira"): the same person. Another given name with the same surname stays
another person. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_nickname_and_surname_name_the_person(nlp):
    text = ('Defence Minister Ramesh Jaivar met the Philippine Ambassador Josefina "Joy" Salcora on Thursday. '
            "Joy Salcora said more orders could follow.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert [n for n in names if n.endswith("Salcora")] == ["Josefina Salcora"]


def test_other_given_name_with_the_surname_is_another_person(nlp):
    # must not fire: "Ramon" is no nickname of hers
    text = ('Defence Minister Ramesh Jaivar met the Philippine Ambassador Josefina "Joy" Salcora on Thursday. '
            "Her brother Ramon Salcora said more orders could follow.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert sorted(n for n in names if n.endswith("Salcora")) == ["Josefina Salcora", "Ramon Salcora"]
