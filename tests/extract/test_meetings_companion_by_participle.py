"""Meetings: "X, accompanied by Z, met Y" / "X, assisted by his deputy Z, received Y": the one
who went along sat in X's meeting with Y, one meeting of the three, not a meeting of his own
(invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text

_extract = partial(extract_text, published=date(2025, 4, 3))


def _meetings(x):
    names = {p.key: p.name for p in x.persons}
    return sorted((tuple(sorted(names[k] for k in mt.participants)), mt.date.iso if mt.date else None, mt.status) for mt in x.meetings)


def test_accompanied_by_on_the_subject_is_one_meeting_of_three(nlp):
    x = _extract(nlp, "Chilean Navy Commander Admiral Pedro Alves, accompanied by Vice Admiral Tomas Reyes, met Peruvian "
                      "Navy Commander Admiral Jorge Salas in Lima on Tuesday. They discussed hydrography.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves", "Tomas Reyes"), "2025-04-01", "held")]


def test_assisted_by_a_deputy_is_one_meeting_of_three(nlp):
    x = _extract(nlp, "Chilean Air Force Commander General Pedro Alves, assisted by his deputy General Tomas Reyes, received "
                      "Peruvian Air Force Commander General Jorge Salas in Santiago on Wednesday.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves", "Tomas Reyes"), "2025-04-02", "held")]


def test_two_joined_subjects_still_meet_each_object(nlp):
    # must not fire: "A and B received C" names two hosts, each meeting C
    x = _extract(nlp, "Defence Minister Pedro Alves and Foreign Minister Rosa Pinto of Chile received Peruvian Defence Minister "
                      "Jorge Salas in Santiago on Tuesday.")
    assert [m[0] for m in _meetings(x)] == [("Jorge Salas", "Pedro Alves"), ("Jorge Salas", "Rosa Pinto")]


def test_accompanied_by_on_a_subject_meeting_two_stays_apart(nlp):
    # must not fire: with two partners met, the companion is not read into one sitting of four
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves, accompanied by General Tomas Reyes, met Peruvian Defence "
                      "Minister Jorge Salas and Bolivian Defence Minister Ana Rivas in Lima on Tuesday.")
    assert all(len(m[0]) <= 3 for m in _meetings(x))
    assert not any(set(m[0]) >= {"Jorge Salas", "Ana Rivas", "Pedro Alves", "Tomas Reyes"} for m in _meetings(x))
