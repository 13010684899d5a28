"""A head of government titled "Premier" (China's, Vietnam's in English-language news), before the
name with the country as adjective or possessive, or as "Premier of <country>". Articles written
for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_premier_after_a_country_adjective(nlp):
    held = holdings(extract_text(nlp, "Vietnamese Premier Tran Quoc Hung met Cambodia's Prime Minister Hun Sokha "
                                      "in Phnom Penh on Monday.\n", PUBLISHED))
    assert ("Tran Quoc Hung", "Premier", "VNM") in held
    assert ("Hun Sokha", "Prime Minister", "KHM") in held


def test_premier_after_a_possessive_country(nlp):
    held = holdings(extract_text(nlp, "Australia's Foreign Minister Penny Walsh met China's Premier Chen Hao in "
                                      "Canberra on Tuesday.\n", PUBLISHED))
    assert ("Chen Hao", "Premier", "CHN") in held


def test_premier_of_a_country(nlp):
    held = holdings(extract_text(nlp, "Premier of China Li Wenbo received Pakistan's Prime Minister Shahid Rauf in "
                                      "Beijing on Tuesday.\n", PUBLISHED))
    assert ("Li Wenbo", "Premier", "CHN") in held


def test_premier_as_an_adjective_makes_no_holder(nlp):
    # must not fire: "premier" describing an exercise, not a post
    held = holdings(extract_text(nlp, "India's premier naval exercise Malabar Sentinel began on Monday, Defence "
                                      "Minister Rajiv Anand said.\n", PUBLISHED))
    assert {h[0] for h in held} == {"Rajiv Anand"}
