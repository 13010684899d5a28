""""A and B, who first met at the X Forum in Halifax in 2024, had also held a video conference
...": the "who" clause describes both joined names, so it tells a meeting of the pair, in its
city; a "who" clause with no meeting verb tells none. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, place_name

PUBLISHED = date(2027, 2, 28)
LEAD = ("Santiago, 28 February 2027 - Admiral Rohan Desai held talks with Vice Admiral Tomas Ibarren in Santiago on "
        "Wednesday.\n\n")


def test_the_who_clause_of_a_joined_pair_is_their_meeting(nlp):
    text = LEAD + ("Desai and Ibarren, who first met at the Atlantic Naval Leaders Forum in Halifax in 2024, had also "
                   "held a video conference on January 27 to prepare the visit.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert "Halifax" in {place_name(x, mt) for mt in x.meetings}


def test_a_who_clause_of_no_meeting_tells_none(nlp):
    # must not fire: serving in a city is no meeting
    text = LEAD + ("Desai and Ibarren, who both served in Halifax in 2024, had also held a video conference on January 27 "
                   "to prepare the visit.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert "Halifax" not in {place_name(x, mt) for mt in x.meetings}
