"""The commander of a country's forces in a named zone holds a post of his own ("commander of the
Ruritanian armed forces in the southern Pacific zone"), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held

PUBLISHED = date(2025, 6, 3)


def test_a_command_of_forces_in_a_zone_is_its_own_post(nlp):
    text = "Later, Rear Admiral Marc Dubois, commander of the French armed forces in the southern Pacific zone, joined General Kamau for talks in Nairobi."
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Marc Dubois", "Commander of the armed forces in the southern Pacific zone", "FRA") in holdings(x)
    assert "commander of the French armed forces in the southern Pacific zone" in offices_held(x)["Marc Dubois"].aliases


def test_forces_in_the_region_are_no_named_zone(nlp):
    text = "Later, Rear Admiral Marc Dubois, commander of the French armed forces in the region, joined General Kamau for talks in Nairobi."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(" in the " in title for _, title, _ in held)
