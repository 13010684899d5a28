""""Earlier in the day, X paid a courtesy call on Y" after a lead that dates a session (no meeting
told yet): the day of the session told in the sentences before; with no day told before, none.
Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 13)  # a Thursday
LEAD = ("VELMORA, March 13 (Wire) -- The regional security council on Wednesday held a ministerial session on "
        "maritime security at the council headquarters in Velmora.\n\n"
        "The session was chaired by the Ostrian Minister for Foreign Affairs, Arlo Tenmark.\n\n")


def test_earlier_in_the_day_takes_the_session_day(nlp):
    x = extract_text(nlp, LEAD + "Earlier in the day, Tenmark paid a courtesy call on the Chairperson of the "
                     "Commission, Brisa Holloway, at the council headquarters in Velmora.\n", PUBLISHED)
    call = meetings_by_participants(x)[("Arlo Tenmark", "Brisa Holloway")]
    assert call.date is not None and call.date.iso == "2025-03-12"


def test_earlier_in_the_day_with_no_day_told_stays_undated(nlp):
    lead = ("VELMORA (Wire) -- The regional security council held a ministerial session on maritime security "
            "at the council headquarters in Velmora.\n\n"
            "The session was chaired by the Ostrian Minister for Foreign Affairs, Arlo Tenmark.\n\n")
    x = extract_text(nlp, lead + "Earlier in the day, Tenmark paid a courtesy call on the Chairperson of the "
                     "Commission, Brisa Holloway, at the council headquarters in Velmora.\n", PUBLISHED)
    call = meetings_by_participants(x)[("Arlo Tenmark", "Brisa Holloway")]
    assert call.date is None


def test_a_date_of_background_is_not_the_story_day(nlp):
    lead = ("VELMORA, March 13 (Wire) -- The regional security council held a ministerial session on maritime security "
            "at the council headquarters in Velmora.\n\n"
            "The council's work rests on the Joint Defence Agreement signed in Ostra on 31 December 2000.\n\n")
    x = extract_text(nlp, lead + "Earlier in the day, Ostrian Foreign Minister Arlo Tenmark paid a courtesy call on the "
                     "Chairperson of the Commission, Brisa Holloway, at the council headquarters in Velmora.\n", PUBLISHED)
    call = meetings_by_participants(x)[("Arlo Tenmark", "Brisa Holloway")]
    assert call.date is None or call.date.iso != "2000-12-31"
