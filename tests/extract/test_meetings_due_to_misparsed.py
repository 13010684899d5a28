""""On Thursday, X is due to host Y in C, the spokesman said": the parse may hang "host" on "to" read
as a preposition (or on "is"); the meeting is still planned, on the day the clause names."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("Czech Defence Minister Jana Novak met German Defence Minister Boris Keller in Berlin on Tuesday.\n\n")


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


NOUN_LEAD = ("Harare, April 2, 2025 (ZBC) – Zambia's Army Commander, Lieutenant General Geoffrey Zyeele, and Malawi's "
             "Chief of Defence Staff, General Paul Phiri, spoke at a seminar on peacekeeping.\n\n")


def test_due_to_host_read_as_a_noun_is_still_a_planned_meeting(nlp):
    # the tagger reads "host" as a noun, the object of "to"
    text = NOUN_LEAD + "Gen. Phiri is due to host Lt Gen Zyeele in Lilongwe on April 9, 2025 for talks on river patrols."
    meeting = meetings_by_participants(extract_text(nlp, text, header=False))[("Geoffrey Zyeele", "Paul Phiri")]
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2025-04-09"


def test_due_to_a_host_nation_is_no_meeting(nlp):
    text = NOUN_LEAD + "The drill was delayed due to host nation rules, Gen. Phiri said in Lilongwe on Tuesday."
    assert ("Geoffrey Zyeele", "Paul Phiri") not in meetings_by_participants(extract_text(nlp, text, header=False))
