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


@pytest.mark.parametrize("rank", ["Vice Adm.", "Rear Adm.", "Lt. Gen.", "Maj. Gen.", "Air Vice Marshal"])
def test_a_two_word_rank_ending_in_a_dot_opens_a_sentence_with_a_person(nlp, rank):
    # "Vice Adm." counts two rank words, as "Vice Admiral" does: the dot makes "Adm." no less a word
    # (a name the model misses after "Vice Adm.": the rank alone must make it one)
    x = extract_text(nlp, f"{rank} Prakash Nair met the Commander of the Bangladesh Navy Admiral Mohammad Rahman in Chennai on Saturday.")
    assert "Prakash Nair" in person_names(x)
    assert ("Mohammad Rahman", "Prakash Nair") in meeting_pairs(x)


def test_a_dotted_word_after_a_rank_word_makes_no_person_of_a_firm(nlp):
    x = extract_text(nlp, "Defence Minister Ana Ruiz met executives of General Dynamics Inc. in Lima on Monday.")
    assert person_names(x) == ["Ana Ruiz"]
