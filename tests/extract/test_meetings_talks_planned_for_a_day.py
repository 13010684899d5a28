"""A visit's programme told by its talks alone: "Talks with X are planned (scheduled) for May 4"
is the visitor's planned meeting with X, as "Talks with X will be held on May 4" is; not when a
later clause of the same subject calls them off. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 1)
LEAD = "Defence Minister Ana Pereira will pay an official visit to Ghana from March 3-5, 2027.\n\n"


def _meetings(nlp, text: str):
    return meetings_by_participants(extract_text(nlp, LEAD + text, PUBLISHED))


def test_talks_planned_for_a_day_are_the_visitors(nlp):
    meetings = _meetings(nlp, "Delegation-level talks with the Minister of Defence, Omane Boamah, are planned for March 4 "
                              "at the Ministry of Defence.\n")
    meeting = meetings[("Ana Pereira", "Omane Boamah")]
    assert meeting.status == "planned" and meeting.date is not None and meeting.date.iso == "2027-03-04"


def test_talks_scheduled_for_a_day_are_the_visitors(nlp):
    meetings = _meetings(nlp, "Bilateral talks with the Chief of Naval Staff, Rear Admiral Issah Yakubu, are scheduled for March 5.\n")
    assert meetings[("Ana Pereira", "Issah Yakubu")].status == "planned"


def test_talks_scheduled_then_cancelled_are_no_meeting(nlp):
    meetings = _meetings(nlp, "Talks with Interior Minister Kofi Adjei had been scheduled for March 4 but were cancelled.\n")
    assert ("Ana Pereira", "Kofi Adjei") not in meetings
