"""A body on trial whose name opens with a region of several states keeps the region's words
("the Western Pacific Maritime Organisation"), kept only when countries are named its members
(invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def test_members_of_a_body_opened_by_a_compass_region(nlp):
    got = members_stated("Fiji and Tonga are members of the Western Pacific Maritime Organisation.", nlp)
    assert {("FJI", "Western Pacific Maritime Organisation", "member"), ("TON", "Western Pacific Maritime Organisation", "member")} == got


def test_body_opened_by_a_region_gathering_countries(nlp):
    got = members_stated("The Western Pacific Maritime Organisation unites Fiji, Samoa and Tonga.", nlp)
    assert ("WSM", "Western Pacific Maritime Organisation", "member") in got
    assert not any(name == "Maritime Organisation" for _, name, _ in got)


def test_a_region_opened_body_without_members_stays_on_trial(nlp):
    x = extract_text(nlp, "The Western Pacific Maritime Organisation held a seminar in Suva on Monday.")
    assert framework_kinds(x) == {}
