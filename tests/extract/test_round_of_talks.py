""""The next round of talks between A and B is slated for July 7": the round's verb and modifier
tell the talks' status and day (planned, that day); "The second round of talks between A and B
took place in X on Monday": held, on that day. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = ("Arvid Kolstrand", "Tomas Verhelst")
BETWEEN = "between Defence Minister Arvid Kolstrand of Chile and Defence Minister Tomas Verhelst of Estonia"


def test_next_round_slated_for_a_day_is_planned(nlp):
    x = extract_text(nlp, f"The next round of talks {BETWEEN} is slated for July 7.\n", PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and len(x.meetings) == 1
    assert meeting.status == "planned" and meeting.date is not None and meeting.date.iso == "2026-07-07"


def test_round_that_took_place_is_held_on_its_day(nlp):
    x = extract_text(nlp, f"The second round of talks {BETWEEN} took place in Tallinn on Monday.\n", PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2026-03-09" and place_name(x, meeting) == "Tallinn"
