"""A post's country from what the article named before, on sentences invented for these tests:
"the delegation was led by X" is the delegation named before, "X, the ministry's permanent
secretary," holds the post of the ministry named before."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_delegation_led_by_is_the_delegation_named_before(nlp):
    text = ("TOKYO, March 8 - A Vietnamese delegation arrived in Tokyo on Sunday. The delegation was led by "
            "Senior Lieutenant General Tran Van Hoang, deputy minister of national defence.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tran Van Hoang", "Deputy Defence Minister", "VNM") in held
    assert not any(country == "JPN" for name, _, country in held if name == "Tran Van Hoang")


def test_the_delegation_named_before_with_two_countries_gives_none(nlp):
    # "a joint Vietnamese-Lao delegation": two countries, neither is surely the leader's
    text = ("TOKYO, March 8 - A joint Vietnamese and Lao delegation arrived in Tokyo on Sunday. The delegation "
            "was led by Senior Lieutenant General Tran Van Hoang, deputy minister of national defence.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(country == "LAO" for name, _, country in held if name == "Tran Van Hoang")


def test_the_ministrys_permanent_secretary_after_a_name(nlp):
    text = ("NAIROBI, March 7 - Kenya's Ministry of Defence hosted a Ghanaian delegation on Friday. Ms Wanjiru "
            "Kamau, the ministry's permanent secretary, welcomed Brigadier Kofi Mensah at the ministry headquarters.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Wanjiru Kamau", "Permanent Secretary", "KEN") in held
    assert not any(country == "GHA" for name, _, country in held if name == "Wanjiru Kamau")


def test_the_ministrys_spokesman_is_not_the_name_before(nlp):
    # "the ministry's" owning a noun that is no title: no post for the name before
    text = ("NAIROBI, March 7 - Kenya's Ministry of Defence hosted a Ghanaian delegation on Friday. Wanjiru "
            "Kamau, the ministry's guest, welcomed Brigadier Kofi Mensah.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Wanjiru Kamau" for name, _, _ in held)
