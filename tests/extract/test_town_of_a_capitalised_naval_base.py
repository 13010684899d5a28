""""at the Chimbote Naval Base in Tumbes": a known town naming a base, "Naval Base" capitalised as
well as lowercase, is where the call is, not the region after "in". Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 12)
TEXT = ("The Estonian Minister of Defence, Orla Brennick, is visiting Peru.\n\nShe is scheduled to call on the Chief "
        "of Navy of Peru, Admiral Mateo Quiroz, at {venue} in Tumbes tomorrow.\n")


def _place(x):
    places = {p.key: p.name for p in x.places}
    return places.get(meetings_by_participants(x)[("Mateo Quiroz", "Orla Brennick")].place)


def test_town_of_a_capitalised_naval_base(nlp):
    assert _place(extract_text(nlp, TEXT.format(venue="the Chimbote Naval Base"), PUBLISHED)) == "Chimbote"


def test_base_not_named_after_a_town_keeps_the_place_after_in(nlp):
    assert _place(extract_text(nlp, TEXT.format(venue="the Grau Naval Base"), PUBLISHED)) == "Tumbes"
