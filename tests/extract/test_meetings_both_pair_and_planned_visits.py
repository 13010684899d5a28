""""Both ministers welcomed ..." keeps the pair just told in focus, so "the two ministers" a
sentence later still means them; "will visit X in the first half of <year> for talks with Y" is
planned even when the parse hangs "for talks" on the time phrase; a city-state visited is where
the talks will be."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = "Defence Minister Paul Rainer met his Estonian counterpart, Defence Minister Kalle Tamm, in Tallinn on Monday. "


def test_the_two_ministers_after_a_both_ministers_sentence_is_the_pair(nlp):
    text = LEAD + ("Both Ministers welcomed the new training agreement. After their meeting, the two Ministers held "
                   "a video conference with Latvia's Minister of Defence, Andris Ozols, on Baltic air policing.")
    x = extract_text(nlp, text)
    assert ("Andris Ozols", "Kalle Tamm", "Paul Rainer") in meetings_by_participants(x)


def test_both_countries_keeps_no_pair_in_focus(nlp):
    # "both countries" counts no persons: the pair is not plainly meant two sentences on
    text = LEAD + ("Both countries welcomed the new training agreement. After their meeting, the two Ministers held "
                   "a video conference with Latvia's Minister of Defence, Andris Ozols, on Baltic air policing.")
    x = extract_text(nlp, text)
    assert ("Andris Ozols", "Kalle Tamm", "Paul Rainer") not in meetings_by_participants(x)


def test_visit_in_the_first_half_of_a_year_for_talks_is_planned(nlp):
    text = LEAD + "Mr Tamm will visit Vienna in the first half of 2026 for talks with Mr Rainer, the ministry said."
    x = extract_text(nlp, text)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1 and place_name(x, planned[0]) == "Vienna"
    assert any(mt.status == "held" and place_name(x, mt) == "Tallinn" for mt in x.meetings)


def test_city_state_visited_for_talks_is_the_place(nlp):
    text = LEAD + "Mr Tamm will visit Monaco next year for talks with Mr Rainer."
    x = extract_text(nlp, text)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1 and place_name(x, planned[0]) == "Monaco"


def test_held_visit_for_talks_stays_held(nlp):
    x = extract_text(nlp, "Mr Kalle Tamm visited Vienna in the first week of March for talks with Defence Minister "
                          "Paul Rainer.")
    assert all(mt.status == "held" for mt in x.meetings) and x.meetings
