""""On Tuesday, A addressed the college. A later met B": a named subject of the sentence right
before going on "later" keeps the day just told, within the same paragraph (not across a
paragraph break). Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = ("Arvid Kolstrand", "Tomas Verhelst")
BEFORE = "On Tuesday, Defence Minister Arvid Kolstrand of Chile addressed the national defence college."
AFTER = "Kolstrand later met Defence Minister Tomas Verhelst of Estonia."


def test_later_keeps_the_day_just_told(nlp):
    x = extract_text(nlp, f"{BEFORE} {AFTER}\n", PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and meeting.date is not None and meeting.date.iso == "2026-03-10"


def test_later_after_a_paragraph_break_keeps_no_day(nlp):
    x = extract_text(nlp, f"{BEFORE}\n\n{AFTER}\n", PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and meeting.date is None
