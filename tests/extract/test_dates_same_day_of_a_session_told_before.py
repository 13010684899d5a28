""""Earlier in the day, X paid a courtesy call on Y" after a lead that dates a session (no meeting
told yet): the day of the session told in the sentences before; with no day told before, none.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 13)  # a Thursday
LEAD = ("VELMORA, March 13 (Wire) -- The regional security council on Wednesday held a ministerial session on "
        "maritime security at the council headquarters in Velmora.\n\n"
        "The session was chaired by the Ostrian Minister for Foreign Affairs, Arlo Tenmark.\n\n")


CALL = ("Earlier in the day, Tenmark paid a courtesy call on the Chairperson of the Commission, Brisa Holloway, "
        "at the council headquarters in Velmora.\n")
UNDATED_LEAD = ("VELMORA (Wire) -- The regional security council held a ministerial session on maritime security "
                "at the council headquarters in Velmora.\n\n"
                "The session was chaired by the Ostrian Minister for Foreign Affairs, Arlo Tenmark.\n\n")


@pytest.mark.parametrize("lead, day", [
    (LEAD, "2025-03-12"),  # the session's day
    (UNDATED_LEAD, None),  # no day told before: none
])
def test_earlier_in_the_day_takes_the_day_of_the_session_told_before(nlp, lead, day):
    call = meetings_by_participants(extract_text(nlp, lead + CALL, PUBLISHED))[("Arlo Tenmark", "Brisa Holloway")]
    assert (call.date.iso if call.date else None) == day


def test_a_date_of_background_is_not_the_story_day(nlp):
    lead = ("VELMORA, March 13 (Wire) -- The regional security council held a ministerial session on maritime security "
            "at the council headquarters in Velmora.\n\n"
            "The council's work rests on the Joint Defence Agreement signed in Ostra on 31 December 2000.\n\n")
    x = extract_text(nlp, lead + "Earlier in the day, Ostrian Foreign Minister Arlo Tenmark paid a courtesy call on the "
                     "Chairperson of the Commission, Brisa Holloway, at the council headquarters in Velmora.\n", PUBLISHED)
    call = meetings_by_participants(x)[("Arlo Tenmark", "Brisa Holloway")]
    assert call.date is None or call.date.iso != "2000-12-31"
