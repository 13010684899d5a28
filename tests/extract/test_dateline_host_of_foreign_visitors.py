"""Whom a visitor calls on in the dateline's city is of that country, whatever the story's home, on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_whom_a_foreign_visitor_is_expected_to_call_on_is_the_datelines(nlp):
    text = (
        "SEOUL, May 4 (Reuters) - Australia's Defence Minister Mark Dalton and South Korea's Defence Minister "
        "Kim Dong-won agreed on Sunday to expand naval drills, citing China's growing reach. China protested. "
        "Dalton is expected to call on Prime Minister Han Min-soo on Thursday before travelling to Manila."
    )
    assert ("Han Min-soo", "Prime Minister", "KOR") in _holds(nlp, text)


def test_a_visitor_of_the_datelines_own_country_gives_no_host(nlp):
    # the visitor is from the dateline's country: whom he calls on abroad is not his country's
    text = (
        "SEOUL, May 4 (Reuters) - South Korea's Defence Minister Kim Dong-won will travel to Canberra next week, "
        "officials said. China protested. China has warned Seoul. Kim is expected to call on Prime Minister "
        "Anthony Reed in Canberra on Thursday."
    )
    assert ("Anthony Reed", "Prime Minister", "KOR") not in _holds(nlp, text)


def test_whom_a_foreign_visitor_pays_a_courtesy_call_on_is_the_datelines(nlp):
    text = (
        "SEOUL, May 4 (Reuters) - Australia's Defence Minister Mark Dalton and South Korea's Defence Minister "
        "Kim Dong-won agreed on Sunday to expand naval drills, citing China's growing reach. China protested. "
        "Dalton also paid a courtesy call on Prime Minister Han Min-soo at his office on Monday."
    )
    assert ("Han Min-soo", "Prime Minister", "KOR") in _holds(nlp, text)


def test_whom_a_visitor_pays_tribute_to_in_a_home_story_is_no_host(nlp):
    # the visitor is of the dateline's country: "paid" gives no host abroad
    text = (
        "SEOUL, May 4 (Reuters) - South Korea's Defence Minister Kim Dong-won will travel to Canberra next week, "
        "officials said. China protested. China has warned Seoul. Kim paid a courtesy call on Prime Minister "
        "Rachel Moore in Canberra on Monday."
    )
    assert not any(name == "Rachel Moore" and country == "KOR" for name, _, country in _holds(nlp, text))


def test_who_represents_a_country_is_of_that_country(nlp):
    text = (
        "SUVA, May 4 (Reuters) - Pacific defence ministers met in Suva on Sunday. New Zealand was represented by "
        "Tom Harris, the Minister for Defence Industry, who met Fiji's Defence Minister Jone Tikoduadua."
    )
    assert ("Tom Harris", "Defence Industry Minister", "NZL") in _holds(nlp, text)


def test_who_represents_a_minister_takes_no_country_from_it(nlp):
    # "represented the Prime Minister": a person, not a country, is represented
    text = "SUVA, May 4 (Reuters) - Fiji's Minister Tom Harris represented the Prime Minister at talks with New Zealand's Defence Minister Jone Tikoduadua."
    assert not any(name == "Tom Harris" and country == "NZL" for name, _, country in _holds(nlp, text))


def test_who_hosts_a_foreigner_in_the_datelines_city_is_of_its_country(nlp):
    # the story never names the dateline's country: the host's post is still there
    text = "ACCRA - The Minister of Defence, Kwame Asante, hosted Dutch Defence Minister Pieter de Wit on Monday."
    assert ("Kwame Asante", "Defence Minister", "GHA") in _holds(nlp, text)


def test_who_holds_talks_with_a_foreigner_there_may_be_a_visitor_too(nlp):
    # "held talks" says nothing of who is at home: no country for the untitled side
    text = "ACCRA - The Minister of Defence, Kwame Asante, held talks with Dutch Defence Minister Pieter de Wit on Monday."
    assert not any(person == "Kwame Asante" for person, _, _ in _holds(nlp, text))


def test_a_visiting_guest_named_by_post_lends_the_hosts_no_country(nlp):
    # the guest's country names only the guest: the host's posts are of the dateline's country
    text = ("QUITO, May 4 - Defence Minister Andres Salvador held talks with the visiting Peruvian minister on "
            "Sunday. The Chief of the Joint Command, General Diego Ferreyra, also attended.")
    held = _holds(nlp, text)
    assert ("Andres Salvador", "Defence Minister", "ECU") in held
    assert not any(country == "PER" for _, _, country in held)


def test_a_guest_named_by_post_without_visiting_changes_nothing(nlp):
    text = "QUITO, May 4 - Peruvian Defence Minister Andres Salvador held talks in Quito on Sunday."
    assert ("Andres Salvador", "Defence Minister", "PER") in _holds(nlp, text)


def test_an_unplaced_officer_is_of_the_dateline_a_foreign_guest_arrives_in(nlp):
    # no sentence names the host country and no meeting ties the host officer to the guest
    text = (
        "LIMA, May 4 - Chief of Naval Staff Admiral Rosa Quispe received the delegation at the naval headquarters. "
        "Chilean Navy Commander-in-Chief Admiral Tomas Fuentes arrived in Lima on Saturday for a three-day visit."
    )
    assert ("Rosa Quispe", "Chief of Naval Staff", "PER") in _holds(nlp, text)


def test_no_foreign_guest_arriving_leaves_the_officer_unplaced(nlp):
    # the dateline's city is where an unnamed country's officer spoke, not a visit's destination
    text = (
        "LIMA, May 4 - Chief of Naval Staff Admiral Rosa Quispe addressed the conference on Saturday. "
        "Chilean Navy Commander-in-Chief Admiral Tomas Fuentes also spoke."
    )
    assert not any(name == "Rosa Quispe" for name, _, _ in _holds(nlp, text))


def test_a_received_delegations_country_is_the_guests_not_the_hosts(nlp):
    text = (
        "LIMA, May 4 - Chief of Naval Staff Admiral Rosa Quispe received the Chilean delegation "
        "led by Admiral Tomas Fuentes at the naval headquarters on Saturday."
    )
    held = _holds(nlp, text)
    assert ("Rosa Quispe", "Chief of Naval Staff", "PER") in held
    assert ("Rosa Quispe", "Chief of Naval Staff", "CHL") not in held


def test_a_delegation_that_receives_is_no_guest(nlp):
    # the country's delegation is the subject hosting, not the one received
    text = (
        "LIMA, May 4 - The Chilean delegation received Chief of Naval Staff Admiral Rosa Quispe "
        "aboard the frigate on Saturday. Chile and Chilean officers praised the talks."
    )
    assert ("Rosa Quispe", "Chief of Naval Staff", "CHL") in _holds(nlp, text)
