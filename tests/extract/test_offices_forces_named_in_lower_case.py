"""A post of a country's force written in lower case between the title and the name ("the Chief of
General Staff of the Ruritanian armed forces, Gen. X"): the force's kind words ("armed", "air") are part
of its name as its capitalised form is, so the name after it is the post's holder."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_lower_case_armed_forces_after_a_demonym(nlp):
    x = extract_text(nlp, "The Chief of General Staff of the Zambian armed forces, Gen. Chanda Mwila, met Malawian "
                          "Defence Minister Ellen Banda in Lilongwe on Monday.")
    assert ("Chanda Mwila", "Chief of General Staff", "ZMB") in holdings(x)


def test_lower_case_air_force_after_a_demonym(nlp):
    x = extract_text(nlp, "The Commander of the Beninese air force, Col. Marc Houngbo, met Togolese Defence Minister "
                          "Kodjo Amah in Lome on Monday.")
    assert ("Marc Houngbo", "Air Force Commander", "BEN") in holdings(x)


def test_lower_case_words_that_name_no_force_give_no_post(nlp):
    x = extract_text(nlp, "The Chief of General Staff of the Zambian armed groups' talks, Chanda Mwila, spoke in "
                          "Lilongwe on Monday.")
    assert not any(person == "Chanda Mwila" for person, _, _ in holdings(x))
