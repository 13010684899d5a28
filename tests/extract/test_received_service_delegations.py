"""A delegation named by its country and its service ("a visiting Ruritanian Armed Forces
delegation") is a guest's side, whose country no host takes: on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs

PUBLISHED = date(2026, 6, 10)


def test_a_visiting_delegation_named_by_its_service_is_the_guests(nlp):
    for service in ("Armed Forces", "military", "Air Force"):
        text = f"Defence Minister Tomas Reyes received a visiting Kenyan {service} delegation led by Major General Peter Kamau on Monday."
        x = extract_text(nlp, text, PUBLISHED)
        assert not any(p == "Tomas Reyes" and c == "KEN" for p, _, c in holdings(x)), service
        assert ("Peter Kamau", "Tomas Reyes") in meeting_pairs(x), service


def test_an_officer_of_a_named_service_is_no_side(nlp):
    # a country word before a service's name and an officer's title, not a side noun: the post is of
    # that country, as before
    text = ("Kenyan Air Force commander Major General Peter Kamau visited the academy in Nairobi on Monday. "
            "Kenya plans to buy new trainer aircraft, Kamau said, and Kenya will host a regional air show.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert any(p == "Peter Kamau" and c == "KEN" for p, _, c in found)
