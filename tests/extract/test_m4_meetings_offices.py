"""Meetings and offices on news phrasings met in the extra4 tuning set (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, person_names

_extract = partial(extract_text, published=date(2025, 4, 2))


def test_a_name_written_with_and_without_jr_is_one_person_named_without_it(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves held talks with Chilean Defence Minister Tomas Herrera Jr. in Brasilia on Monday. "
                      "\"Glad to receive Minister Tomas Herrera in Brasilia,\" Pedro Alves said.")
    assert person_names(x) == ["Pedro Alves", "Tomas Herrera"]
    herrera = next(p for p in x.persons if p.name == "Tomas Herrera")
    assert any(a.startswith("Tomas Herrera Jr") for a in herrera.aliases)


def test_a_jr_name_never_written_without_it_keeps_the_suffix(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves held talks with Chilean President Tomas Herrera Jr in Santiago on Monday.")
    assert person_names(x) == ["Pedro Alves", "Tomas Herrera Jr"]
