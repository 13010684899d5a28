"""Meetings told by a medium between the verb and its partner ("spoke by phone with"), by a visit
paid to a person, and by what two persons of two countries can only do together ("A and B
reviewed ...", "was signed by A and B"), and by a briefing between named persons -- invented articles."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name


@pytest.mark.parametrize("text, kind", [
    ("Defence Minister Ana Torres spoke by phone with Peruvian Defence Minister Luis Quispe on Monday.", "telephone"),
    ("Defence Minister Ana Torres talked over the telephone with Peruvian Defence Minister Luis Quispe on Monday.",
     "telephone"),
    ("Defence Minister Ana Torres spoke via video link with Peruvian Defence Minister Luis Quispe on Monday.", "virtual"),
])
def test_a_partner_hung_on_the_medium_is_met_remotely(nlp, text, kind):
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meetings_by_participants(x).keys() == {("Ana Torres", "Luis Quispe")}
    assert meeting.kind == kind
    assert meeting.place is None


def test_speaking_by_phone_with_no_partner_is_no_meeting(nlp):
    assert extract_text(nlp, "Defence Minister Ana Torres spoke by phone on Monday.").meetings == []


@pytest.mark.parametrize("text", [
    "Peruvian Defence Minister Luis Quispe paid a courtesy visit to Defence Minister Ana Torres in Santiago on Monday.",
    "Peruvian Defence Minister Luis Quispe paid a visit to Chile's Defence Minister Ana Torres at her office on Monday.",
])
def test_a_visit_paid_to_a_person_is_a_call_on_them(nlp, text):
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meetings_by_participants(x).keys() == {("Ana Torres", "Luis Quispe")}
    assert meeting.kind == "call-on"


@pytest.mark.parametrize("text", [
    "Peruvian Defence Minister Luis Quispe paid a visit to Chile on Monday.",
    "Peruvian Defence Minister Luis Quispe paid a visit to the Naval Dockyard in Valparaiso on Monday.",
])
def test_a_visit_paid_to_a_country_or_a_site_is_no_meeting(nlp, text):
    assert extract_text(nlp, text).meetings == []


@pytest.mark.parametrize("text, status, place", [
    ("Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe reviewed defence ties in Santiago "
     "on Monday.", "held", "Santiago"),
    ("Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe signed a defence cooperation "
     "agreement in Santiago on Monday.", "held", "Santiago"),
    ("The agreement was signed in Santiago on Monday by Chilean Defence Minister Ana Torres and Peruvian Defence "
     "Minister Luis Quispe.", "held", "Santiago"),
    ("Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe will discuss border security in "
     "Lima next week.", "planned", "Lima"),
])
def test_two_countries_persons_doing_a_joint_act_met(nlp, text, status, place):
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meetings_by_participants(x).keys() == {("Ana Torres", "Luis Quispe")}
    assert meeting.status == status
    assert place_name(x, meeting) == place


@pytest.mark.parametrize("text", [
    # one side
    "Chilean Defence Minister Ana Torres and Army chief General Pablo Rojas reviewed the troops on Monday.",
    # history
    "Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe had signed the pact in 2019.",
    "The pact was signed by Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe in Lima in "
    "2019.",
    # what they agreed to do
    "Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe agreed to explore joint production.",
])
def test_a_joint_act_of_one_side_of_history_or_agreed_on_is_no_meeting(nlp, text):
    assert extract_text(nlp, text).meetings == []


def test_a_joint_act_after_their_call_is_that_call(nlp):
    text = ("Chilean Defence Minister Ana Torres held a telephone conversation with Peruvian Defence Minister Luis "
            "Quispe on Monday. Torres and Quispe discussed border security and joint patrols.")
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meeting.kind == "telephone"


# -- a briefing given to or by a named person of another country is a meeting


@pytest.mark.parametrize("text, pair", [
    ("Polish Defence Minister Jan Nowak met Vice Minister Lee Doo-hee in Seoul on Monday. He was also briefed on the "
     "security situation by Joint Chiefs of Staff Chairman Gen. Kim Tae-ho.", ("Jan Nowak", "Kim Tae-ho")),
    ("Army chief General Ana Torres briefed Peruvian Defence Minister Luis Quispe on the exercise in Santiago on Monday.",
     ("Ana Torres", "Luis Quispe")),
    ("Peruvian Defence Minister Luis Quispe was briefed by Navy chief Admiral Ana Torres on maritime security in "
     "Valparaiso.", ("Ana Torres", "Luis Quispe")),
])
def test_a_briefing_between_named_persons_is_a_meeting(nlp, text, pair):
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[pair]
    assert meeting.status == "held"


def test_the_briefing_on_the_same_day_as_the_meeting_before(nlp):
    text = ("Polish Defence Minister Jan Nowak met Vice Minister Lee Doo-hee in Seoul on Monday. He was also briefed on "
            "the security situation by Joint Chiefs of Staff Chairman Gen. Kim Tae-ho.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Jan Nowak", "Kim Tae-ho")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"
    assert place_name(extract_text(nlp, text), meeting) == "Seoul"


@pytest.mark.parametrize("text, pairs", [
    ("Chilean Defence Minister Ana Torres was briefed on the operations.", set()),
    ("Chilean Defence Minister Ana Torres briefed reporters on the exercise.", set()),
    # a report at home; the talks it is on are their own meeting
    ("Chilean Defence Minister Ana Torres briefed Chilean President Pablo Rojas on her talks with Peruvian Defence "
     "Minister Luis Quispe.", {("Ana Torres", "Luis Quispe")}),
    # part of the call told before
    ("Chilean Defence Minister Ana Torres held a telephone conversation with Peruvian Defence Minister Luis Quispe on "
     "Monday. Torres also briefed Quispe on the new defence strategy.", {("Ana Torres", "Luis Quispe")}),
])
def test_a_briefing_of_no_one_at_home_or_within_a_told_meeting_adds_none(nlp, text, pairs):
    x = extract_text(nlp, text)
    assert meeting_pairs(x) == pairs
    assert len(x.meetings) == len(pairs)
