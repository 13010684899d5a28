"""Of two persons with one surname, a bare "Singh" opening a new paragraph beside a person named with
one of them before ("Singh also held talks with Espino ...") is that one, not the one the article is
about; with no such companion, the article's main person."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs

LEAD = ("New Delhi: Prime Minister Arun Mehta on Wednesday received Kenya's defence minister Aden Kiptoo. Kiptoo had "
        "held talks with defence minister Vikram Rao a day earlier.\n\n"
        "On Monday, defence secretary Sunil Kumar Rao and Chilean Undersecretary of Defence Paula Soto co-chaired the "
        "3rd India-Chile Joint Defence Cooperation Committee in a virtual meeting.\n\n"
        "Chile bought two Indian-built patrol vessels in 2023.\n\n")


@pytest.mark.parametrize("told", ["Rao also held talks with Soto on training slots at Indian military institutions.",
                                  "Rao also held separate talks with Soto on cooperation in military medicine."])
def test_short_form_beside_a_companion_is_the_companions_partner(nlp, told):
    x = extract_text(nlp, LEAD + told)
    assert ("Paula Soto", "Vikram Rao") not in meeting_pairs(x)
    assert ("Paula Soto", "Sunil Kumar Rao") in meeting_pairs(x)


def test_short_form_alone_in_a_new_paragraph_is_the_main_person(nlp):
    x = extract_text(nlp, LEAD + "Rao also held a telephone conversation with Malaysian Defence Minister Ahmad Salleh.")
    assert ("Ahmad Salleh", "Vikram Rao") in meeting_pairs(x)
