""""The 3rd India-Uruguay Joint Defence Committee meeting was held in Montevideo on 10 March.
Defence Secretary A met B ...": a meeting told, with no day or place of its own, right after a
sentence that tells only an occasion held somewhere on a day, is held at that occasion (wire copy
and ministry releases open so). Not a meeting still to come, one told with a day of its own, nor
one after a sentence that tells something other than an occasion held. Invented names."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 12)  # a Wednesday

MET = ("Defence Secretary Tarun Bedi met Uruguayan Vice Minister of Defence Lucia Ferreyra and reviewed "
       "cooperation between India and Uruguay.")


@pytest.mark.parametrize("occasion", [
    "The 3rd India-Uruguay Joint Defence Committee meeting was held in Montevideo on 10 March.",
    "The third India-Uruguay Defence Dialogue took place in Montevideo on Monday.",
    "The 3rd India-Uruguay 2+2 Dialogue was held in Montevideo on 10 March.",
])
def test_meeting_right_after_an_occasion_held(nlp, occasion):
    x = extract_text(nlp, f"{occasion} {MET}\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and mt.status == "held"
    assert mt.date is not None and mt.date.iso == "2025-03-10"
    assert place_name(x, mt) == "Montevideo"


def test_meeting_to_come_after_an_occasion_held(nlp):
    x = extract_text(nlp, "The 3rd India-Uruguay Joint Defence Committee meeting was held in Montevideo on 10 March. "
                     "Defence Secretary Tarun Bedi will meet Uruguayan Vice Minister of Defence Lucia Ferreyra next "
                     "month to review cooperation between India and Uruguay.\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and mt.status == "planned"
    assert mt.date is None or mt.date.iso != "2025-03-10"


def test_meeting_with_its_own_day_after_an_occasion_held(nlp):
    x = extract_text(nlp, "The 3rd India-Uruguay Joint Defence Committee meeting was held in Montevideo on 10 March. "
                     "Earlier, Defence Secretary Tarun Bedi had met Uruguayan Vice Minister of Defence Lucia Ferreyra "
                     "in New Delhi in January.\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and mt.date is not None and mt.date.iso == "2025-01"
    assert place_name(x, mt) == "New Delhi"


def test_meeting_after_another_kind_of_sentence(nlp):
    x = extract_text(nlp, f"India handed over two patrol vessels to Uruguay in Montevideo on 10 March. {MET}\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and mt.date is None


def test_meeting_after_an_earlier_edition_told(nlp):
    x = extract_text(nlp, "The first meeting of the working group was held in Montevideo in 2023. Tarun Bedi also called "
                     "on Uruguayan Vice Minister of Defence Lucia Ferreyra at the ministry.\n", PUBLISHED)
    mt = meetings_by_participants(x).get(("Lucia Ferreyra", "Tarun Bedi"))
    assert mt is not None and (mt.date is None or mt.date.iso != "2023")
    assert place_name(x, mt) != "Montevideo"
