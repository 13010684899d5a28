""""A held talks with B in X on Monday. A briefed President P on the talks afterwards": a report
back on the meeting just told, to someone who was not in it, is no meeting of its own (the leader
is only mentioned); a briefing on another topic ("briefed B on the new plan") still reads as before.
Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 10)
LEAD = ("Belgian Defence Minister Orla Vanmeer held talks with Chilean Defence Minister Tomas Aravena in Santiago "
        "on Monday.\n\n")


def test_briefing_a_leader_on_the_talks_is_no_meeting(nlp):
    for tail in ("Vanmeer briefed Prime Minister Pieter Claessen on the talks afterwards.\n",
                 "She briefed Prime Minister Pieter Claessen on the outcome of the meeting on Tuesday.\n"):
        met = meetings_by_participants(extract_text(nlp, LEAD + tail, PUBLISHED))
        assert ("Orla Vanmeer", "Tomas Aravena") in met, tail
        assert ("Orla Vanmeer", "Pieter Claessen") not in met and ("Pieter Claessen", "Orla Vanmeer") not in met, tail


def test_briefing_on_another_topic_still_a_meeting(nlp):
    x = extract_text(nlp, LEAD + "Earlier in the day, Chilean Army chief General Ramiro Fuentes called on Vanmeer "
                     "and briefed her on the new training plan.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Orla Vanmeer", "Ramiro Fuentes") in met or ("Ramiro Fuentes", "Orla Vanmeer") in met
