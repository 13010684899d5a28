"""A hosting told as the reason for something else ("X thanked India for hosting an exercise in
Lucknow in March") does not put X there: the meeting told next stays where the visit is; hosting
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
