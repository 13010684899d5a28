""""On Thursday, X is due to host Y in C, the spokesman said": the parse may hang "host" on "to" read
as a preposition (or on "is"); the meeting is still planned, on the day the clause names."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("Czech Defence Minister Jana Novak met German Defence Minister Boris Pistorius in Berlin on Tuesday.\n\n")


@pytest.mark.parametrize("plan", [
    "On Thursday, Novak is due to host Slovak Defence Minister Peter Hrib in Prague, Defence Ministry spokesman Jan Kral said.",
    "On Thursday, Novak is set to host Slovak Defence Minister Peter Hrib in Prague, ministry spokesman Jan Kral said.",
])
def test_due_to_host_with_a_speaker_is_planned_on_its_day(nlp, plan):
    x = extract_text(nlp, LEAD + plan, published=date(2025, 3, 12))
    meeting = meetings_by_participants(x)[("Jana Novak", "Peter Hrib")]
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2025-03-13"


def test_was_pleased_to_host_stays_held(nlp):
    text = LEAD + "On Monday, Novak was pleased to host Slovak Defence Minister Peter Hrib in Prague, spokesman Jan Kral said."
    x = extract_text(nlp, text, published=date(2025, 3, 12))
    assert meetings_by_participants(x)[("Jana Novak", "Peter Hrib")].status == "held"
