"""A name set off before "the <largest> <X-led / X-sponsored> ... exercise" is that exercise's name:
the words saying how big it is or who leads it stand between "the" and the kind words (invented
names)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, framework_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The two sides discussed Ghanaian participation in Iron Falcon, the largest US-led military exercise in the region.",
         "Iron Falcon"),
        ("Lessons from Polar Gate 2026, the Estonian-led exercise held in the north, fed into the talks.", "Polar Gate 2026"),
        ("Ghana will host Storm Ridge, the NATO-sponsored naval exercise, in July.", "Storm Ridge"),
        ("Peru joined Condor Spear, the biggest multinational exercise in the Andes, last year.", "Condor Spear"),
    ],
)
def test_name_before_a_described_exercise(nlp, text, name):
    assert framework_kinds(extract_text(nlp, text)).get(name) == "Exercise"


@pytest.mark.parametrize(
    "text",
    [
        "Troops gathered in Accra, the largest US-led military exercise of the year having begun there.",
        "The drills were held in May 2027, the largest Estonian-led exercise so far.",
    ],
)
def test_a_place_or_a_date_before_the_description_is_no_name(nlp, text):
    assert framework_kinds(extract_text(nlp, text)) == {}
