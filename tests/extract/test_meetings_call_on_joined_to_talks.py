"""Meetings: "visited Lima for talks with A and a call on President B", "X's visit included talks
with A and a call on B": the call on B joined to the talk noun is a call of its own on B (not a
telephone call, and not lost) (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text

_extract = partial(extract_text, published=date(2025, 4, 3))


def _meetings(x):
    names = {p.key: p.name for p in x.persons}
    return sorted((tuple(sorted(names[k] for k in mt.participants)), mt.kind, mt.status) for mt in x.meetings)


def _days(x):
    return {mt.kind: mt.date.iso if mt.date else None for mt in x.meetings}


def test_a_call_on_joined_to_talks_with_is_a_call_of_its_own(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves visited Lima on Tuesday for talks with Peruvian Defence Minister "
                      "Jorge Salas and a call on President Ana Rivas.")
    assert _meetings(x) == [(("Ana Rivas", "Pedro Alves"), "call-on", "held"), (("Jorge Salas", "Pedro Alves"), "talks", "held")]
    assert _days(x) == {"call-on": "2025-04-01", "talks": "2025-04-01"}


def test_a_visit_including_talks_and_a_call_on(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves's visit to Lima on Tuesday included talks with Peruvian Defence "
                      "Minister Jorge Salas and a call on President Ana Rivas.")
    assert _meetings(x) == [(("Ana Rivas", "Pedro Alves"), "call-on", "held"), (("Jorge Salas", "Pedro Alves"), "talks", "held")]


def test_a_telephone_call_joined_to_talks_is_no_call_on(nlp):
    # must not fire: "a call on Tuesday" is a day, and a phone call keeps its kind
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves held talks with Peruvian Defence Minister Jorge Salas in Lima and "
                      "a telephone call on Tuesday with President Ana Rivas.")
    assert all(m[1] != "call-on" for m in _meetings(x))
