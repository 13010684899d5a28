""""The Indian delegation was led by A and the Uruguayan side by B": the two sides of a dialogue
told in one sentence, the second clause's verb left out (gapped); A and B met, as when each side
is told in its own sentence. Not two leaders of the same side, nor a side's leader with a
delegation that leads nobody ("and the Uruguayan side by B" needs its "by"). Invented names."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize("sentence", [
    "The Indian delegation was led by Defence Secretary Tarun Bedi and the Uruguayan side by Vice Minister of "
    "Defence Lucia Ferreyra at the talks in Montevideo on Monday.",
    "The Uruguayan side was headed by Vice Minister of Defence Lucia Ferreyra, and the Indian delegation by "
    "Defence Secretary Tarun Bedi at the talks in Montevideo on Monday.",
])
def test_gapped_second_side(nlp, sentence):
    x = extract_text(nlp, f"{sentence} India and Uruguay reviewed training exchanges.\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and mt.status == "held"
    assert mt.date is not None and mt.date.iso == "2025-03-10"
    assert place_name(x, mt) == "Montevideo"


def test_gapped_side_after_the_dialogue_told(nlp):
    x = extract_text(nlp, "The 3rd India-Uruguay Defence Policy Dialogue was held in Montevideo on 10 March. The Indian "
                     "delegation was led by Defence Secretary Tarun Bedi and the Uruguayan side by Vice Minister of "
                     "Defence Lucia Ferreyra.\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and mt.date is not None and mt.date.iso == "2025-03-10"
    assert place_name(x, mt) == "Montevideo"


def test_one_side_led_by_two(nlp):
    x = extract_text(nlp, "The Indian delegation to Montevideo was led by Defence Secretary Tarun Bedi and Joint "
                     "Secretary Meera Kulkarni on Monday. India and Uruguay reviewed training exchanges.\n", PUBLISHED)
    assert ("Meera Kulkarni", "Tarun Bedi") not in meetings_by_participants(x)
