""""A said on Tuesday he would meet B on Friday": the day after the verb of saying is the
saying's (wherever the parse hangs it); the meeting's clause tells its own."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 11)  # a Tuesday
PAIR = ("Lars Holm", "Owen Pryce")


@pytest.mark.parametrize(("text", "day"), [
    ("British Defence Secretary Owen Pryce said on Tuesday he would meet Danish Defence Minister Lars Holm on Friday.",
     "2025-03-14"),
    ("British Defence Secretary Owen Pryce told reporters on Tuesday that he will meet Danish Defence Minister Lars "
     "Holm in Copenhagen on Friday.", "2025-03-14"),
    ("British Defence Secretary Owen Pryce said on Tuesday he had met Danish Defence Minister Lars Holm on Monday.",
     "2025-03-10"),
])
def test_own_day_not_the_sayings(nlp, text, day):
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert meeting.date.iso == day


def test_saying_told_after_the_meeting(nlp):
    # the verb of saying comes after: the meeting's clause and day come first
    text = "British Defence Secretary Owen Pryce met Danish Defence Minister Lars Holm on Monday, the ministry said on Tuesday."
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert meeting.date.iso == "2025-03-10"
