"""Names after a rank the model missed, and places next to titles that are no names, on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 5, 4)


def test_a_name_after_a_two_word_rank_is_a_person(nlp):
    text = (
        "Spain's Minister of Defence was represented by Vice Admiral Etienne Morvan, the commander of Spanish "
        "forces in the Atlantic, who called on Portugal's Prime Minister."
    )
    assert "Etienne Morvan" in person_names(extract_text(nlp, text, PUBLISHED))


def test_a_one_word_rank_does_not_make_a_company_a_person(nlp):
    text = "The navy signed a contract with General Dynamics Land Systems in Lima on Friday."
    assert person_names(extract_text(nlp, text, PUBLISHED)) == []


def test_a_force_named_with_a_possessive_is_no_name(nlp):
    text = (
        "He met his Laotian counterpart, Lt Gen Khamliang Outhakaysone, Chief of the General Staff of the "
        "Lao People's Army. The two generals reviewed training."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert "People" not in person_names(x)
    assert ("Khamliang Outhakaysone", "Chief of General Staff", "LAO") in holdings(x)


def test_a_street_address_before_a_title_is_no_name(nlp):
    text = "During the meeting at 10, Rua Augusta, the Prime Minister recalled his talks with Spanish leaders."
    assert "Rua Augusta" not in person_names(extract_text(nlp, text, PUBLISHED))


def test_a_name_before_a_title_after_a_verb_is_still_a_name(nlp):
    # not an address: no house number, no "at"
    text = "Officials said Rosa Morales Vega, the Defence Minister of Chile, would attend."
    assert ("Rosa Morales Vega", "Defence Minister", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_people_named_by_its_plural_demonym_is_no_person(nlp):
    text = "Prime Minister Tomas Herrera reviewed progress on recruiting Papua New Guineans into the navy."
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Papua New Guineans" not in names
    assert "Tomas Herrera" in names


def test_pacific_island_countries_name_no_country(nlp):
    """"Island" is one of countryinfo's spellings of Iceland: a Pacific Island nation is not Iceland."""
    text = "Minister Tevita Lavemaau said the fund coordinates support to Pacific Island countries and Tuvalu."
    x = extract_text(nlp, text, PUBLISHED)
    assert "ISL" not in x.countries and "TUV" in x.countries


def test_initials_after_a_rank_that_look_like_a_ship_prefix_are_a_name(nlp):
    text = "Lt Gen NS Bhalla, Vice Chief of the Army Staff, called on Ghana's Defence Minister in Accra on Monday."
    assert "NS Bhalla" in person_names(extract_text(nlp, text, PUBLISHED))
    text = "The frigate docked at Accra, and NS Kaveri sailed on Monday."  # a ship prefix without a rank: a ship
    assert person_names(extract_text(nlp, text, PUBLISHED)) == []
