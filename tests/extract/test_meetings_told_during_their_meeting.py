"""Meetings: "X told (assured, informed) Y during their meeting in Z on Monday that ...": "their"
meeting is of the teller and the one told, a meeting of the two on that day, at that place
(invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, place_name

_extract = partial(extract_text, published=date(2025, 4, 3))


def _meetings(x):
    names = {p.key: p.name for p in x.persons}
    return sorted((tuple(sorted(names[k] for k in mt.participants)), mt.date.iso if mt.date else None, mt.status) for mt in x.meetings)


def test_told_during_their_meeting_is_a_meeting_of_the_two(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves told Peruvian Defence Minister Jorge Salas during their meeting in "
                      "Lima on Tuesday that the frigates would be delivered.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves"), "2025-04-01", "held")]
    assert place_name(x, x.meetings[0]) == "Lima"


def test_assured_or_informed_during_their_talks_fronted_or_not(nlp):
    x = _extract(nlp, "During their talks in Lima on Tuesday, Chilean Defence Minister Pedro Alves assured Peruvian Defence "
                      "Minister Jorge Salas that the frigates would be delivered.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves"), "2025-04-01", "held")]
    x = _extract(nlp, "Chilean Army Chief General Pedro Alves informed his Peruvian counterpart General Jorge Salas during "
                      "their talks in Lima on Tuesday that the training slots would double.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves"), "2025-04-01", "held")]


def test_told_reporters_during_their_meeting_names_no_partner(nlp):
    # must not fire: the one told is no person, and "their" stands for no one named
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves told reporters during their meeting in Lima on Tuesday that the "
                      "frigates would be delivered.")
    assert _meetings(x) == []


def test_told_during_a_meeting_told_before_is_that_meeting(nlp):
    # must not fire twice: the meeting was told in the sentence before
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves met Peruvian Defence Minister Jorge Salas in Lima on Tuesday. "
                      "Alves told Salas during their meeting that the frigates would be delivered.")
    assert [m[0] for m in _meetings(x)] == [("Jorge Salas", "Pedro Alves")]
