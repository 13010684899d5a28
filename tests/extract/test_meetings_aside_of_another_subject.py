""""A spoke with B on Wednesday, even as C was in Paris on a visit": a subordinate clause with a person
of its own as subject that tells no meeting says where that person was; C met no one."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs

LEAD = "Defence Minister Carlos Ruiz spoke by phone with Brazil's Defence Minister, Jose Mucio, on Wednesday"


@pytest.mark.parametrize("aside", [
    ", even as Army chief General Tomas Reyes was in Brasilia on a four-day official visit.",
    ", while Army chief General Tomas Reyes was in Brasilia on a four-day official visit.",
    ", with the two sides reviewing progress on the frigate contract, even as Army chief General Tomas Reyes was "
    "in Brasilia on a four-day official visit.",
    " as Army chief General Tomas Reyes remained in Brasilia for the air show.",
])
def test_person_of_an_aside_is_no_participant(nlp, aside):
    pairs = meeting_pairs(extract_text(nlp, LEAD + aside))
    assert ("Carlos Ruiz", "Jose Mucio") in pairs
    assert not any("Tomas Reyes" in pair for pair in pairs)


def test_meeting_told_in_the_subordinate_clause_is_kept(nlp):
    text = LEAD + ", as Army chief General Tomas Reyes received Brazil's Army commander, General Ana Lopes, in Lima."
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Carlos Ruiz", "Jose Mucio") in pairs
    assert ("Ana Lopes", "Tomas Reyes") in pairs


def test_a_second_person_met_is_still_a_participant(nlp):
    text = "Defence Minister Carlos Ruiz met Brazil's Defence Minister, Jose Mucio, and Army chief General Tomas Reyes on Wednesday."
    pairs = meeting_pairs(extract_text(nlp, text))
    assert any("Tomas Reyes" in pair and "Carlos Ruiz" in pair for pair in pairs) or \
        ("Carlos Ruiz", "Jose Mucio", "Tomas Reyes") in pairs


def test_place_of_an_aside_is_not_the_meetings(nlp):
    from extract_helpers import meetings_by_participants, place_name
    x = extract_text(nlp, "Defence Minister Carlos Ruiz met Brazil's Defence Minister, Jose Mucio, on Tuesday while Army "
                          "chief General Tomas Reyes was in Brasilia.")
    meeting = meetings_by_participants(x)[("Carlos Ruiz", "Jose Mucio")]
    assert place_name(x, meeting) is None


def test_place_of_the_meeting_itself_is_kept_beside_an_aside(nlp):
    from extract_helpers import meetings_by_participants, place_name
    x = extract_text(nlp, "Defence Minister Carlos Ruiz met Brazil's Defence Minister, Jose Mucio, in Lima on Tuesday while "
                          "Army chief General Tomas Reyes was in Brasilia.")
    meeting = meetings_by_participants(x)[("Carlos Ruiz", "Jose Mucio")]
    assert place_name(x, meeting) == "Lima"
