"""Country names written in a form the country tables lack ("the Republic of Congo"), on invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


def test_republic_of_congo_is_a_country_of_its_own(nlp):
    text = "The Lake Tanganyika Basin Commission admitted the Republic of Congo and Angola as observers."
    assert members_stated(text, nlp) == {(iso, "Lake Tanganyika Basin Commission", "observer") for iso in ("COG", "AGO")}


def test_democratic_republic_of_congo_stays_itself(nlp):
    text = "The Lake Tanganyika Basin Commission admitted the Democratic Republic of Congo and Angola as observers."
    assert members_stated(text, nlp) == {(iso, "Lake Tanganyika Basin Commission", "observer") for iso in ("COD", "AGO")}
