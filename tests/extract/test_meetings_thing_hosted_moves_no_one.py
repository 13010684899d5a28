"""A hosting told as the reason for something else ("X thanked Chile for hosting a drill in
Valparaiso in May") does not put X there: the meeting told next stays where the visit is; hosting
counterparts or an occasion ("hosted the 5th Conclave at Mombasa") does put the host there."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("Nairobi, May 20 (PTI) Kenyan Defence Principal Secretary Mary Wanjiru and Ugandan Deputy Defence Minister "
        "Paul Mugisha co-chaired the 6th Kenya-Uganda Joint Defence Committee here on Wednesday.\n\n")
LATER = "\n\nOn Tuesday, Mugisha also held talks with Kenya Navy Commander Maj Gen Paul Owuor on maritime security."


@pytest.mark.parametrize("thing", ["a table-top exercise", "a peacekeeping seminar", "the regional conference"])
def test_a_thing_hosted_elsewhere_moves_no_one(nlp, thing):
    text = LEAD + f"Mugisha thanked Kenya for hosting {thing} under the group in Mombasa in March." + LATER
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Paul Mugisha", "Paul Owuor")]) == "Nairobi"


def test_hosting_counterparts_elsewhere_still_moves_the_host(nlp):
    text = LEAD + "On Monday, Mugisha hosted his counterparts in Mombasa." + LATER
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Paul Mugisha", "Paul Owuor")]) == "Mombasa"


def test_hosting_an_occasion_puts_the_host_there(nlp):
    text = LEAD + "On Monday, Mugisha hosted the 5th Conclave of Navy Chiefs at Mombasa." + LATER
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Paul Mugisha", "Paul Owuor")]) == "Mombasa"


@pytest.mark.parametrize("told", [
    "After hosting his regional counterparts in Mombasa on Monday, Mugisha flew on.",
    "Mugisha spoke to reporters after hosting his regional counterparts in Mombasa on Monday.",
])
def test_hosting_told_under_a_time_preposition_still_moves_the_host(nlp, told):
    # review mend: only a hosting told as a reason ("for hosting") moves no one
    x = extract_text(nlp, LEAD + told + LATER)
    assert place_name(x, meetings_by_participants(x)[("Paul Mugisha", "Paul Owuor")]) == "Mombasa"


def test_hosting_praised_moves_no_one(nlp):
    x = extract_text(nlp, LEAD + "Mugisha praised Kenya for hosting a peacekeeping seminar in Mombasa in March." + LATER)
    assert place_name(x, meetings_by_participants(x)[("Paul Mugisha", "Paul Owuor")]) == "Nairobi"
