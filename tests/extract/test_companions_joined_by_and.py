"""A subject joined to a visitor by "and", with a post that names no country ("X and Rear Adm. Y,
commander of Z, met W"): Y is of X's side, not the host's (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, posts_held

_extract = partial(extract_text, published=date(2025, 4, 3))


def test_a_subject_joined_by_and_with_a_unit_post_is_of_the_first_subjects_side(nlp):
    x = _extract(nlp, "LIMA — Chilean Navy Commander Admiral Pedro Alves visited Peru on March 4. On March 5, Alves and "
                      "Capt. Tomas Reyes, commander of the Pacific Patrol Squadron, met Chief of the Joint Command "
                      "Admiral Jorge Salas in Lima.")
    assert posts_held(x)["Tomas Reyes"] == [("Commander of the Pacific Patrol Squadron", "CHL", None)]
    assert posts_held(x)["Jorge Salas"] == [("Chief of the Joint Command", "PER", None)]


def test_a_subject_joined_by_and_who_held_talks_with_a_host(nlp):
    x = _extract(nlp, "LIMA — Chilean Navy Commander Admiral Pedro Alves visited Peru on March 4. Alves and Rear Adm. "
                      "Tomas Reyes, commander of Southern Maritime Area, held talks with Admiral Jorge Salas, commander "
                      "of the Peruvian Navy.")
    assert posts_held(x)["Tomas Reyes"] == [("Commander of Southern Maritime Area", "CHL", None)]


def test_two_subjects_who_met_each_other_are_not_one_side(nlp):
    # must not fire: no one else is met, the two subjects are the meeting's two sides
    x = _extract(nlp, "LIMA — Chilean Navy Commander Admiral Pedro Alves visited Peru on March 4. Alves and Rear Adm. "
                      "Tomas Reyes, commander of the Southern Maritime Area, met at the naval base in Callao.")
    assert posts_held(x).get("Tomas Reyes", [("", "", None)])[0][1] != "CHL"
