"""Active "A and B co-chaired the meeting / the talks": two co-chairs named as subjects of a definite
occasion told before meet at it, as the passive "the meeting was co-chaired by A and B" does; one
co-chair, or "a meeting" of no told occasion, is no meeting (invented sentences)."""

from __future__ import annotations

from test_facts import _extract, _names, _place


def test_two_subjects_co_chairing_the_meeting_of_a_body_that_met(nlp):
    x = _extract(nlp, "The Peru-Chile Joint Working Group on Defence Cooperation met in Lima on 10 March. "
                      "Peruvian Vice Minister Luis Quispe and Chilean Under Secretary Pablo Rojas co-chaired the meeting.")
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Luis Quispe", "Pablo Rojas"]
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"
    assert _place(x, meeting) == "Lima"


def test_two_subjects_co_chairing_the_talks(nlp):
    x = _extract(nlp, "Peruvian Vice Minister Luis Quispe and Chilean Under Secretary Pablo Rojas co-chaired the talks "
                      "in Lima on 10 March. Chile and Peru reviewed their defence projects.")
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Luis Quispe", "Pablo Rojas"]
    assert _place(x, meeting) == "Lima"


def test_one_co_chair_or_an_indefinite_meeting_is_no_meeting(nlp):
    # must not fire: one person co-chairing, or "a meeting" no sentence told of
    one = _extract(nlp, "The Peru-Chile Joint Working Group met in Lima on 10 March. "
                        "Peruvian Vice Minister Luis Quispe co-chaired the meeting.")
    assert one.meetings == []
    vague = _extract(nlp, "Peruvian Vice Minister Luis Quispe and Chilean Under Secretary Pablo Rojas co-chaired a meeting "
                          "on cyber defence last year.")
    assert vague.meetings == []
