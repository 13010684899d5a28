""""A met B in X on <day>. Their previous (last, first) meeting was in Y in November" ("took place",
"was held"), "A and B have met three times; the first took place in Y": a recalled meeting of the
pair just told, at its own place and time; not "their next meeting will be in Y" (one to come), nor
"the first phase of the exercise took place in Y". Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("NAIROBI, March 10 - Kenyan Defence Cabinet Secretary Achieng Omondo held talks with Ugandan Defence "
        "Minister Musoke Kabandize in Nairobi on Monday. ")
PAIR = sorted(["Achieng Omondo", "Musoke Kabandize"])


def _recalled(x):
    places = {p.key: p.name for p in x.places}
    return [(places.get(mt.place), mt.date.iso if mt.date else None) for mt in x.meetings
            if participant_names(x, mt) == PAIR and mt.earlier]


@pytest.mark.parametrize("told, when", [("Their previous meeting was in Kampala in November.", "2025-11"),
                                        ("Their last meeting took place in Kampala in January.", "2026-01"),
                                        ("Their first meeting was held in Kampala on 4 May 2024.", "2024-05-04")])
def test_their_earlier_meeting(nlp, told, when):
    assert _recalled(extract_text(nlp, LEAD + told, PUBLISHED)) == [("Kampala", when)]


def test_the_first_of_the_counted_meetings(nlp):
    x = extract_text(nlp, LEAD + "Omondo and Kabandize have met three times; the first took place in Kampala in 2024.", PUBLISHED)
    assert _recalled(x) == [("Kampala", "2024")]


@pytest.mark.parametrize("told", ["Their next meeting will be in Kampala in May.",
                                  "The first phase of the exercise took place in Kampala in 2024."])
def test_no_recalled_meeting(nlp, told):
    x = extract_text(nlp, LEAD + told, PUBLISHED)
    assert _recalled(x) == []
