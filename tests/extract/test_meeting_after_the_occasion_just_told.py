""""<A and B> co-chaired the dialogue in X on Tuesday. After the dialogue, the two ministers held a
bilateral meeting": a fronted "after (following) the <occasion>," points back to the occasion just
told; the meeting takes its day. Not "After the elections," (no occasion of the story). Invented
sentences and names."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 11)  # a Wednesday


@pytest.mark.parametrize("text", [
    "Norlandian Defence Minister Ivo Brandt and Chilean Defence Minister Tomas Ferrer co-chaired the annual defence "
    "policy dialogue in Santiago on Tuesday. After the dialogue, the two ministers held a bilateral meeting.",
    "Norlandian Defence Minister Ivo Brandt and Chilean Defence Minister Tomas Ferrer attended a passing-out ceremony "
    "at the military academy in Santiago on Tuesday. After the ceremony, the two ministers held talks.",
    "Chilean Defence Minister Tomas Ferrer and Norlandian Defence Minister Ivo Brandt opened the third session of "
    "the joint commission in Santiago on Tuesday. Following the session, the two ministers met privately.",
])
def test_the_meeting_after_the_occasion_takes_its_day(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Ivo Brandt", "Tomas Ferrer")]
    assert mt.date is not None and mt.date.iso == "2026-03-10"


def test_after_something_not_an_occasion_takes_no_day(nlp):
    # must not fire: "the elections" is no occasion of the story told just before
    text = ("Chilean Defence Minister Tomas Ferrer was sworn in on Tuesday. After the elections, Ferrer received "
            "Norlandian Defence Minister Ivo Brandt.")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Ivo Brandt", "Tomas Ferrer")]
    assert mt.date is None or mt.date.iso != "2026-03-10"
