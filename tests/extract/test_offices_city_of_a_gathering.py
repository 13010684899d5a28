"""Whose post an untold title is when the sentence's city hosts a gathering: a meeting "on the
sidelines (margins) of" a summit or forum is held where the gathering is, a city that hosts every
side alike, so it lends its country to no one there; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_city_of_a_gathering_lends_no_post(nlp):
    text = ("Defence Minister Tomas Varga met Japanese Defence Minister Kenji Arai in Kuala Lumpur on Monday "
            "on the sidelines of the regional security forum.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kenji Arai", "Defence Minister", "JPN") in found
    assert not any(p == "Tomas Varga" and c == "MYS" for p, _, c in found)


def test_on_the_margins_of_a_summit_the_side_named_elsewhere_holds(nlp):
    text = ("Foreign Minister Elena Petrova held talks with Kenyan Foreign Minister David Otieno in Addis Ababa "
            "on the margins of the summit on Friday. Bulgaria and Kenya agreed to open embassies.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Elena Petrova", "Foreign Affairs Minister", "BGR") in found
    assert not any(p == "Elena Petrova" and c == "ETH" for p, _, c in found)


def test_a_city_with_no_gathering_still_places_its_host(nlp):
    # no sidelines: the one who receives a foreign guest in a city is of that city's country
    text = "Defence Minister Tomas Varga met Japanese Defence Minister Kenji Arai in Kuala Lumpur on Monday."
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Varga", "Defence Minister", "MYS") in found


# A city-state is written as a country ("in Singapore"): as the venue of a gathering, or of talks
# with a third country's official in a story told from elsewhere, it lends its country as a city does.

def test_a_city_state_hosting_a_gathering_lends_no_post(nlp):
    text = ("Defence Minister Tomas Varga met Japanese Defence Minister Kenji Arai and Australian Defence Minister "
            "Richard Collins on the sidelines of the security forum in Singapore on Saturday. Hungary has close "
            "ties with Japan, and Hungary seeks more trade with Australia.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Varga", "Defence Minister", "HUN") in found
    assert not any(p == "Tomas Varga" and c == "SGP" for p, _, c in found)


def test_a_city_state_as_a_third_countrys_venue_lends_no_post(nlp):
    text = ("Defence Minister Ana Torres met Korean Defence Minister Park Min-jun in Singapore on Tuesday. "
            "Torres said Chile valued the partnership. Chile will host the next round of talks.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Ana Torres", "Defence Minister", "CHL") in found
    assert not any(p == "Ana Torres" and c == "SGP" for p, _, c in found)


def test_a_city_state_named_as_a_side_still_places_its_host(nlp):
    text = ("Defence Minister Ana Torres met Korean Defence Minister Park Min-jun in Singapore on Tuesday. "
            "Singapore and Korea agreed to expand cooperation. Singapore will host the next round.")
    assert ("Ana Torres", "Defence Minister", "SGP") in holdings(extract_text(nlp, text, PUBLISHED))
