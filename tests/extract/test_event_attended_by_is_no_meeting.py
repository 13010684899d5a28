""""A opened the X Conference in Y on Tuesday. The conference was attended by B and C": attending
a conference (a summit, a forum, a ceremony) is an event, no meeting of its attendees; "The meeting
was attended by B and C" after a meeting told still is one. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 10)


def test_conference_attendees_meet_no_one(nlp):
    for noun in ("conference", "ceremony"):
        x = extract_text(nlp, f"Maltese Defence Minister Karl Zammit opened the Mediterranean Security {noun.title()} "
                         f"in Valletta on Tuesday. The {noun} was attended by Tunisian Defence Minister Hedi Ammar and "
                         "Greek Defence Minister Stavros Lekkas.\n", PUBLISHED)
        assert not x.meetings, noun


def test_meeting_attendees_still_meet(nlp):
    x = extract_text(nlp, "Maltese Defence Minister Karl Zammit held a meeting in Valletta on Tuesday on maritime "
                     "security. The meeting was attended by Tunisian Defence Minister Hedi Ammar and Greek Defence "
                     "Minister Stavros Lekkas.\n", PUBLISHED)
    assert meetings_by_participants(x)
