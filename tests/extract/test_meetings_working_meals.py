"""A meal shared with a partner ("had a working lunch with X", "will have a working breakfast
with X", "had dinner with X") is a meeting; a meal with no partner is none."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants


def _meetings(nlp, text: str) -> dict:
    x = extract_text(nlp, text, date(2026, 3, 12))
    return {pair: (mt.status, mt.date.iso if mt.date else None) for pair, mt in meetings_by_participants(x).items()}


def test_a_working_lunch_with_a_counterpart(nlp):
    text = "Peruvian Defence Minister Ana Quispe had a working lunch with her Bolivian counterpart Luis Mamani in Lima on Monday."
    assert _meetings(nlp, text) == {("Ana Quispe", "Luis Mamani"): ("held", "2026-03-09")}


def test_a_planned_breakfast_with_a_minister(nlp):
    text = "Peruvian Defence Minister Ana Quispe will have a working breakfast with Bolivian Defence Minister Luis Mamani on Friday."
    assert _meetings(nlp, text) == {("Ana Quispe", "Luis Mamani"): ("planned", "2026-03-13")}


def test_a_meal_with_no_partner_is_no_meeting(nlp):
    text = "Peruvian Defence Minister Ana Quispe visited La Paz on Monday and had lunch at the military college."
    assert _meetings(nlp, text) == {}
