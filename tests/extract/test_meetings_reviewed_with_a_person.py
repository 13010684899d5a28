"""Meetings: "reviewing something with <person>" is meeting them, as "discussing something with
<person>" is: "will call on President A and review the results with Minister B" is a second
meeting of the visit to come, with B (not "reviewed cooperation with <country>": no one met)
(invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, meetings_by_participants, place_name

_extract = partial(extract_text, published=date(2025, 4, 3))


def test_a_second_planned_meeting_reviewing_with_a_minister(nlp):
    x = _extract(nlp, "Lithuanian Defence Minister Petras Valaitis hosted Latvia's Interior Minister Ilze Berzina in Vilnius "
                      "on Tuesday.\n\nMinister Valaitis is expected to travel to Riga in June, when he will call on President "
                      "Karlis Ozols and review the first results of the joint patrols with Minister Berzina.")
    found = meetings_by_participants(x)
    later = found[("Ilze Berzina", "Petras Valaitis")]
    assert ("Karlis Ozols", "Petras Valaitis") in found
    assert [m.status for m in x.meetings if set(m.participants) == set(later.participants)].count("planned") == 1


def test_reviewing_progress_with_a_counterpart_is_a_meeting(nlp):
    for sentence in ("Chilean Defence Minister Pedro Alves reviewed the progress of the joint exercises with Peruvian "
                     "Defence Minister Jorge Salas in Lima on Tuesday.",
                     "On Tuesday in Lima, Chile's Defence Minister Pedro Alves reviewed border cooperation with Peru's "
                     "Interior Minister Jorge Salas.",
                     "Chile's Defence Minister Pedro Alves will visit Lima next week, where he will review the training "
                     "programme with Peruvian Army chief General Jorge Salas."):
        x = _extract(nlp, sentence)
        found = meetings_by_participants(x)
        assert ("Jorge Salas", "Pedro Alves") in found, sentence
        assert place_name(x, found[("Jorge Salas", "Pedro Alves")]) == "Lima", sentence


def test_reviewing_cooperation_with_a_country_is_no_meeting(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves reviewed defence cooperation with Peru in Santiago on Tuesday.")
    assert x.meetings == []
