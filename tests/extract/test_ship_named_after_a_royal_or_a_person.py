"""A warship named after a person, with a royal style ("HMS Queen Adela") or a coast guard's
prefix ("ICGS Sarojini Devi"): a ship, no person. A person named right after a ship's name
("aboard INS Talvar, Commodore X said") stays a person. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_ship_with_a_royal_style_is_no_person(nlp):
    text = ("Defence Secretary Hugh Pellam met the Norwegian chief of defence, General Erik Stavang, on Monday. "
            "General Stavang also visited HMS Queen Adela at Portsmouth.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert not any("Adela" in n for n in names)
    assert "Erik Stavang" in names


def test_coast_guard_ship_is_no_person(nlp):
    text = ("The Indian Coast Guard ship ICGS Sarojini Devi called at Port Louis on Friday. "
            "Commandant Rakesh Nairon met the Mauritian Commissioner of Police Anand Tolbar.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert not any("Sarojini" in n for n in names)
    assert "Rakesh Nairon" in names


def test_officer_named_after_the_ship_stays_a_person(nlp):
    # must not fire: the officer after the ship's name and a comma is a person
    text = ("Aboard HMS Queen Adela, Commodore Piet Vandel met the Omani Navy commander Rear Admiral Saif Al Harqi on Tuesday.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Piet Vandel" in names
    assert not any("Adela" in n for n in names)
