""""X is due to travel to Y in May to attend an exhibition and meet Z again": the "to" of
"attend" is shared by "meet", so the meeting is planned like the journey it is the purpose of;
"X travelled to Y in May to attend an exhibition and meet Z" told a meeting held."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

LEAD = ("QUITO (Reuters) - Ecuadorian Defence Minister Tomas Velarde Ruano held talks with his Chilean counterpart "
        "Anselmo Pradera Lutz in Quito on Tuesday.\n\n")
PAIR = ["Anselmo Pradera Lutz", "Tomas Velarde Ruano"]


def _meetings(text: str, nlp):
    x = extract_text(nlp, text, published=date(2027, 2, 10))
    return [(participant_names(x, mt), mt.status, mt.date.iso if mt.date else None) for mt in x.meetings]


def test_meet_joined_to_a_planned_attend_is_planned(nlp):
    text = LEAD + ("Velarde is due to travel to Santiago in May to attend a defence industry exhibition and meet "
                   "Pradera again, a ministry official said.")
    assert (PAIR, "planned", "2027-05") in _meetings(text, nlp)


def test_meet_joined_to_an_attend_of_a_past_journey_is_held(nlp):
    text = LEAD + ("Velarde travelled to Santiago in November to attend a defence industry exhibition and meet "
                   "Pradera, a ministry official said.")
    found = _meetings(text, nlp)
    assert not any(s == "planned" for _, s, _ in found)
