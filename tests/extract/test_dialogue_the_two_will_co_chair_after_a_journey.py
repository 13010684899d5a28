""""B is expected to travel to X in June for the 6th meeting of the Y Dialogue, which the two ministers
will co-chair": the counted pair of the relative clause co-chairs a planned meeting in the city the
journey goes to; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = "Chilean Defence Minister Oskar Vandel held talks with Peru's Defence Minister Piet Lammers in Lima on Thursday.\n\n"


def test_the_two_ministers_co_chair_where_one_of_them_travels(nlp):
    text = LEAD + ("Lammers is expected to travel to Santiago in June for the 6th meeting of the Chile-Peru "
                   "High-Level Military Dialogue, which the two ministers will co-chair.")
    x = extract_text(nlp, text, PUBLISHED)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1
    assert set(meetings_by_participants(x)) == {("Oskar Vandel", "Piet Lammers")}
    assert place_name(x, planned[0]) == "Santiago"
    assert planned[0].date is not None and planned[0].date.iso == "2026-06"


def test_a_traveller_outside_the_pair_is_not_made_one_of_the_two(nlp):
    text = LEAD + ("Navy Commander Ana Lira is expected to travel to Santiago in June for the 6th meeting of the "
                   "Chile-Peru High-Level Military Dialogue, which the two ministers will co-chair.")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any({"Ana Lira", "Oskar Vandel", "Piet Lammers"} <= set(names) for names in meetings_by_participants(x))
