"""The leader of a side is the one named after "led by", not the person of a clause the parser
hangs on that name ("a delegation ..., led by X, called on Y": Y is whom the side met, of another
country): on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs

PUBLISHED = date(2026, 6, 10)


def test_whom_a_led_delegation_called_on_is_no_leader_of_it(nlp):
    text = ("A delegation of the Kenyan Armed Forces, led by Major General Peter Kamau, called on "
            "Defence Minister Tomas Reyes in Santiago on Monday.")
    x = extract_text(nlp, text, PUBLISHED)
    found = holdings(x)
    assert not any(p == "Tomas Reyes" and c == "KEN" for p, _, c in found)
    assert ("Peter Kamau", "Tomas Reyes") in meeting_pairs(x)


def test_the_leader_named_after_led_by_keeps_the_sides_country(nlp):
    text = ("The Kenyan delegation, led by Defence Cabinet Secretary Peter Kamau, held talks with "
            "Defence Minister Tomas Reyes in Santiago on Monday. Chile and Kenya agreed to expand training.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert any(p == "Peter Kamau" and c == "KEN" for p, _, c in found)
    assert not any(p == "Tomas Reyes" and c == "KEN" for p, _, c in found)
