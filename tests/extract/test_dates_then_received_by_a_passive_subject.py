""""A paid a courtesy call on B in Lima on Wednesday. A, who arrived on Tuesday evening, was then
received by C at Defence Headquarters": the subject of a passive meeting verb going on "then" from
the meeting just told is on its day (as an active "A then met C"); the who clause's day is the
arrival's; one who was in no meeting just told borrows no day. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 13)
LEAD = ("LIMA – The Chief of the Chilean Navy, Admiral Tomas Ruede, paid a courtesy call on the Minister of Defence, "
        "Dr Ivo Marten, at the ministry's headquarters in Lima on Wednesday.\n\n")


def _day(nlp, text: str, pair: tuple[str, str]):
    mt = meetings_by_participants(extract_text(nlp, LEAD + text, PUBLISHED))[pair]
    return mt.date.iso if mt.date else None


def test_passive_subject_then_received(nlp):
    assert _day(nlp, "Ruede, who arrived on Tuesday evening, was then received by the Chief of the Peruvian Armed "
                "Forces, General Luis Ortam, at Defence Headquarters in Lima.\n", ("Luis Ortam", "Tomas Ruede")) == "2026-03-11"
    assert _day(nlp, "Ruede was then received by the Chief of the Peruvian Armed Forces, General Luis Ortam, at Defence "
                "Headquarters in Lima.\n", ("Luis Ortam", "Tomas Ruede")) == "2026-03-11"


def test_one_in_no_meeting_just_told_borrows_no_day(nlp):
    assert _day(nlp, "The Bolivian Navy chief, Admiral Raul Ketter, was then received by the Chief of the Peruvian Armed "
                "Forces, General Luis Ortam, at Defence Headquarters in Lima.\n", ("Luis Ortam", "Raul Ketter")) is None
