"""A military installation named after someone ("Queen Mary Barracks", "Prince Albert Base") is a
place, not a person, and a title before it ("Queen", "King") makes no office. On sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(
    "text, place_words",
    [
        ("SUVA: Defence Minister Ana Torres toured King George Barracks on Monday. Chile and Fiji agreed to train together.", "George Barracks"),
        ("SUVA: Defence Minister Ana Torres visited Prince Albert Base, where she met Major-General Tom Reed. Chile and Fiji agreed.", "Albert Base"),
        ("SUVA: During a tour of Queen Mary Barracks, Defence Minister Ana Torres met troops. Chile and Fiji agreed.", "Mary Barracks"),
        ("SUVA: Defence Minister Ana Torres landed at the Sir Henry Wilson Airfield on Monday. Chile and Fiji agreed to train.", "Henry Wilson Airfield"),
    ],
)
def test_an_installation_named_after_someone_is_no_person(nlp, text, place_words):
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(place_words in name for name in person_names(x))
    assert not any(place_words in name for name, _, _ in holdings(x))
    assert ("Ana Torres", "Defence Minister", "FJI") in holdings(x) or ("Ana Torres", "Defence Minister", "CHL") in holdings(x)


def test_a_person_met_at_a_barracks_is_still_a_person(nlp):
    text = "SUVA: Defence Minister Ana Torres met Colonel Jane Reed at the barracks on Monday. Chile and Fiji agreed to train together."
    assert "Jane Reed" in person_names(extract_text(nlp, text, PUBLISHED))
