"""The post a counterpart holds when the article also gives him another one, on sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 3)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_a_second_post_told_elsewhere_does_not_hide_the_counterparts(nlp):
    text = (
        "Defence Minister Tomas Herrera hosted his Peruvian counterpart Luis Salazar in Santiago on Monday. "
        "Talks between Herrera and Salazar, who is also Peru's Deputy Prime Minister, lasted two hours. "
        "Chile and Peru signed a training pact. Chile will host the next round."
    )
    held = _holds(nlp, text)
    assert ("Luis Salazar", "Deputy Prime Minister", "PER") in held
    assert ("Luis Salazar", "Defence Minister", "PER") in held


def test_a_post_told_with_the_counterpart_is_the_one_he_holds(nlp):
    # his post is written where he is called a counterpart: nothing is mirrored from the host's
    text = (
        "Defence Minister Tomas Herrera hosted his Peruvian counterpart, Army chief General Luis Salazar, in "
        "Santiago on Monday. Chile and Peru signed a training pact. Chile will host the next round."
    )
    held = _holds(nlp, text)
    assert ("Luis Salazar", "Defence Minister", "PER") not in held
