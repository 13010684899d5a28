"""The city that closes an address after "at": "at the Ministry of Defence headquarters, Ship
House, Abuja" is in Abuja; not a city after a comma that closes no "at"/"in" phrase."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_city_closing_a_two_piece_address(nlp):
    text = (
        "The Minister of Defence, Aden Kiptoo, on Tuesday hosted a delegation led by Portugal's Minister of "
        "National Defence, Rui Costa, at the Ministry of Defence headquarters, Ulinzi House, Nairobi."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Rui Costa")]
    assert place_name(x, meeting) == "Nairobi"


def test_city_after_a_day_and_a_comma_is_not_the_meetings(nlp):
    text = (
        "The Minister of Defence, Aden Kiptoo, hosted Portugal's Minister of National Defence, Rui Costa, "
        "on Tuesday, Nairobi said in a statement."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Rui Costa")]
    assert meeting.place is None
