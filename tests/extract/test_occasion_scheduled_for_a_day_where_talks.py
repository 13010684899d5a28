""""The X Dialogue is scheduled for July 7 in Y, where A and B will hold talks" (a story of June): the
occasion is to come, so its yearless day is the next July 7, not the last. "was scheduled for" is no
plan still to come. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 6, 5)
PAIR = ("Julio Arredondo", "Rakesh Varma")
TALKS = (" for July 7 in Santiago, where Indian Defence Secretary Rakesh Varma and Chilean Vice Minister of Defence "
         "Julio Arredondo will hold talks.\n")


def test_is_scheduled_for_a_day_to_come(nlp):
    x = extract_text(nlp, "The India-Chile Defence Dialogue is scheduled" + TALKS, PUBLISHED)
    mt = meetings_by_participants(x)[PAIR]
    assert mt.date is not None and mt.date.iso == "2025-07-07"


def test_was_scheduled_is_not_read_as_to_come(nlp):
    # must not fire: "was scheduled for June 2" in a story of June 5 is the June 2 just past
    text = ("The India-Chile Defence Dialogue was scheduled for June 2 in Santiago, where Indian Defence Secretary "
            "Rakesh Varma and Chilean Vice Minister of Defence Julio Arredondo held talks.\n")
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert mt.date is not None and mt.date.iso == "2025-06-02"
