"""A ruler's title that is also a common given name ("Amir", "Emir", "Sultan") is the holder's given
name where a title cannot stand: after a retired officer's rank ("Maj Gen (Retd) Amir X") or as the
name in apposition to another post ("the ministry's director general, Amir X,"); used as a title
("the Emir of <country> Sheikh X", "Qatari Emir Sheikh X") it stays one. On invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs, offices_held, person_names

PUBLISHED = date(2026, 3, 12)


def test_a_given_name_after_a_retired_officers_rank(nlp):
    x = extract_text(nlp, "The Chilean delegation includes the Director General of the Chile Ministry of Defence, "
                          "Maj Gen (Retd) Amir Koslan. Peruvian Defence Secretary Pavel Drenk met Maj Gen Koslan on February 17.", PUBLISHED)
    assert "Amir Koslan" in person_names(x)
    assert not any(title == "Emir" for _, title, _ in holdings(x))
    assert ("Amir Koslan", "Pavel Drenk") in meeting_pairs(x)


def test_a_given_name_in_apposition_to_another_post(nlp):
    x = extract_text(nlp, "The ministry's director general, Amir Koslan, held a meeting with Peruvian Defence Secretary "
                          "Pavel Drenk on the same day.", PUBLISHED)
    assert "Amir Koslan" in person_names(x)
    assert not any(title == "Emir" for _, title, _ in holdings(x))
    assert ("Amir Koslan", "Pavel Drenk") in meeting_pairs(x)


def test_the_emir_of_a_country_before_an_honorific_stays_a_title(nlp):
    x = extract_text(nlp, "Peruvian Defence Minister Pavel Drenk called on the Emir of Kuwait Sheikh Tamim bin Koral "
                          "in Kuwait City on Monday.", PUBLISHED)
    assert ("Tamim bin Koral", "Emir", "KWT") in holdings(x)


def test_a_countrys_emir_in_apposition_with_an_honorific_stays_a_title(nlp):
    x = extract_text(nlp, "Pavel Drenk, Defence Minister of Peru, met Qatar's head of state, Emir Sheikh Tamim bin Koral, "
                          "on Monday.", PUBLISHED)
    assert not any(name.startswith("Emir") for name in person_names(x))


def test_the_ministrys_country_word_is_the_offices_country(nlp):
    # "of the Chile Ministry of Defence": the gold writes the post without the country word
    x = extract_text(nlp, "Director General of the Chile Ministry of Defence Pavel Drenk met Peru's Defence Minister "
                          "Ana Koral on Monday.", PUBLISHED)
    office = offices_held(x)["Pavel Drenk"]
    assert office.country == "CHL"
    assert "Director General of the Ministry of Defence" in office.aliases


def test_a_given_name_before_a_post_set_in_commas_after_the_name(nlp):
    # "received by Amir X, chairman of the country's presidency": the post is written after the name,
    # so the word before the name is no second post but the holder's given name
    x = extract_text(nlp, "Peruvian Defence Minister Pavel Drenk was later received by Amir Koslanic, chairman of the "
                          "country's council, at the council building in Lima.", PUBLISHED)
    assert "Amir Koslanic" in person_names(x)
    assert "Koslanic" not in person_names(x)
    assert not any(title == "Emir" for _, title, _ in holdings(x))


def test_a_countrys_emir_before_a_name_and_a_post_stays_a_title(nlp):
    # a country's ruler named with his post before the name: the title stays
    x = extract_text(nlp, "Peruvian Defence Minister Pavel Drenk was received by Kuwait's Emir Tamim, chairman of the "
                          "Supreme Defence Council, on Monday.", PUBLISHED)
    assert not any(name.startswith("Emir") for name in person_names(x))
