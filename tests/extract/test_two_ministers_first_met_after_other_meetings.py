""""A received B ... . B was received by President C ... . B also interacted with General D ... .
"Quote," A said after the meeting. The two ministers first met in September 2026 on the sidelines of
..., and they last spoke by phone on February 2": after the visitor's meetings with others and a
quote, "first met" (as "last met") is a meeting before the story's, of the story's pair of that post;
"the two men" names no post and reaches back to no one. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 3, 17)
LEAD = ("Riga, March 17, 2027 – The Minister of Defense, Arvo Kelmet, received the Minister of Defense of Estonia, "
        "Rein Talvik, at the Ministry of Defense in Riga on Tuesday for official talks.\n\n"
        "This morning, the Estonian minister was received by Ilze Varna, President of Latvia, at the Presidency in Riga.\n\n"
        "The Estonian minister also interacted with Brig. Gen. Janis Orlovs (Chief of the General Staff) during a visit "
        "to the National Defence Academy.\n\n"
        "\"We have a lot to learn from each other,\" Minister Kelmet said after the meeting.\n\n")
PAIR = ["Arvo Kelmet", "Rein Talvik"]


def _earlier(x):
    return sorted((mt.kind, mt.date.iso if mt.date else None) for mt in x.meetings
                  if participant_names(x, mt) == PAIR and mt.earlier)


def test_the_two_ministers_first_met(nlp):
    x = extract_text(nlp, LEAD + "The two ministers first met in September 2026 on the sidelines of a regional "
                     "conference, and they last spoke by phone on February 2.\n", PUBLISHED)
    found = _earlier(x)
    assert ("telephone", "2027-02-02") in found
    assert any(d == "2026-09" and k != "telephone" for k, d in found)


def test_the_two_men_first_met(nlp):
    x = extract_text(nlp, LEAD + "The two men first met in September 2026.\n", PUBLISHED)
    assert _earlier(x) == []
