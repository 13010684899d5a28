"""The place of a meeting told at a venue "in" its city."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_venue_taken_for_a_city_then_in_its_city_is_the_city(nlp):
    text = (
        "Army chief General Aldo Verani will visit Peru from February 3 to 5.\n\n"
        "General Verani is scheduled to call on President Tomas Brellik at Kelvarzong in Cusco on Thursday, "
        "officials said."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aldo Verani", "Tomas Brellik")]
    assert place_name(x, meeting) == "Cusco"


def test_city_in_a_country_stays_the_city(nlp):
    text = "General Aldo Verani held talks with President Tomas Brellik in Arequipa in Peru on Thursday."
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aldo Verani", "Tomas Brellik")]
    assert place_name(x, meeting) == "Arequipa"
