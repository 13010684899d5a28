"""A country or city word that ends the name of a sea, gulf or bay ("the Gulf of Guinea", "the Bay
of Bengal") names the waters, not the country: no one of the sentence is placed in it."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_gulf_named_after_a_country_places_no_one(nlp):
    x = extract_text(nlp, "Navy chief Vice Admiral Sola Adeyemi said piracy in the Gulf of Guinea had fallen sharply this year.")
    assert not any(country == "GIN" for _, _, country in holdings(x))


def test_country_after_of_in_a_title_stays_the_country(nlp):
    x = extract_text(nlp, "Defence Minister Oumar Camara of Guinea met army officers in Conakry on Monday.")
    assert ("Oumar Camara", "Defence Minister", "GIN") in holdings(x)
