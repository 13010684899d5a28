""""The 4th X Committee meeting will be held on July 7 in Lima. A will co-chair the meeting with B":
the meeting still to come, with no day or place of its own, is at the occasion to come just told
(as a past one is at a past occasion). Not a meeting to come after a past occasion. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 6, 20)
PAIR = ("Julio Arredondo", "Rakesh Varma")


def test_a_meeting_to_come_at_the_occasion_to_come(nlp):
    text = ("The fourth India-Peru Joint Defence Cooperation Committee meeting will be held on July 7 in Lima. "
            "Indian Defence Secretary Rakesh Varma will co-chair the meeting with Peruvian Vice Minister of Defence "
            "Julio Arredondo.\n")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[PAIR]
    assert mt.date is not None and mt.date.iso == "2025-07-07"
    assert place_name(x, mt) == "Lima"


def test_a_meeting_to_come_after_a_past_occasion_takes_nothing(nlp):
    # must not fire: the occasion told is past, the meeting still to come is another
    text = ("The fourth India-Peru Joint Defence Cooperation Committee meeting was held on June 7 in Lima. "
            "Indian Defence Secretary Rakesh Varma will co-chair the next meeting with Peruvian Vice Minister of "
            "Defence Julio Arredondo.\n")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x).get(PAIR)
    assert mt is None or mt.date is None or mt.date.iso != "2025-06-07"
