""""met X on Zanzibar", "on the island of Y": the island town after "on" hung on a verb of meeting,
or after "on the island of", is the meeting's place; "talks on <place>" (a topic) is not.
Invented persons."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants


def _place(x):
    places = {p.key: p.name for p in x.places}
    return places.get(meetings_by_participants(x)[("Alen Grubic", "Karel Vostrand")].place)


def test_met_on_an_island_town(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Alen Grubic met Estonian Defence Minister Karel Vostrand on Zanzibar on Monday.")
    assert _place(x) == "Zanzibar"


def test_on_the_island_of(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Alen Grubic met Estonian Defence Minister Karel Vostrand on the island of "
                          "Corvela on Monday.")
    assert _place(x) == "Corvela"


def test_talks_on_a_place_are_no_place(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Alen Grubic held talks on Zanzibar with Estonian Defence Minister Karel "
                          "Vostrand by video link on Monday.")
    assert _place(x) is None
