""""The ministers' session was preceded on Tuesday by a meeting of the chiefs of defence ... On the
sidelines of the meeting, A received B": the meeting that preceded (or followed) the occasion the
lead reports is a side occasion; "the meeting" refers back to the lead's, whose day and place the
sidelines meeting takes (invented names)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 5, 14)

LEAD = ("Tallinn, 14 May 2027 (ERR) - Defence ministers of the Amber Coast Defence Forum agreed in Tallinn on Thursday to "
        "set up joint ammunition stockpiles, at the close of the 9th Meeting of Amber Coast Defence Ministers.\n\n"
        "The meeting was chaired by Estonia's Minister of Defence, Liva Sarnik.\n\n")
SIDELINES = ("On the sidelines of the meeting, Sarnik received Latvia's Minister of Defence, Kaspar Ulgren, who announced "
             "that a Latvian patrol vessel would stay in the Gulf of Riga until the end of the year.\n")


def test_the_meeting_that_preceded_the_ministerial_is_not_the_one_referred_back_to(nlp):
    side = ("The ministers' session was preceded on Wednesday by a meeting of the forum's chiefs of defence, chaired by "
            "Latvia's Chief of Defence, General Oskars Vilde, which prepared the proposal.\n\n")
    x = extract_text(nlp, LEAD + side + SIDELINES, PUBLISHED)
    mt = meetings_by_participants(x)[("Kaspar Ulgren", "Liva Sarnik")]
    assert mt.date is not None and mt.date.iso == "2027-05-13"
    assert place_name(x, mt) == "Tallinn"


def test_a_meeting_told_on_its_own_day_stays_the_one_referred_back_to(nlp):
    # must not move past it: "a meeting of the chiefs of defence on Wednesday" is told as the occasion itself
    side = ("The chiefs of defence held a meeting on Wednesday, chaired by Latvia's Chief of Defence, General Oskars "
            "Vilde, which prepared the proposal.\n\n")
    x = extract_text(nlp, LEAD + side + SIDELINES, PUBLISHED)
    mt = meetings_by_participants(x)[("Kaspar Ulgren", "Liva Sarnik")]
    assert mt.date is not None and mt.date.iso == "2027-05-12"
