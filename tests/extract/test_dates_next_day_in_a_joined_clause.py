""""X arrived in Y on Monday and held talks with Z the next day": the second verb's own "the next
day" moves the first verb's day by one, instead of the second verb borrowing the first verb's day
unchanged; a shift told of someone in a relative clause does not move it, and a joined verb with no
shift of its own keeps the first verb's day. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 13)  # a Thursday


def _day(nlp, text: str, pair: tuple[str, str]) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[pair]
    return meeting.date.iso if meeting.date else None


def test_held_next_day_in_a_joined_clause(nlp):
    text = ("Estonian Defence Minister Kaarel Tamm arrived in Vilnius on Monday and held talks with his "
            "Lithuanian counterpart Rasa Petraitiene the next day.\n")
    assert _day(nlp, text, ("Kaarel Tamm", "Rasa Petraitiene")) == "2025-03-11"


def test_planned_following_day_in_a_joined_clause(nlp):
    text = ("Estonian Defence Minister Kaarel Tamm will reach Vilnius on Sunday and meet his Lithuanian "
            "counterpart Rasa Petraitiene the following day.\n")
    assert _day(nlp, text, ("Kaarel Tamm", "Rasa Petraitiene")) == "2025-03-17"


def test_shift_in_a_relative_clause_does_not_move_the_day(nlp):
    text = ("Estonian Defence Minister Kaarel Tamm arrived in Vilnius on Monday and held talks with his "
            "Lithuanian counterpart Rasa Petraitiene, who had returned from Warsaw the previous day.\n")
    assert _day(nlp, text, ("Kaarel Tamm", "Rasa Petraitiene")) == "2025-03-10"
