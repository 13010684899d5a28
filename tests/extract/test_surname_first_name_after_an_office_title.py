"""A surname-first name ("Tran Van Minh", three words) later named by its family name after an
office title or a rank ("Minister Tran", "General Tran"), as after "Mr": the same person, not
another. A titled family name that no person named in full begins with stays its own person.
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_minister_and_family_name_of_a_surname_first_name(nlp):
    text = ("Tran Van Minh, Vietnam's Minister of National Defence, received Indian Chief of Naval Staff Admiral Rohan Dessal "
            "on Thursday. Minister Tran said the navies would hold more port calls.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Tran" not in names
    assert "Tran Van Minh" in names


def test_titled_family_name_of_no_one_named_in_full(nlp):
    # must not fire: no full name begins with "Hoang", so "Minister Hoang" is someone else
    text = ("Tran Van Minh, Vietnam's Minister of National Defence, received Indian Chief of Naval Staff Admiral Rohan Dessal "
            "on Thursday. Deputy Minister Hoang said the navies would hold more port calls.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Tran Van Minh" in names and "Hoang" in names
