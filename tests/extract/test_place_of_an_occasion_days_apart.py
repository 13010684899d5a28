""""VALMORA (Reuters) - A met B on Friday, two days after talks in Y": a city told in an "after"/
"before" phrase counted in days or weeks is another day's occasion, not the meeting's place (the
dateline's city is). The meeting of that phrase itself ("days after the two met in Y") keeps it;
and an "after" phrase not counted in days ("after arriving in Y") still places the meeting.
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 13)  # a Friday
PAIR = "Velorian Defence Minister Arko Tassin met Mardovan Defence Minister Pel Ostrick"


def _places(x):
    return sorted(place_name(x, mt) or "" for mt in x.meetings)


def test_talks_two_days_before_do_not_place_the_meeting(nlp):
    x = extract_text(nlp, f"LISBON (Reuters) - {PAIR} on Friday, two days after talks in Madrid with Moroccan officials.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Arko Tassin", "Pel Ostrick")]
    assert place_name(x, talks) == "Lisbon"


def test_talks_a_week_before_do_not_place_the_meeting(nlp):
    x = extract_text(nlp, f"LISBON (Reuters) - {PAIR} on Friday, a week after his talks in Madrid.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Arko Tassin", "Pel Ostrick")]
    assert place_name(x, talks) == "Lisbon"


def test_the_earlier_meeting_keeps_its_own_place(nlp):
    x = extract_text(nlp, f"LISBON (Reuters) - {PAIR} in Lisbon on Friday, days after the two met in Madrid.\n", PUBLISHED)
    assert "Madrid" in _places(x) and "Lisbon" in _places(x)


def test_after_arriving_still_places_the_meeting(nlp):
    # must not fire: an "after" phrase not counted in days tells the same day's arrival
    x = extract_text(nlp, f"LISBON (Reuters) - {PAIR} on Friday after arriving in Madrid.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Arko Tassin", "Pel Ostrick")]
    assert place_name(x, talks) == "Madrid"
