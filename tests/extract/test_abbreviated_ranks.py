"""Ranks abbreviated with a dot ("Cdr.", "Brig. Gen.", "Maj.-Gen."): the dot ends the rank, not the
sentence, and the name after it is a person; on sentences written for these tests."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs, person_names


@pytest.mark.parametrize("rank", ["Cdr.", "Capt.", "Brig. Gen.", "Maj.-Gen.", "Lt.-Gen.", "Lt. Col.", "Hon."])
def test_a_dotted_rank_before_the_second_party_keeps_the_meeting(nlp, rank):
    x = extract_text(nlp, f"Defence Minister Ana Ruiz met {rank} Tomas Berg of the Chilean Navy in Valparaiso on Monday.")
    assert ("Ana Ruiz", "Tomas Berg") in meeting_pairs(x)


def test_a_dotted_rank_starts_no_sentence(nlp):
    doc = nlp("Capt. Lena Ortiz met Cdr. Pablo Reyes in Callao on Monday. Both officers toured the port.")
    assert [s.text for s in doc.sents] == ["Capt. Lena Ortiz met Cdr. Pablo Reyes in Callao on Monday.", "Both officers toured the port."]


def test_a_full_rank_word_alone_still_makes_no_person_of_a_company(nlp):
    x = extract_text(nlp, "Defence Minister Ana Ruiz met executives of General Dynamics in Lima on Monday.")
    assert person_names(x) == ["Ana Ruiz"]
