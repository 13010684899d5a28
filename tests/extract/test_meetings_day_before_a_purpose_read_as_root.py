""""<Title>, General A, conferred with <title>, General B, on Sunday to finalize the plans": the
parse may read the trigger as a clause on A's name and "to finalize" as the sentence's root, with
the day hung on that root or on the subject phrase; the day is still the meeting's."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 6, 11)  # a Wednesday: "on Sunday" is June 8
LEAD = "QUITO, June 11 (AFP) -- Defence Minister Luis Arce met Bolivian Defence Minister Juan Peralta.\n\n"


def _day(nlp, sentence: str, pair: tuple[str, str]) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, LEAD + sentence, PUBLISHED))[pair]
    return meeting.date.iso if meeting.date else None


@pytest.mark.parametrize("sentence", [
    "Bolivia's Chief of the Joint Command of the Armed Forces, Vice Adm. Andrés Molina Ruiz, conferred with Ecuador's "
    "Chief of the Joint Command, Gen. Tomás Herrera Soto, on Sunday to finalize the plans for Exercise Cóndor 2026, a "
    "joint riverine exercise scheduled for May on the Napo river.",
    "The army commanders also met. Bolivia's Chief of the Joint Command of the Armed Forces, Vice Adm. Andrés Molina "
    "Ruiz, conferred with Ecuador's Chief of the Joint Command, Gen. Tomás Herrera Soto, on Sunday to finalize the "
    "plans for Exercise Cóndor 2026.",
])
def test_day_before_a_purpose_read_as_root_is_the_meetings(nlp, sentence):
    assert _day(nlp, sentence, ("Andrés Molina Ruiz", "Tomás Herrera Soto")) == "2025-06-08"


def test_a_finite_main_verb_keeps_its_own_day(nlp):
    # the day of another, finite verb is not the meeting's
    assert _day(nlp, (
        "Vice Adm. Andrés Molina Ruiz, who conferred with Gen. Tomás Herrera Soto, will travel to La Paz on Sunday to "
        "finalize the plans."), ("Andrés Molina Ruiz", "Tomás Herrera Soto")) != "2025-06-15"
