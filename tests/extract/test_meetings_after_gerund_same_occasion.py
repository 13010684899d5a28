"""A meeting told in "after <verb>ing ..." hung on the main clause ("X on Wednesday praised ..., after
holding talks with Y") is part of that clause's occasion, like "after he met Y" or "following talks
with Y": with no day of its own it takes the main verb's day. Not a journey's ("flew home on
Wednesday after meeting Y": the meeting came before), not "before <verb>ing", and a day of its own wins."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PAIR = ("Anil Kumar", "Marie Duval")
PUBLISHED = date(2026, 3, 6)  # a Friday


def _day(nlp, text: str) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, text, published=PUBLISHED))[PAIR]
    return meeting.date.iso if meeting.date else None


def test_after_a_gerund_takes_the_main_verbs_day(nlp):
    text = ("Defence Minister Anil Kumar on Wednesday praised the partnership, after holding talks with "
            "Vice-President Marie Duval in Port Louis.")
    assert _day(nlp, text) == "2026-03-04"


def test_after_sitting_down_with(nlp):
    text = ("Defence Minister Anil Kumar on Wednesday called his visit a milestone, after sitting down with "
            "Vice-President Marie Duval for talks at the Ministry of Defence in Port Louis.")
    assert _day(nlp, text) == "2026-03-04"


def test_a_journey_after_the_meeting_gives_no_day(nlp):
    text = "Defence Minister Anil Kumar on Wednesday flew to Delhi after meeting Vice-President Marie Duval in Port Louis."
    assert _day(nlp, text) is None


def test_before_a_gerund_gives_no_day(nlp):
    text = ("Defence Minister Anil Kumar on Wednesday praised the partnership, before meeting "
            "Vice-President Marie Duval in Port Louis.")
    assert _day(nlp, text) is None


def test_the_meetings_own_day_wins(nlp):
    text = ("Defence Minister Anil Kumar on Wednesday praised the partnership, after meeting "
            "Vice-President Marie Duval in Port Louis on Monday.")
    assert _day(nlp, text) == "2026-03-02"
