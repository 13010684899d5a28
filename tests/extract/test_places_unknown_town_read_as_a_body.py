""""A met B in Ilulissat on Tuesday": a one-word town the gazetteer lacks, which the model reads as a
body, right after the "in" of the meeting's clause and before its day is the meeting's place (the
parse may hang "in" on the object's name) (invented names)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)


def test_unknown_town_read_as_a_body_is_the_meeting_place(nlp):
    text = "Swedish Defence Minister Erik Lindvall met Finnish Defence Minister Mikko Virtasalo in Ilulissat on Tuesday.\n"
    x = extract_text(nlp, text, PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Erik Lindvall", "Mikko Virtasalo")]) == "Ilulissat"


def test_a_body_after_in_is_no_town(nlp):
    # must not fire: a parliament chamber, and an acronym, are no towns
    for body in ("Congress", "NATO"):
        text = f"Swedish Defence Minister Erik Lindvall met Finnish Defence Minister Mikko Virtasalo in {body} on Tuesday.\n"
        x = extract_text(nlp, text, PUBLISHED)
        assert place_name(x, meetings_by_participants(x)[("Erik Lindvall", "Mikko Virtasalo")]) is None
