"""A "he"/"she" subject whose latest antecedent's courtesy title says the other sex ("Mr X ... She
later met Y") is the latest person whose title agrees, else one named in the sentence before whose
sex is not said."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs


def test_she_is_not_the_man_named_with_mr(nlp):
    x = extract_text(nlp, "Mr Tomas Novak, Czechia's Deputy Foreign Minister, was welcomed by Ms Ingrid Dahl, Norway's "
                          "Minister of Defence, in Oslo on Monday. She later met Finnish Defence Minister Eero Lahti in Oslo.")
    assert ("Eero Lahti", "Ingrid Dahl") in meeting_pairs(x)
    assert ("Eero Lahti", "Tomas Novak") not in meeting_pairs(x)


def test_he_is_the_one_whose_sex_is_not_said_over_a_woman_named_with_ms(nlp):
    x = extract_text(nlp, "Ms Ingrid Dahl, Norway's Minister of Defence, met her Finnish counterpart Eero Lahti in Oslo on "
                          "Monday. He later met Mr Tomas Novak, Czechia's Deputy Foreign Minister, in Oslo.")
    assert ("Eero Lahti", "Tomas Novak") in meeting_pairs(x)


def test_agreeing_subject_stays(nlp):
    x = extract_text(nlp, "Ms Ingrid Dahl, Norway's Minister of Defence, met Mr Tomas Novak, Czechia's Deputy Foreign "
                          "Minister, in Oslo on Monday. She later met Finnish Defence Minister Eero Lahti in Oslo.")
    assert ("Eero Lahti", "Ingrid Dahl") in meeting_pairs(x)
