"""Spanish double surnames joined by "y" ("Paz y Miño"), as Portuguese ones are by "e": one name,
whether the model found both halves or only the last. On sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, meeting_pairs, person_names


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, March 10 - The Minister of Defence of Ecuador, Tomas Vela y Ordoñez, met the Bolivian Defence Minister, Ana Suarez, in Quito on Monday.",
        "QUITO, March 10 - Ecuadorian Defence Minister Tomas Vela y Ordoñez met Bolivian Defence Minister Ana Suarez in Quito on Monday.",
    ],
)
def test_surnames_joined_by_y_are_one_name(nlp, text):
    x = extract_text(nlp, text)
    assert "Tomas Vela y Ordoñez" in person_names(x)
    assert ("Ana Suarez", "Tomas Vela y Ordoñez") in meeting_pairs(x)


def test_two_persons_joined_by_and_stay_two(nlp):
    x = extract_text(nlp, "QUITO, March 10 - Ecuadorian Defence Minister Tomas Vela and his Bolivian counterpart Ana Suarez met in Quito on Monday.")
    assert {"Tomas Vela", "Ana Suarez"} <= set(person_names(x))
