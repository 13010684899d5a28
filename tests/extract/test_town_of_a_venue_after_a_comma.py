""""paid a courtesy call on X at Palacio Verde, Arequipa": a known city after a comma that ends a
venue's name (read by the model as one body) is where the meeting is, not the city told before.
Invented persons and venue."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 12)
TEXT = ("The Minister of Defence of Peru, Tomas Velk, hosted the Minister of National Defence of Estonia, General "
        "Orla Brennick, in Lima yesterday.\n\nThis morning, General Brennick paid a courtesy call on the Prime "
        "Minister, Ruben Ostal, at {venue}.\n")


def _place(x, pair):
    places = {p.key: p.name for p in x.places}
    return places.get(meetings_by_participants(x)[pair].place)


def test_city_after_a_comma_ending_a_venue(nlp):
    x = extract_text(nlp, TEXT.format(venue="Palacio Verde, Arequipa"), PUBLISHED)
    assert _place(x, ("Orla Brennick", "Ruben Ostal")) == "Arequipa"


def test_venue_alone_keeps_the_city_told_before(nlp):
    x = extract_text(nlp, TEXT.format(venue="Palacio Verde"), PUBLISHED)
    assert _place(x, ("Orla Brennick", "Ruben Ostal")) != "Arequipa"
