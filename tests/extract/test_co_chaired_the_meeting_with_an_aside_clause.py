""""The Joint Working Group met in <city> on February 9. A and B co-chaired the meeting, which
identified X as a priority": a relative clause set off by a comma says more of the occasion told
before, so "the meeting" still refers back to it and takes its place; an indefinite "a meeting"
refers back to nothing."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

CO_CHAIRS = "Joint Secretary Mira Solt and Norland's Director General of Defence Policy, Rear Admiral Anders Kvist,"


def _meeting(nlp, text: str):
    x = extract_text(nlp, text, date(2026, 3, 8))
    meeting = meetings_by_participants(x)[("Anders Kvist", "Mira Solt")]
    return place_name(x, meeting), meeting.date


def test_the_meeting_with_an_aside_clause_takes_the_place_told_before(nlp):
    place, day = _meeting(nlp, "The Norland-Kestria Joint Working Group met in Velholm on February 9, 2026. " + CO_CHAIRS
                          + " co-chaired the meeting, which identified training as a priority.")
    assert place == "Velholm" and day is not None and day.iso == "2026-02-09"


def test_an_indefinite_meeting_refers_back_to_nothing(nlp):
    place, day = _meeting(nlp, "Defence Minister Lio Varrow visited Velholm on February 9, 2026. " + CO_CHAIRS
                          + " co-chaired a meeting of the Norland-Kestria Joint Working Group, which identified training as a priority.")
    assert place is None and day is None
