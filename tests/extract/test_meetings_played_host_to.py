""""A played host to B" is "A hosted B"; a city playing host to a conference is no meeting."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants


def _meetings(nlp, text: str) -> dict:
    x = extract_text(nlp, text, date(2026, 3, 12))
    return {pair: (mt.status, mt.date.iso if mt.date else None) for pair, mt in meetings_by_participants(x).items()}


def test_played_host_to_a_counterpart(nlp):
    text = "Slovak Defence Minister Peter Kral played host to Hungarian Defence Minister Gabor Szabo in Bratislava on Tuesday."
    assert _meetings(nlp, text) == {("Gabor Szabo", "Peter Kral"): ("held", "2026-03-10")}


def test_will_play_host_to_a_counterpart(nlp):
    text = "Slovak Defence Minister Peter Kral will play host to Hungarian Defence Minister Gabor Szabo in Bratislava on Friday."
    assert _meetings(nlp, text) == {("Gabor Szabo", "Peter Kral"): ("planned", "2026-03-13")}


def test_a_city_playing_host_to_a_conference_is_no_meeting(nlp):
    text = ("Bratislava played host to the Central European defence conference on Tuesday, "
            "attended by Slovak Defence Minister Peter Kral.")
    assert _meetings(nlp, text) == {}
