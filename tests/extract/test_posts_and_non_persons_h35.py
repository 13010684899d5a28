"""Persons and posts on phrasings met in the holdout35 tuning set (invented names and sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings, person_names

_extract = partial(extract_text, published=date(2025, 4, 2))


# -- Malaysian styles of address ("YAB", "YB", "YBhg") before "Dato' Seri" ---------------------------

def test_malaysian_style_before_dato_seri_is_an_honorific(nlp):
    x = _extract(nlp, "Putrajaya, April 1 - Chilean Defence Minister Pavel Tavaro paid a courtesy call on the Prime Minister of "
                      "Malaysia, YAB Dato' Seri Hamid Rosli, at his office.")
    assert "Hamid Rosli" in person_names(x)
    assert ("Hamid Rosli", "Prime Minister", "MYS") in holdings(x)


def test_malaysian_style_yb_before_a_minister(nlp):
    x = _extract(nlp, "Putrajaya, April 1 - Chilean Defence Minister Pavel Tavaro met the Malaysian Defence Minister, YB Dato' Seri "
                      "Azman Rosli, at Wisma Pertahanan.")
    assert "Azman Rosli" in person_names(x)


# -- an upper-case header line: its function words are no person ---------------------------------------

def test_upper_case_header_words_are_no_person(nlp):
    x = _extract(nlp, "MINISTRY OF DEFENCE NORWAY\n\nOFFICIAL VISIT OF THE MINISTER OF NATIONAL DEFENCE OF THE REPUBLIC OF CHILE "
                      "TO NORWAY\n\n1. This morning, the Chilean Defence Minister Pavel Tavaro paid a courtesy call on the Norwegian "
                      "Defence Minister Ola Brennvik in Oslo.")
    assert person_names(x) == ["Ola Brennvik", "Pavel Tavaro"]


# -- a sentence opening with an agreement's name -------------------------------------------------------

def test_agreement_opening_a_sentence_is_no_person(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pavel Tavaro will hold talks with Norwegian Defence Minister Ola Brennvik in Oslo on "
                      "April 9. An Implementing Arrangement on cooperation in naval training is expected to be signed in their "
                      "presence.")
    assert person_names(x) == ["Ola Brennvik", "Pavel Tavaro"]


# -- greetings conveyed from a head of state: the sender's country is the visitor's -------------------

def test_greetings_from_a_president_are_of_the_visitors_country(nlp):
    x = _extract(nlp, "Ghana's Defence Minister Kofi Asare arrived in Freetown on Monday. On Tuesday, he was received by President "
                      "Samuel Toweh at State House in Freetown, where he conveyed warm greetings from President Yaw "
                      "Mensor.")
    assert ("Yaw Mensor", "President", "GHA") in holdings(x)
    assert ("Samuel Toweh", "President", "SLE") in holdings(x)


def test_greetings_conveyed_to_a_president_are_no_senders(nlp):
    x = _extract(nlp, "Ghana's Defence Minister Kofi Asare arrived in Freetown on Monday. On Tuesday, he met Defence Minister "
                      "Samuel Toweh at the ministry in Freetown, where he conveyed warm greetings to President Yaw Mensor.")
    assert ("Yaw Mensor", "President", "GHA") not in holdings(x)


def test_implementing_arrangement_opening_a_sentence_after_talks_is_no_person(nlp):
    x = _extract(nlp, "Defence Minister Ola Brennvik will receive the visiting Minister at the Ministry in Oslo on April 9, where the "
                      "two Ministers will hold delegation-level talks. An Implementing Arrangement on cooperation in defence "
                      "industry and technology is expected to be signed in their presence.")
    assert person_names(x) == ["Ola Brennvik"]


# -- "(Chief of General Staff, Armed Forces of <country>)" after a name --------------------------------

def test_chief_of_general_staff_comma_armed_forces_in_brackets(nlp):
    x = _extract(nlp, "Gen. Mamadi Kourouma (Chief of General Staff, Armed Forces of Guinea) and Maj. Gen. Sam Toweh (Chief of "
                      "Staff, Armed Forces of Liberia) co-chaired the session in Monrovia.")
    assert ("Mamadi Kourouma", "Chief of General Staff of the Armed Forces", "GIN") in holdings(x)
    assert ("Sam Toweh", "Armed Forces Chief of Staff", "LBR") in holdings(x)


def test_bare_chief_of_general_staff_in_brackets_stays_so(nlp):
    x = _extract(nlp, "Defence Minister Sam Toweh of Liberia met Gen. Mamadi Kourouma (Chief of General Staff) of Guinea in Monrovia.")
    assert not any(h[1] == "Chief of General Staff of the Armed Forces" for h in holdings(x))


# -- a post moved from the home country to the host keeps the article's spelling -----------------------

def test_post_moved_to_the_host_keeps_the_american_spelling(nlp):
    x = _extract(nlp, "Santiago, Apr. 2 - Chile's Minister of Defense, Pavel Tavaro, returned to Santiago on Friday after a "
                      "three-day official visit to India, the ministry reported.\n\nOn Tuesday, Tavaro was received by Indian "
                      "Defense Minister Arvind Kale in New Delhi for talks.\n\nAfter meeting the Chief of Defense Staff, General "
                      "Vikram Rathore, on Wednesday, the minister said Chile wanted to build equipment with India.")
    office = next(o for o in x.offices if o.title == "Chief of Defence Staff")
    assert office.country == "IND"
    assert "Chief of Defense Staff" in office.aliases


# -- a firm's joined post ("Chairman and Managing Director of X Limited"), "chairman of state-owned X" ----

_VISIT = "New Delhi, April 1 - Chile's Defence Minister Pavel Tavaro began a visit to India on Monday. "


def test_chairman_and_managing_director_of_a_firm_is_one_post(nlp):
    x = _extract(nlp, _VISIT + "On April 3, he will travel to Hyderabad, where he is due to call on the Chairman and Managing "
                               "Director of Deccan Shipbuilders Limited (DSL), Dr R K Mendrel, and visit the company's yard.")
    assert ("R K Mendrel", "Chairman and Managing Director of Deccan Shipbuilders Limited", "IND") in holdings(x)


def test_lower_case_chairman_of_a_state_owned_firm_after_a_name(nlp):
    x = _extract(nlp, _VISIT + "On Thursday he travelled to Hyderabad, where he paid a courtesy call on R. K. Mendrel, chairman "
                               "of state-owned Deccan Shipbuilders Limited (DSL), and toured its yard.")
    assert ("R. K. Mendrel", "Chairman of Deccan Shipbuilders Limited", "IND") in holdings(x)


def test_two_heads_of_different_bodies_are_not_joined(nlp):
    x = _extract(nlp, _VISIT + "He met the Managing Director of Deccan Shipbuilders Limited, R. K. Mendrel, in Hyderabad.")
    assert ("R. K. Mendrel", "Managing Director of Deccan Shipbuilders Limited", "IND") in holdings(x)
    assert not any(t.startswith("Chairman") for _, t, _ in holdings(x))


# -- "X, who was accompanied by <post>, Y, ...": Y is of X's side, not the host's ---------------------

def test_companion_in_a_passive_relative_clause_is_of_the_leads_country(nlp):
    x = _extract(nlp, "Ottawa, April 1 - Chilean Defence Minister Pavel Tavaro met Canadian Defence Minister Jean Lavoie in Ottawa "
                      "on Monday. Tavaro, who was accompanied by the Chief of the Defence Staff, General Sir Owen Marlow, also "
                      "held talks with Lavoie on submarines.")
    assert ("Owen Marlow", "Chief of Defence Staff", "CHL") in holdings(x)
    assert not any(p == "Owen Marlow" and c == "CAN" for p, _, c in holdings(x))


# -- "X, minister of the <agency> (<ACRONYM>), ..." -----------------------------------------------------

_SEOUL = "SEOUL, March 11 (Yonhap) -- Defense Minister Park Jin-ho held talks with his Chilean counterpart, Pavel Tavaro, in Seoul on Thursday.\n\n"


def test_minister_of_an_agency_with_its_acronym_after_a_name(nlp):
    x = _extract(nlp, _SEOUL + "The Chilean minister also held a meeting with Lim Sang-woo, minister of the Defense Procurement "
                               "Program Administration (DPPA), on the sidelines of an arms fair in Busan.")
    assert person_names(x) == ["Lim Sang-woo", "Park Jin-ho", "Pavel Tavaro"]
    assert any(p == "Lim Sang-woo" and t.lower() == "minister of the defence procurement program administration" and c == "KOR"
               for p, t, c in holdings(x))


# -- "the battalion's commander, Colonel X" after "the Telemark Battalion" ---------------------------------

def test_commander_of_a_unit_named_before_by_its_kind(nlp):
    x = _extract(nlp, "Oslo, April 1 - Chile's Army chief General Pavel Tavaro wrapped up a visit to Norway on Saturday with a "
                      "stop at the Telemark Battalion in Rena. At Rena on Saturday, Tavaro interacted with the battalion's "
                      "commander, Colonel Lars Hovden, and watched conscripts train.")
    assert ("Lars Hovden", "Commander of the Telemark Battalion", "NOR") in holdings(x)


def test_commander_of_a_unit_of_two_named_before_is_unknown(nlp):
    x = _extract(nlp, "Oslo, April 1 - Chile's Army chief General Pavel Tavaro visited the Telemark Battalion and the Arctic "
                      "Battalion in Norway on Saturday. He interacted with the battalion's commander, Colonel Lars Hovden.")
    assert not any(t.startswith("Commander of the") for _, t, _ in holdings(x))
