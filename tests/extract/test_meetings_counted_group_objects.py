""""E will receive the three ministers": the persons of the latest meeting told before with that
many participants; a pair ("the two ministers") is too common to be told apart this way."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs

TRIPARTITE = ("NAIROBI, March 11 (Xinhua) -- The defense ministers of Kenya, Tanzania and Rwanda met in Nairobi yesterday "
              "for tripartite talks on border security.\n\n"
              "Kenya's Minister of Defense Naserian Koech hosted Tanzania's Minister of Defense Rehema Mwambene and Rwandan "
              "Minister of Defense Theoneste Habimana at the ministry's headquarters in Nairobi.\n\n")


def test_the_three_ministers_are_the_three_just_met(nlp):
    x = extract_text(nlp, TRIPARTITE + "Kenyan President Wekesa Barasa is set to receive the three ministers at State House "
                                       "Mombasa on Thursday, a presidential spokesperson said.")
    assert ("Naserian Koech", "Rehema Mwambene", "Theoneste Habimana", "Wekesa Barasa") in meeting_pairs(x)


def test_a_count_no_meeting_had_is_no_one(nlp):
    x = extract_text(nlp, TRIPARTITE + "Kenyan President Wekesa Barasa is set to receive the four ministers at State House "
                                       "Mombasa on Thursday, a presidential spokesperson said.")
    assert not any("Wekesa Barasa" in pair for pair in meeting_pairs(x))
