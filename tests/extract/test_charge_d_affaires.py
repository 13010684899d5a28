"""The head of an embassy without an ambassador, "Chargé d'Affaires" (also "charge d'affaires",
"a.i.", "ad interim"): a title before or after the name, of the sending country; on articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2027, 2, 8)


def test_charge_d_affaires_before_the_name(nlp):
    x = extract_text(nlp, "NASSAU: U.S. Chargé d'Affaires Lorna Whitcombe accompanied the delegation throughout the visit.\n", PUBLISHED)
    assert ("Lorna Whitcombe", "Chargé d'Affaires", "USA") in holdings(x)


def test_charge_d_affaires_unaccented_in_commas(nlp):
    x = extract_text(nlp, "BRIDGETOWN: The Canadian charge d'affaires, Elliot Marrow, attended the ceremony on Monday.\n", PUBLISHED)
    assert ("Elliot Marrow", "Chargé d'Affaires", "CAN") in holdings(x)


def test_charge_d_affaires_ad_interim(nlp):
    text = "KINGSTON: Chargé d'Affaires a.i. Pieter Vanstone of the Netherlands met Defence Minister Carla Duncombe on Monday.\n"
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Pieter Vanstone", "Chargé d'Affaires", "NLD") in holdings(x)


def test_a_minister_in_charge_of_affairs_is_no_charge_d_affaires(nlp):
    text = "KINGSTON: Carla Duncombe, the minister in charge of veterans' affairs, opened the memorial on Monday.\n"
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(title == "Chargé d'Affaires" for _, title, _ in holdings(x))
    assert "Carla Duncombe" in person_names(x)
