""""A held talks with B, followed by a working dinner, in Rome on Friday": the phrases set off after
a comma-bracketed "followed by ..." aside are the meeting's day and place; an unbracketed
"followed by <event> in <city> on <day>" tells the later event's. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 13)  # a Thursday


def test_day_and_place_after_a_bracketed_followed_by(nlp):
    x = extract_text(nlp, "Defence Minister Pieter van Dijk had a one-on-one with Italian Defence Minister Marco "
                     "Rinaldi, followed by delegation-level talks, in Rome on Tuesday.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Marco Rinaldi", "Pieter van Dijk")]
    assert talks.date is not None and talks.date.iso == "2025-03-11"
    assert place_name(x, talks) == "Rome"


def test_held_talks_followed_by_a_meal_in_brackets(nlp):
    x = extract_text(nlp, "Defence Minister Pieter van Dijk held talks with Italian Defence Minister Marco "
                     "Rinaldi, followed by a working dinner, in Rome on Tuesday.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Marco Rinaldi", "Pieter van Dijk")]
    assert talks.date is not None and talks.date.iso == "2025-03-11"
    assert place_name(x, talks) == "Rome"


def test_unbracketed_later_event_keeps_its_own_day_and_place(nlp):
    x = extract_text(nlp, "Defence Minister Pieter van Dijk held talks with Italian Defence Minister Marco "
                     "Rinaldi in Milan on Monday, followed by a working dinner in Rome on Tuesday.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Marco Rinaldi", "Pieter van Dijk")]
    assert talks.date is not None and talks.date.iso == "2025-03-10"
    assert place_name(x, talks) == "Milan"
