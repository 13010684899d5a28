"""A meeting's day written at the end of a reported clause, before the attribution that follows it
("A spoke with B by phone last Friday, the ministry said"): the parse may hang the day on the
speech verb, but it is the meeting's; a day written after the speech verb ("..., the ministry said
on Wednesday") is the statement's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 5)  # a Thursday


def test_day_before_a_following_attribution_is_the_meetings(nlp):
    text = (
        "Ghana's Minister of Defence, Kofi Mensah, met Togo's Minister of Defence, Yao Kodjo, in Accra on Tuesday. "
        "Mensah had exchanged views by phone with Liberia's Minister of Defence, Samuel Kollie, last Friday, "
        "the ministry said. "
        "Mensah had met Senegal's Minister of Defence, Amadou Diop, in Dakar last Friday, the ministry said."
    )
    meetings = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert meetings[("Kofi Mensah", "Samuel Kollie")].date.iso == "2026-02-27"
    diop = meetings[("Amadou Diop", "Kofi Mensah")]
    assert diop.date.iso == "2026-02-27"
    assert place_name(extract_text(nlp, text, PUBLISHED), diop) == "Dakar"


def test_day_after_the_speech_verb_is_the_statements(nlp):
    text = (
        "Ghana's Minister of Defence, Kofi Mensah, will host Benin's Minister of Defence, Paul Houngbo, "
        "in Accra, the ministry said on Wednesday."
    )
    (meeting,) = extract_text(nlp, text, PUBLISHED).meetings
    assert meeting.date is None
