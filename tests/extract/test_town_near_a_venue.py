""""at Camp Kessel near Kaunas", "at the Koru Naval Base outside Kaunas": the town a venue named after
"at" lies near is the meeting's place (as "at X in Y" is); "near" that hangs on no venue after "at"
("talks near the border", "met near Kaunas") is not. Invented persons and venues."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants


def _place(x):
    places = {p.key: p.name for p in x.places}
    return places.get(meetings_by_participants(x)[("Alen Grubic", "Karel Vostrand")].place)


def test_town_near_a_venue(nlp):
    for venue in ("at Camp Kessel near", "at the Koru Naval Base near", "at Camp Kessel outside"):
        x = extract_text(nlp, f"Latvian Defence Minister Alen Grubic met Lithuanian Defence Minister Karel Vostrand {venue} Kaunas "
                              "on Monday.")
        assert _place(x) == "Kaunas", venue


def test_near_with_no_venue_is_no_place(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Alen Grubic met Lithuanian Defence Minister Karel Vostrand on Monday to "
                          "discuss drills near Kaunas.")
    assert _place(x) is None
