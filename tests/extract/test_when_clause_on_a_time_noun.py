""""A is expected to pay a return visit to Y in the autumn, when B will host him": the parse hangs
the "when" clause on the time noun; "him" is still the one whose visit it is, so B's hosting is a
meeting to come of A and B in Y. A "when" clause with no one hosted is no meeting. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 3, 17)
LEAD = ("The Minister of Defense, Arvo Kelmet, received the Minister of Defense of Estonia, Rein Talvik, "
        "at the Ministry of Defense in Riga on Tuesday for official talks.\n\n")


def _planned(x):
    places = {p.key: p.name for p in x.places}
    return [(participant_names(x, mt), places.get(mt.place)) for mt in x.meetings if mt.status == "planned"]


def test_return_visit_when_the_host_will_host_him(nlp):
    x = extract_text(nlp, LEAD + "Minister Kelmet is expected to pay a return visit to Tallinn in the autumn, "
                     "when Minister Talvik will host him for the 2nd Latvia-Estonia Defense Consultations.\n", PUBLISHED)
    assert _planned(x) == [(["Arvo Kelmet", "Rein Talvik"], "Tallinn")]


def test_when_clause_hosting_no_one(nlp):
    x = extract_text(nlp, LEAD + "Minister Kelmet is expected to pay a return visit to Tallinn in the autumn, "
                     "when the city will host a defence exhibition.\n", PUBLISHED)
    assert _planned(x) == []
