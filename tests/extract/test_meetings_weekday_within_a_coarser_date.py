""""Next week, X is due to travel to A for a meeting with Y and Z on Monday": the weekday, within
the coarser "next week", is the meeting's day, wherever the parse hangs the two."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 11, 13)  # a Friday
LEAD = "Finnish Defence Minister Antti Kaikkonen hosted Swedish Defence Minister Pal Jonson in Helsinki on Thursday.\n\n"


def test_a_weekday_within_next_week_is_the_day(nlp):
    text = LEAD + "Next week, Kaikkonen is due to travel to Oslo for a meeting with Norwegian Defence Minister Tore Sandvik on Monday."
    found = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert found[("Antti Kaikkonen", "Tore Sandvik")].date.iso == "2026-11-16"


def test_a_day_of_another_month_does_not_beat_the_nearer_date(nlp):
    text = LEAD + "Next week, Kaikkonen is due to hold talks with Norwegian Defence Minister Tore Sandvik, a year after the accord of 5 March 2025."
    found = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert found[("Antti Kaikkonen", "Tore Sandvik")].date.iso == "2026-11"
