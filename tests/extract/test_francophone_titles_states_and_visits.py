"""A francophone junior minister's title, a state written with its kind, and the maker of a visit, on
invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held, person_names

PUBLISHED = date(2026, 2, 12)


def test_a_minister_delegate_in_charge_of_a_portfolio_is_one_title_before_the_name(nlp):
    text = ("DAKAR - The Defence Minister hosted a delegation led by Togo's Minister Delegate in charge of "
            "National Defence, Komlan Agbessi, at the ministry on Wednesday.")
    x = extract_text(nlp, text, PUBLISHED)
    assert "Delegate" not in person_names(x)
    assert ("Komlan Agbessi", "Minister Delegate for Defence", "TGO") in holdings(x)


def test_a_minister_in_charge_of_a_portfolio_is_its_minister(nlp):
    text = "Ghana's Minister in charge of Defence, Kwame Asante, met the visiting chiefs in Accra on Monday."
    assert ("Kwame Asante", "Defence Minister", "GHA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_state_written_with_its_kind_is_no_person(nlp):
    text = "Both sides agreed to set up a joint coordination cell in Bajoga, Gombe State, next month."
    assert person_names(extract_text(nlp, text, PUBLISHED)) == []
    text = "Governor Inuwa Yahaya of Gombe State received the team."  # the governor is still a person
    assert person_names(extract_text(nlp, text, PUBLISHED)) == ["Inuwa Yahaya"]


def test_who_makes_a_visit_to_a_city_is_not_of_its_country(nlp):
    text = ("Both sides reviewed the defence pact signed in Nairobi in 2024 during the visit of President "
            "Amos Kariuki to the region.")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(country == "KEN" for _, _, country in holdings(x))
    text = "President Amos Kariuki hosted the defence chiefs in Nairobi on Monday."  # a host at home
    assert ("Amos Kariuki", "President", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_hellenic_names_greece_in_a_title(nlp):
    text = "The minister was accompanied by Chief of the Hellenic National Defence General Staff General Petros Kallis."
    assert ("Petros Kallis", "Chief of National Defence General Staff", "GRC") in holdings(extract_text(nlp, text, PUBLISHED))
    text = "Indian Defence Minister Arjun Rao met the Chief of the Hellenic Navy, Vice Admiral Petros Kallis, in Athens."
    assert ("Petros Kallis", "Navy Chief", "GRC") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_name_ending_in_a_groupings_head_word_is_no_person(nlp):
    text = "The ministers also discussed the Kofi Annan Initiative on maritime security."  # named after a person, still no person
    assert person_names(extract_text(nlp, text, PUBLISHED)) == []
    text = "Ghana's Defence Minister Kwame Asante discussed the Danube Conclave with his counterpart."  # the person stays
    assert person_names(extract_text(nlp, text, PUBLISHED)) == ["Kwame Asante"]


def test_a_state_written_with_its_kind_has_its_country():
    from diplokg import refdata

    assert refdata.subdivision_countries()["Gombe State"] == "NGA"
    assert "Gombe State" in refdata.subdivision_names()


def test_a_minister_delegate_for_the_portfolio_keeps_the_whole_title(nlp):
    text = ("Cotonou, March 4 (ABP) - The talks brought together Mr Idrissa Kone, Minister of Defence of Niger, and "
            "Colonel Amadou Sawadogo, Burkina Faso's Minister Delegate for the Armed Forces, in Cotonou on Tuesday.")
    x = extract_text(nlp, text, PUBLISHED)
    held = offices_held(x)["Amadou Sawadogo"]
    assert held.country == "BFA"
    assert "Minister Delegate for the Armed Forces" in [held.title, *held.aliases]


def test_a_minister_delegate_without_a_portfolio_stays_the_bare_rank(nlp):
    text = ("Cotonou, March 4 (ABP) - Colonel Amadou Sawadogo, Minister Delegate of Burkina Faso, met Mr Idrissa Kone, "
            "Minister of Defence of Niger, in Cotonou on Tuesday.")
    assert offices_held(extract_text(nlp, text, PUBLISHED))["Amadou Sawadogo"].title == "Minister Delegate"
