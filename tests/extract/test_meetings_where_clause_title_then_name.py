""""is scheduled to visit the X Centre in C on Saturday, where he is due to meet the Chief of the Y
Command, Admiral Z": the holder named after the title and a comma is the one met, on the day the
visit is told, wherever the parse hung the name and the "where" clause."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("LIMA, March 12 (Andina) - Chilean Army Commander General Pablo Rojas, who is on a four-day visit to Peru, "
        "called on Peruvian Army Commander General Luis Vega in Lima on Tuesday.\n\n")


@pytest.mark.parametrize("title", ["the Principal Staff Officer of the Joint Forces Division",
                                   "the Chief of Staff of the Joint Forces Division"])
def test_title_then_name_in_a_where_clause(nlp, title):
    text = LEAD + ("The Chilean Army chief, who arrived in Lima on Monday, is scheduled to visit the Peruvian Institute of "
                   f"Peace Support Operation Training (IPSOT) in Arequipa on Saturday, where he is due to meet {title}, "
                   "Lt Gen Jorge Salas.")
    meeting = meetings_by_participants(extract_text(nlp, text, published=date(2025, 3, 12)))[("Jorge Salas", "Pablo Rojas")]
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2025-03-15"


def test_a_title_followed_by_a_list_is_no_holder(nlp):
    text = LEAD + "General Rojas also met the Naval Command, the Air Command and General Luis Vega on Wednesday."
    pairs = set(meetings_by_participants(extract_text(nlp, text, published=date(2025, 3, 12))))
    assert ("Luis Vega", "Pablo Rojas") in pairs and len(pairs) == 1
