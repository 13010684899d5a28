"""A known city written with "City" after its name ("Taguig City") is that city; on sentences
written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

from diplokg import refdata


def test_a_city_written_with_city_after_its_name():
    cities = refdata.cities()
    assert cities["Taguig City"].name == "Taguig"
    # a name that is another city's stays that city: "Quezon City", "Mexico City"
    assert cities["Quezon City"].name == "Quezon City"
    assert cities["Mexico City"].country == "MEX"


def test_the_visit_to_a_capital_written_with_city(nlp):
    text = "On Tuesday, the Minister of Defence, Kadri Tamm, welcomed her Latvian counterpart, Janis Ozols, for a working visit to Tallinn City."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Janis Ozols", "Kadri Tamm")]) == "Tallinn"
