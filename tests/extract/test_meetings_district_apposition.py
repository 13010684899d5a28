""""in <district>, a <city> suburb" / "in <district>, a suburb of <city>": the article says the
district is part of a city, and the meeting's place is that city (as for "in <district>, <city>")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 9, 10)


@pytest.mark.parametrize("district", ["Kadikoy, an Istanbul district", "Kadikoy, a suburb of Istanbul",
                                      "Kadikoy, a busy Istanbul district"])
def test_a_district_told_part_of_a_city_puts_the_meeting_in_the_city(nlp, district):
    x = extract_text(nlp, f"Defence Minister Ali Demir hosted Greek Defence Minister Nikos Pappas at the naval command "
                          f"in {district}, on Monday.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Ali Demir", "Nikos Pappas")]) == "Istanbul"


def test_an_unknown_district_before_its_city(nlp):
    x = extract_text(nlp, "Defence Minister Tore Lund hosted Danish Defence Minister Mads Holm at the ministry's "
                          "headquarters in Grefsen, an Oslo suburb, on Monday.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Mads Holm", "Tore Lund")]) == "Oslo"


def test_a_city_in_an_apposition_to_a_person_is_no_place(nlp):
    x = extract_text(nlp, "Defence Minister Tore Lund hosted Danish Defence Minister Mads Holm in Bergen on Monday. "
                          "Holm, a former Oslo district mayor, flew home.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Mads Holm", "Tore Lund")]) == "Bergen"
