""""A on Monday hosted B": the parser may read "hosted" after the day as a modifier of the titled
name after it; the past meeting verb between a name (past its time phrase) and a titled name is
the clause's verb. Not a day's phrase after a name of no person ("The ministry on Monday hosted
B": no one hosts). Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = ("Arvid Kolstrand", "Tomas Verhelst")


def test_hosted_after_the_day(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Tomas Verhelst on Monday hosted Chilean Defence Minister Arvid "
                     "Kolstrand, who is on a three-day visit to Estonia.\n", PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and meeting.date is not None and meeting.date.iso == "2026-03-09"


def test_hosted_after_a_thing_and_its_day_is_no_meeting_of_two(nlp):
    x = extract_text(nlp, "The Estonian Defence Ministry on Monday hosted Chilean Defence Minister Arvid Kolstrand.\n", PUBLISHED)
    assert all(len(mt.participants) >= 2 for mt in x.meetings) and PAIR not in meetings_by_participants(x)
