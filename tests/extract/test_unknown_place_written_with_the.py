""""met Y in the Western Province": a place the gazetteer lacks, taken with the "the" the model put
in its name, is named without it (as gold writes places). A name without "the" stays whole. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = "Indian Army chief General Rohan Desai on Tuesday met Army Commander Lieutenant General Pradeep Wirasena in "


def _place(nlp, where: str) -> str | None:
    x = extract_text(nlp, LEAD + where + ".\n", PUBLISHED)
    return place_name(x, meetings_by_participants(x)[("Pradeep Wirasena", "Rohan Desai")])


def test_the_is_no_part_of_an_unknown_place(nlp):
    assert _place(nlp, "the Western Province") == "Western Province"


def test_a_known_city_stays_as_it_is(nlp):
    # must not fire: a city the gazetteer knows keeps its own name
    assert _place(nlp, "Kandy") == "Kandy"
