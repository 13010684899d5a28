"""A zone that countries are members of is a body ("A is one of the 24 members of the X Peace Zone,
together with B and C"); a country's possessive in a member list names something of that country,
not the country ("alongside B and C's Y Front") (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_members_of_a_zone_together_with_others(nlp):
    text = ("Peru is one of the 24 members of the Pacific Peace and Cooperation Zone (ZOPAP), together with Ecuador, "
            "Colombia and 21 island states.")
    assert members_stated(text, nlp) == {(iso, "Pacific Peace and Cooperation Zone", "member") for iso in ("PER", "ECU", "COL")}


def test_a_zone_no_country_is_a_member_of_is_no_body(nlp):
    text = "Peru and Ecuador patrol the Pacific Exclusion Zone, the navy said."
    assert not members_stated(text, nlp)


def test_a_countrys_possessive_in_a_member_list_is_not_that_country(nlp):
    text = "Peru is a member of the Andean Solidarity Group, alongside Ecuador, Colombia and Bolivia's Popular Front."
    assert members_stated(text, nlp) == {(iso, "Andean Solidarity Group", "member") for iso in ("PER", "ECU", "COL")}


def test_a_countrys_possessive_before_a_title_is_still_that_country(nlp):
    text = ("Peru's Defence Minister Ana Ruiz met Ecuadorian officials in Lima.\n\n"
            "Both countries are members of the Andean Solidarity Group, alongside Colombia and Bolivia.")
    assert members_stated(text, nlp) >= {(iso, "Andean Solidarity Group", "member") for iso in ("COL", "BOL")}
