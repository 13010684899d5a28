"""An unmarked title ("Defence Minister X") in a story filed from a country the text never names, or
names only where its lead goes: the post is the dateline's country's, not the host's or the partner's.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return set(holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_minister_abroad_meeting_foreign_titles_is_of_the_datelines_country(nlp):
    held = _held(nlp, "NEW DELHI: Defence Minister Tarun Bhalla met Italian Defence Minister Carlo Venturi in Rome on "
                      "Monday. He later met Italian Chief of Defence Staff General Luca Moretti.\n")
    assert ("Tarun Bhalla", "Defence Minister", "IND") in held
    assert ("Carlo Venturi", "Defence Minister", "ITA") in held


def test_a_visit_to_a_city_told_from_home_keeps_the_home_post(nlp):
    held = _held(nlp, "CANBERRA: Chief of Navy Vice Admiral Fiona Strahan visited Jakarta on Tuesday. She met "
                      "Indonesian Navy Chief of Staff Admiral Agus Pratama.\n")
    assert ("Fiona Strahan", "Navy Chief", "AUS") in held


def test_the_country_a_lead_will_visit_is_not_the_home_one(nlp):
    # "will visit Indonesia ... Indonesian naval leadership": Indonesia named twice, both as where he goes
    held = _held(nlp, "NEW DELHI: The Chief of Naval Staff, Admiral Kiran Bedi Rao, will visit Indonesia from March 15 "
                      "to 18. He will hold talks with senior Indonesian naval leadership.\n")
    assert ("Kiran Bedi Rao", "Chief of Naval Staff", "IND") in held
    assert not any(name == "Kiran Bedi Rao" and country == "IDN" for name, _, country in held)


def test_a_foreign_lead_does_not_make_its_country_the_home_one(nlp):
    held = _held(nlp, "NEW DELHI: French Armed Forces Minister Odile Marchal called on Defence Minister Tarun Bhalla in "
                      "New Delhi on Tuesday. India and France reviewed the roadmap. France sent a delegation. Chief of "
                      "Defence Staff General Naveen Sethi also attended.\n")
    assert ("Naveen Sethi", "Chief of Defence Staff", "IND") in held
    assert ("Odile Marchal", "Armed Forces Minister", "FRA") in held


def test_a_dateline_a_foreign_title_names_is_not_the_home_one(nlp):
    # must not fire: Tokyo is the other side's ("Japanese Defense Minister"), not where the story stands
    held = _held(nlp, "TOKYO: Defence Minister Tarun Bhalla met Japanese Defense Minister Hideo Kurata in Tokyo on "
                      "Monday. The two discussed exercises.\n")
    assert not any(name == "Tarun Bhalla" and country == "JPN" for name, _, country in held)
    assert ("Hideo Kurata", "Defence Minister", "JPN") in held


def test_a_marked_visitors_destination_stays_the_home_one(nlp):
    # must not fire: the lead's title names its country, so the country visited is where the story stands
    held = _held(nlp, "Japan's Navy chief Admiral Hideo Kurata, who is on a visit to India, held talks with Chief of "
                      "Naval Staff Admiral Kiran Bedi Rao on Monday. India and Japan agreed to more exercises. India "
                      "will host the next round.\n")
    assert ("Kiran Bedi Rao", "Chief of Naval Staff", "IND") in held


def test_a_third_countrys_city_is_a_venue_in_a_story_filed_from_home(nlp):
    # Kuala Lumpur is where two foreigners to Malaysia meet: the unmarked post is the dateline's country's
    held = _held(nlp, "NEW DELHI: Defence Minister Tarun Bhalla met Australian Defence Minister Gregor Lindqvist in "
                      "Kuala Lumpur on Saturday. The two discussed submarine rescue.\n")
    assert ("Tarun Bhalla", "Defence Minister", "IND") in held
    assert not any(name == "Tarun Bhalla" and country == "MYS" for name, _, country in held)


def test_a_venue_abroad_when_the_home_country_acts_as_a_subject(nlp):
    held = _held(nlp, "Defence Minister Tarun Bhalla met Australian Defence Minister Gregor Lindqvist in Kuala Lumpur "
                      "on Saturday. India and Australia agreed to cooperate on submarine rescue.\n")
    assert ("Tarun Bhalla", "Defence Minister", "IND") in held


def test_the_datelines_own_city_is_no_venue(nlp):
    # must not fire: filed from Kuala Lumpur, the host meeting a foreigner there is Malaysia's
    held = _held(nlp, "KUALA LUMPUR: Defence Minister Azman Rashid met Australian Defence Minister Gregor Lindqvist "
                      "in Kuala Lumpur on Saturday.\n")
    assert ("Azman Rashid", "Defence Minister", "MYS") in held
