""""The co-chairs had held a video conference on 10 March": the co-chairs are the pair of the
co-chaired talks just told, as "the two ministers" are; "the co-chairs of the working groups" are others."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants

PUBLISHED = date(2027, 4, 2)
LEAD = ("Ghana, Chile hold defence dialogue\n\nACCRA, 1 April — Deputy Minister for Defence Kofi Asante Boadu and "
        "Defence Secretary of Chile Pablo Ruiz Tagle co-chaired the fifth Ghana-Chile Defence Dialogue here this morning.\n\n")
PAIR = ("Kofi Asante Boadu", "Pablo Ruiz Tagle")


@pytest.mark.parametrize(("sentence", "day"), [
    ("The co-chairs had held a video conference on 10 March to prepare for the dialogue.", "2027-03-10"),
    ("To prepare the agenda, the co-chairs spoke by telephone on 3 March.", "2027-03-03"),
    ("The co-chairs last met in Santiago on 14 February 2026, officials said.", "2026-02-14"),
])
def test_the_co_chairs_are_the_pair_just_told(nlp, sentence, day):
    x = extract_text(nlp, LEAD + sentence, PUBLISHED)
    days = {mt.date.iso for mt in x.meetings if mt.date is not None and len(mt.participants) == 2}
    assert day in days
    assert PAIR in meeting_pairs(x)


def test_co_chairs_of_other_bodies_are_not_the_pair(nlp):
    text = LEAD + "The co-chairs of the working groups met on 10 March to draft their reports."
    x = extract_text(nlp, text, PUBLISHED)
    assert all(mt.date is None or mt.date.iso != "2027-03-10" for mt in x.meetings)
    assert meetings_by_participants(x)[PAIR].date.iso == "2027-04-01"
