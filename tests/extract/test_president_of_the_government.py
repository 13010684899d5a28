"""Spain's head of government, the "President of the Government" ("Presidente del Gobierno"), is a
post of the country named after it, the post other texts call its Prime Minister."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held

PUBLISHED = date(2025, 6, 3)


def test_president_of_the_government_of_a_country_in_commas(nlp):
    text = ("The plant was opened during the visit of the President of the Government of Spain, Mr Ramon Ferrer Alba, "
            "to Chile in October 2024, when he held talks with President Lucia Paredes.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Ramon Ferrer Alba", "President of the Government", "ESP") in holdings(x)
    assert "Prime Minister" in offices_held(x)["Ramon Ferrer Alba"].aliases


def test_a_president_of_a_government_body_is_no_head_of_government(nlp):
    text = ("The President of the Government Procurement Board of Spain, Ramon Ferrer Alba, visited Chile in "
            "October 2024, when he held talks with President Lucia Paredes.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(person == "Ramon Ferrer Alba" and title == "President of the Government" for person, title, _ in held)
