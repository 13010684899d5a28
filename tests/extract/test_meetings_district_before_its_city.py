""""at the Air Force headquarters in <district>, <city>": the meeting is in the city after the comma,
also when the district is taken for a city of its own; not when the two are a list of cities."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = "ANKARA, May 6 (AA) - Hungarian Defence Minister Kristof Szalay arrived in Turkey on Monday for a three-day visit.\n\n"


def _place(nlp, sentence: str) -> str | None:
    x = extract_text(nlp, LEAD + sentence, published=date(2026, 5, 6))
    return place_name(x, meetings_by_participants(x)[("Kristof Szalay", "Yasar Guler")])


def test_district_and_city_give_the_city(nlp):
    sentence = ("On Tuesday, Szalay held a bilateral meeting with Turkish Defence Minister Yasar Guler at the ministry in "
                "Bakanliklar, Ankara, where they discussed air defence.")
    assert _place(nlp, sentence) == "Ankara"


def test_a_list_of_cities_is_no_district(nlp):
    sentence = "On Tuesday, Szalay held talks with Turkish Defence Minister Yasar Guler in Izmir, Ankara and Istanbul."
    assert _place(nlp, sentence) == "İzmir"  # the gazetteer's spelling
