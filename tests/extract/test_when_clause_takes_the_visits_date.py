""""A had visited Y in June 2025, when he held talks with B": the "when" clause's meeting is on the
main verb's date (a recalled meeting, kept apart from the story's own talks of the pair); a visit to
come ("will visit Y in June, when he will hold talks with B") gives its month to a planned meeting.
Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("DELHI, March 10 - Indian Defence Minister Vikram Sondhiya held talks with Vietnamese Defence Minister "
        "Phan Duc Khiem on Tuesday. ")


def _meetings(x):
    places = {p.key: p.name for p in x.places}
    return sorted((mt.date.iso if mt.date else "", places.get(mt.place), mt.status) for mt in x.meetings
                  if participant_names(x, mt) == ["Phan Duc Khiem", "Vikram Sondhiya"])


def test_a_recalled_visit(nlp):
    x = extract_text(nlp, LEAD + "Sondhiya had visited Hanoi in June 2025, when he held talks with Phan Duc Khiem.", PUBLISHED)
    assert _meetings(x) == [("2025-06", "Hanoi", "held"), ("2026-03-10", "Delhi", "held")]


def test_a_visit_to_come(nlp):
    x = extract_text(nlp, LEAD + "Sondhiya will visit Hanoi in June, when he will hold talks with Phan Duc Khiem.", PUBLISHED)
    assert _meetings(x) == [("2026-03-10", "Delhi", "held"), ("2026-06", "Hanoi", "planned")]
