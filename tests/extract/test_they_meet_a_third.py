""""A hosted B in X on Monday. On Tuesday, they met C in Y": "they" right after a meeting of two
is that pair, who now meet C together (not "someone met C", nor the pair again without C); "A and
B travelled to Y, where they met C": those who went. Not when no meeting was told just before.
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 13)  # a Friday
HOSTED = "Portuguese Defence Minister Arko Tassin hosted his Spanish counterpart Pel Ostrick in Lisbon on Monday."


def test_they_after_a_pair_meet_a_third(nlp):
    x = extract_text(nlp, f"{HOSTED} On Tuesday, they met Major General Orin Vasko in Porto.\n", PUBLISHED)
    three = meetings_by_participants(x).get(("Arko Tassin", "Orin Vasko", "Pel Ostrick"))
    assert three is not None and three.date is not None and three.date.iso == "2026-03-10"
    assert place_name(x, three) == "Porto"
    assert ("Arko Tassin", "Pel Ostrick") in meeting_pairs(x)


def test_they_with_no_meeting_before_join_no_one(nlp):
    # must not fire: no meeting was told before "they"
    text = ("Portuguese Defence Minister Arko Tassin and his Spanish counterpart Pel Ostrick toured a shipyard in Lisbon on "
            "Monday. The next day, the sailors said they met Major General Orin Vasko in Porto.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Arko Tassin", "Orin Vasko", "Pel Ostrick") not in meeting_pairs(x)


def test_they_of_a_where_clause_are_those_who_went(nlp):
    text = ("Portuguese Defence Minister Arko Tassin and his Spanish counterpart Pel Ostrick travelled to Porto on Tuesday, "
            "where they met Major General Orin Vasko.\n")
    x = extract_text(nlp, text, PUBLISHED)
    three = meetings_by_participants(x).get(("Arko Tassin", "Orin Vasko", "Pel Ostrick"))
    assert three is not None and place_name(x, three) == "Porto"
