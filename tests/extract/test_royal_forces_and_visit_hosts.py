"""Posts of a royal armed force ("Chief of the Royal Danish Navy") and who an official met at
home is, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held

PUBLISHED = date(2025, 6, 3)


def test_a_post_of_a_royal_force_is_the_service_post_of_its_country(nlp):
    text = (
        "Oslo hosted the naval conference on Monday. Norway invited the Chief of the Royal Danish Navy, "
        "Vice Admiral Torben Mikkelsen, and the Commander-in-Chief of the Royal Thai Army, General Somchai Wongsa."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Torben Mikkelsen", "Navy Chief", "DNK") in holdings(x)
    held = offices_held(x)
    assert "Chief of the Royal Danish Navy" in held["Torben Mikkelsen"].aliases  # the title as written
    assert held["Somchai Wongsa"].country == "THA"
    assert "Army Commander-in-Chief" in [held["Somchai Wongsa"].title, *held["Somchai Wongsa"].aliases]


def test_a_royal_force_that_names_no_country_is_not_read_as_one(nlp):
    text = "The Commander of the Royal Navy, Admiral Ben Keyes, visited Oslo on Monday."
    assert not any(title == "Navy Commander" for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))
