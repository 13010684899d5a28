"""A city of a country the article never names, in a story told from another country, where the
holder of an untold country meets someone of a third country, is a venue: it does not give the
holder its country (the story's home country does). Invented text."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 3)


def test_a_third_countrys_city_is_no_home(nlp):
    x = extract_text(nlp, "Defence Minister Ana Torres met Korean Defence Minister Park Min-jun in Vienna on "
                     "Tuesday. Torres said Chile valued the partnership. Chile will host the next round of talks.\n",
                     PUBLISHED)
    assert ("Ana Torres", "Defence Minister", "CHL") in holdings(x)
    assert not any(h[0] == "Ana Torres" and h[2] == "AUT" for h in holdings(x))


def test_a_city_of_a_country_the_article_names_still_places(nlp):
    x = extract_text(nlp, "Defence Minister Ana Torres met Korean Defence Minister Park Min-jun in Vienna on "
                     "Tuesday. Austria and Korea agreed to expand cooperation. Austria will host the next round.\n",
                     PUBLISHED)
    assert ("Ana Torres", "Defence Minister", "AUT") in holdings(x)


def test_the_home_countrys_city_still_places(nlp):
    x = extract_text(nlp, "Defence Minister Ana Torres met Korean Defence Minister Park Min-jun in Santiago on "
                     "Tuesday. Torres said Chile valued the partnership.\n", PUBLISHED)
    assert ("Ana Torres", "Defence Minister", "CHL") in holdings(x)
