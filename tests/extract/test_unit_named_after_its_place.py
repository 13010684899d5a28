"""A unit named after the place it covers ("Coast Guard Sector Key West"): the place's name is the
unit's, not a person's, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names, posts_held

PUBLISHED = date(2025, 5, 4)


def test_the_place_after_a_sector_is_the_units_name(nlp):
    text = "Capt. Marla Quenby, commander of Coast Guard Sector Port Wells, met Bahamian officials on Monday."
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Marla Quenby"]
    assert [t for t, _, _ in posts_held(x)["Marla Quenby"]] == ["Commander of Coast Guard Sector Port Wells"]


def test_a_name_after_the_unit_word_that_acts_is_a_person(nlp):
    # no comma closes the unit's name: the name is its commander's, acting in the sentence
    text = "Commander of Coast Guard Sector Tom Harwell met Bahamian officials on Monday."
    assert "Tom Harwell" in person_names(extract_text(nlp, text, PUBLISHED))
