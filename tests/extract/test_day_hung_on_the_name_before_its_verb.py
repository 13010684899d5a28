""""X on Tuesday co-chaired the meeting with Y": the parse may hang "on Tuesday", written between the
name and the verb, on the name; it is still the meeting's day. Not a day that belongs to a phrase
set off after the name. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
PAIR = ("Arvind Kelkar", "Tomas Ibarren")


def test_the_day_between_the_name_and_co_chaired(nlp):
    text = ("Indian Defence Minister Arvind Kelkar on Tuesday co-chaired the meeting with Chilean Defence Minister "
            "Tomas Ibarren in Santiago.\n")
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert mt.date is not None and mt.date.iso == "2026-03-10"


def test_a_day_of_an_aside_after_the_name_is_not_the_meetings(nlp):
    # must not fire: "who arrived on Monday" is the arrival's day; the meeting's is Tuesday
    text = ("Indian Defence Minister Arvind Kelkar, who arrived in Santiago on Monday, co-chaired the meeting with "
            "Chilean Defence Minister Tomas Ibarren on Tuesday.\n")
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert mt.date is not None and mt.date.iso == "2026-03-10"
