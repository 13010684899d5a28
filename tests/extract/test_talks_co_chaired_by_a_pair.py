""""The talks were co-chaired by A and B": talks as the passive subject of "co-chaired" are a
sitting of the two co-chairs, as "the meeting was co-chaired by" is; on sentences written for these
tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 26)


def test_talks_co_chaired_by_two_titled_officers_after_the_talks_were_held(nlp):
    text = ("The 6th Ruritania-Borduria Army Staff Talks were held at Army Headquarters on 24 March 2027. The talks "
            "were co-chaired by the Chief of Staff of the Ruritanian Army, Lieutenant General Oskar Vandel, and the "
            "Deputy Chief of the General Staff of the Bordurian Army, Major General Piet Lammers, and reviewed progress.")
    meetings = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert set(meetings) == {("Oskar Vandel", "Piet Lammers")}
    meeting = meetings[("Oskar Vandel", "Piet Lammers")]
    assert meeting.date is not None and meeting.date.iso == "2027-03-24"
    assert meeting.status == "held"


def test_talks_one_officer_co_chaired_with_no_partner_are_no_meeting(nlp):
    text = ("The 6th Ruritania-Borduria Army Staff Talks were held at Army Headquarters on 24 March 2027. "
            "Lieutenant General Oskar Vandel said the talks were useful.")
    assert meetings_by_participants(extract_text(nlp, text, PUBLISHED)) == {}
