"""An audience with a sovereign is a call on them: "was granted an audience by King X", "had an
audience with the Emir" (not "an audience of cadets", the listeners of a lecture). Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 12)
LEAD = ("MUSCAT, March 12, 2025 (ONA) -- Defence Minister Datuk Seri Ahmad Rahim held a bilateral meeting with "
        "Oman's Minister of Defence Affairs, Sayyid Badr bin Salim Al Hinai, at the ministry here today.\n\n")


def test_granted_an_audience_by_a_sultan_is_a_call_on_him(nlp):
    x = extract_text(nlp, LEAD + "He was earlier granted an audience by His Majesty Sultan Faisal bin Nasser, at Al "
                     "Alam Palace in Muscat yesterday.\n", PUBLISHED)
    audience = meetings_by_participants(x)[("Ahmad Rahim", "Faisal bin Nasser")]
    assert audience.kind == "call-on" and audience.date.iso == "2025-03-11" and place_name(x, audience) == "Muscat"


def test_an_audience_of_listeners_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "The minister also gave an audience of cadets led by Colonel Salim Al Habsi a "
                     "lecture on maritime security.\n", PUBLISHED)
    assert set(meetings_by_participants(x)) == {("Ahmad Rahim", "Badr bin Salim Al Hinai")}
