""""A said Monday's talks with B were productive": a day owning the talk noun stands where "his"
would, so the speaker is B's partner and the day is the meeting's; on invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_a_weekday_owning_the_talks_gives_the_speaker_and_the_day(nlp):
    text = "Estonian Defence Minister Kalle Tamm said Monday's talks with Latvian Defence Minister Juris Berzins were productive."
    meetings = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert meetings[("Juris Berzins", "Kalle Tamm")].date.iso == "2026-03-09"


def test_the_speaker_named_after_the_reported_clause(nlp):
    text = "Tuesday's meeting with Zambian Defence Minister Mwila Chanda was useful, Malawian Defence Minister Harold Banda said."
    meetings = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert meetings[("Harold Banda", "Mwila Chanda")].date.iso == "2026-03-10"


def test_a_day_owning_a_meeting_of_a_body_names_no_partner(nlp):
    text = "Yesterday's meeting of the Joint Defence Committee was useful, said Malawian Defence Minister Harold Banda."
    assert not extract_text(nlp, text, PUBLISHED).meetings
