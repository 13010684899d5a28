""""Y, who accompanied X, said ...": a companion named before a relative clause is of X's side,
as one named after "accompanied by" is; a country the rest of the sentence speaks of (the host's
waters) is not his. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
LEAD = ("Chile's Defence Minister Ana Torres has wrapped up a visit to Peru and Ecuador. She held talks with Peru's "
        "Defence Minister Luis Vargas in Lima on Monday. ")


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    "companion",
    [
        "Chief of Navy Vice Admiral Pedro Mena, who accompanied Ms Torres, said the navy would patrol Peruvian waters.",
        "Navy Commander Vice Admiral Pedro Mena, who was accompanying the minister, said the navy would patrol Peruvian waters.",
        "Navy Commander Pedro Mena, who accompanied Torres on the trip, promised more patrols over Peruvian waters.",
    ],
)
def test_a_companion_before_a_relative_clause_is_of_the_leads_side(nlp, companion):
    held = _held(nlp, LEAD + companion)
    assert any(name == "Pedro Mena" and country == "CHL" for name, _, country in held)
    assert not any(name == "Pedro Mena" and country == "PER" for name, _, country in held)


def test_one_the_companion_accompanied_is_not_made_a_companion(nlp):
    # the lead keeps the country its own title names
    text = LEAD + "Navy Commander Pedro Mena, who accompanied Ms Torres, said the navy would patrol Peruvian waters."
    assert ("Ana Torres", "Defence Minister", "CHL") in _held(nlp, text)


def test_a_relative_clause_of_another_verb_makes_no_companion(nlp):
    # "who met Ms Torres": the host's officer, named by the sentence's country
    text = LEAD + "Peruvian Navy Commander Pedro Mena, who met Ms Torres, said the navy would patrol its waters."
    assert ("Pedro Mena", "Navy Commander", "PER") in _held(nlp, text)
