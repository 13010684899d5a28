"""One subject meeting several partners, each with the city written after their name ("met A in X
on Monday and B in Y on Tuesday"): each meeting has its own city."""

from datetime import date

import pytest

from diplokg.nlp import load_pipeline

from extract_helpers import extract_text, meetings_by_participants, place_name


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_each_partner_with_its_own_city(nlp):
    x = extract_text(nlp, "Brazilian Defence Minister Jose Bentes met Argentine Defence Minister Luis Petri in Buenos Aires "
                          "on Wednesday and Uruguayan Defence Minister Sandra Varella in Montevideo on Thursday.", date(2026, 3, 12))
    by_pair = meetings_by_participants(x)
    assert place_name(x, by_pair[("Jose Bentes", "Luis Petri")]) == "Buenos Aires"
    assert place_name(x, by_pair[("Jose Bentes", "Sandra Varella")]) == "Montevideo"


def test_one_city_after_the_list_is_everyones(nlp):
    x = extract_text(nlp, "Brazilian Defence Minister Jose Bentes met Argentine Defence Minister Luis Petri and Uruguayan "
                          "Defence Minister Sandra Varella in Montevideo on Thursday.", date(2026, 3, 12))
    assert {place_name(x, mt) for mt in x.meetings} == {"Montevideo"}
