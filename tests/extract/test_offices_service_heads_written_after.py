"""Posts at the head of an armed service written with the service first ("Coast Guard
Commandant X"), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 3)


def test_a_service_commandant_before_the_name(nlp):
    text = "Kenyan Coast Guard Commandant Colonel Amos Kiprono met visiting Tanzanian officers in Mombasa on Monday."
    assert ("Amos Kiprono", "Commandant of the Coast Guard", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_commandant_of_the_service_keeps_its_canonical_form(nlp):
    text = "The Commandant of the Coast Guard of Kenya, Colonel Amos Kiprono, met Tanzanian officers in Mombasa."
    assert ("Amos Kiprono", "Commandant of the Coast Guard", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_commandant_of_a_college_is_no_service_post(nlp):
    text = "Kenya's Defence Minister Aden Duale met Commandant Colonel Amos Kiprono at the staff college in Karen."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(title == "Commandant of the Coast Guard" for _, title, _ in held)
