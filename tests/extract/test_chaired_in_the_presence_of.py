"""Those "in the presence of" whom a chair ran an occasion sat in it, with the chair; "the session"
a chair ran is the occasion told before (its day); on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 11)

SESSION = (
    "ACCRA, March 11 -- Defence ministers of the region yesterday ended an extraordinary meeting of the "
    "Joint Security Committee in Kumasi with a call for joint patrols.\n\n"
    "Ghana's Minister of Defence, Hon. Kwame Asante, chaired the one-day session at the Golden Tulip Hotel, "
    "in the presence of Togo's Minister of Defence, Hon. Kodjo Agbeko; Benin's Minister of Defence and "
    "Veterans Affairs, Hon. Marc Houngbo; Nigeria's Minister for Defence and Security, Dr Musa Bello; and "
    "Liberia's Minister of Defence, National Security and Border Affairs, Hon. James Kollie."
)


def test_the_chair_and_all_present_make_one_meeting_on_the_day_of_the_occasion_told_before(nlp):
    x = extract_text(nlp, SESSION, PUBLISHED)
    everyone = ("James Kollie", "Kodjo Agbeko", "Kwame Asante", "Marc Houngbo", "Musa Bello")
    meetings = meetings_by_participants(x)
    assert everyone in meetings
    meeting = meetings[everyone]
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"
    assert place_name(x, meeting) == "Kumasi"


def test_an_accord_signed_in_the_presence_of_a_leader_is_no_chaired_occasion(nlp):
    text = (
        "ACCRA, March 11 -- Ghana's Minister of Defence, Kwame Asante, and Togo's Minister of Defence, "
        "Kodjo Agbeko, signed the border accord in the presence of Benin's President Marc Houngbo on Monday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(len(group) > 2 for group in meetings_by_participants(x))
