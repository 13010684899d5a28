"""Talks still to come after a journey: "arrived in Y on Tuesday ahead of talks on Thursday with X"
(the parse hangs "with X" on the journey's verb) and "travelled to Y on Thursday ahead of his talks
with X on Saturday" (it hangs "on Saturday" there): the talks, on their own day."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 11)  # a Tuesday


@pytest.mark.parametrize("text", [
    ("Vietnamese Defence Minister Tran Quoc Hung arrived in Jakarta on Tuesday ahead of talks on Thursday with "
     "Indonesian Defence Minister Dedi Kurniawan, the ministry said.", ("Dedi Kurniawan", "Tran Quoc Hung")),
    ("Greek Defence Minister Kostas Andreou travelled to Nicosia on Tuesday ahead of his talks with Cypriot Defence "
     "Minister Michalis Savvides on Thursday.", ("Kostas Andreou", "Michalis Savvides")),
])
def test_talks_ahead_on_their_own_day(nlp, text):
    text, pair = text
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[pair]
    assert meeting.status == "planned"
    assert meeting.date.iso == "2025-03-13"


def test_journey_for_talks_keeps_the_journeys_day(nlp):
    # "for talks with X": no "ahead of"; the journey's day stands
    text = ("Ecuadorian Defence Minister Marco Salinas will travel to Lima on Wednesday for talks with Peruvian "
            "Defence Minister Elena Paredes.")
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Elena Paredes", "Marco Salinas")]
    assert meeting.date.iso == "2025-03-12"


def test_talks_ahead_with_no_one_named(nlp):
    text = ("Ecuadorian Defence Minister Marco Salinas arrived in Lima on Tuesday ahead of talks on Thursday with the "
            "Peruvian navy.")
    assert meetings_by_participants(extract_text(nlp, text, PUBLISHED)) == {}
