"""Companions named in "X, along with Y, met Z" / "X, together with Y, held talks with Z": Y is of
X's side (X's country, not the host city's), and meets Z as X does, not X (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, posts_held

_extract = partial(extract_text, published=date(2025, 4, 3))


def _pairs(x):
    names = {p.key: p.name for p in x.persons}
    return sorted(tuple(sorted(names[k] for k in mt.participants)) for mt in x.meetings)


def test_along_with_on_the_subject_gives_the_companion_the_leads_country(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves, along with Chief of Defence Staff General Tomas Reyes, met "
                      "Peruvian Defence Minister Jorge Salas in Lima on Tuesday. Peru and Chile agreed to hold joint drills.")
    assert posts_held(x)["Tomas Reyes"] == [("Chief of Defence Staff", "CHL", None)]


def test_together_with_on_the_verb_gives_the_companion_the_leads_country_and_the_host(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves, together with Navy Chief Admiral Tomas Reyes, held talks with "
                      "Peruvian Defence Minister Jorge Salas in Lima on Tuesday. Peru and Chile agreed to hold joint drills.")
    assert posts_held(x)["Tomas Reyes"] == [("Navy Chief", "CHL", None)]
    assert ("Pedro Alves", "Tomas Reyes") not in _pairs(x)
    assert ("Jorge Salas", "Pedro Alves") in _pairs(x)


def test_a_counterpart_along_with_keeps_his_own_country(nlp):
    # must not fire: the companion's own country is stated
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves, along with his Peruvian counterpart Jorge Salas, visited the "
                      "naval base in Valparaiso on Tuesday. Peru and Chile agreed to hold joint drills.")
    assert posts_held(x)["Jorge Salas"] == [("Defence Minister", "PER", None)]


def test_along_with_after_the_object_is_not_the_subjects_companion(nlp):
    # must not fire: "along with Y" after the one met may be of the host's side
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves met Peruvian Defence Minister Jorge Salas, along with Navy Chief "
                      "Admiral Tomas Reyes, in Lima on Tuesday. Peru and Chile agreed to hold joint drills.")
    assert posts_held(x).get("Tomas Reyes", [("Navy Chief", "PER", None)]) != [("Navy Chief", "CHL", None)]
