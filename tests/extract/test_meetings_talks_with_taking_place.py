"""A visit's programme may tell talks with no one holding them: "Talks with the Vice-President, Ms
X, will take place (be held) in Y on Tuesday." The visitor the story told holds them. Not talks
"between" two named persons, not talks that are only described ("were productive"), and no
meeting without a visitor told."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

VISIT = "Indian Defence Minister Anil Kumar arrived in Mauritius on Monday for a three-day visit. "
PUBLISHED = date(2026, 3, 6)


def _extract(nlp, text: str):
    return extract_text(nlp, text, published=PUBLISHED)


def test_talks_with_a_host_will_take_place(nlp):
    x = _extract(nlp, VISIT + "Delegation-level talks with the Vice-President of Mauritius, Ms Marie Ramdin, "
                              "will take place in Port Louis on March 10.")
    meeting = meetings_by_participants(x)[("Anil Kumar", "Marie Ramdin")]
    assert meeting.date.iso == "2026-03-10" and place_name(x, meeting) == "Port Louis" and meeting.status == "planned"


def test_talks_with_a_host_will_be_held(nlp):
    x = _extract(nlp, VISIT + "Talks with Vice-President Marie Ramdin will be held in Port Louis on March 10.")
    assert ("Anil Kumar", "Marie Ramdin") in meeting_pairs(x)


def test_talks_between_two_named_persons_stay_theirs(nlp):
    x = _extract(nlp, VISIT + "Talks between Vice-President Marie Ramdin and General Paul Duval were held in "
                              "Port Louis on Tuesday.")
    assert meeting_pairs(x) == {("Marie Ramdin", "Paul Duval")}


def test_talks_only_described_are_no_meeting(nlp):
    x = _extract(nlp, VISIT + "Talks with Vice-President Marie Ramdin were productive, officials said.")
    assert ("Anil Kumar", "Marie Ramdin") not in meeting_pairs(x)


def test_no_visitor_told_no_meeting(nlp):
    x = _extract(nlp, "Talks with Vice-President Marie Ramdin will be held in Port Louis on March 10.")
    assert meeting_pairs(x) == set()
