""""All five countries except A and B are members of F": the excepted countries are no members; the
rest of the group the counted noun stands for are (invented bodies, no sentences from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated

LIST = "Chile, Peru, Ecuador, Bolivia and Uruguay are the five members of the Andean Rim Forum. "


def test_excepted_countries_are_no_members_and_the_rest_are(nlp):
    got = members_stated(LIST + "All five countries except Bolivia and Uruguay are members of the Southern Ocean Council.", nlp)
    assert {c for c, fw, _ in got if fw == "Southern Ocean Council"} == {"CHL", "PER", "ECU"}, got


def test_except_for_sets_apart_too(nlp):
    got = members_stated(LIST + "All five countries except for Bolivia are members of the Southern Ocean Council.", nlp)
    assert {c for c, fw, _ in got if fw == "Southern Ocean Council"} == {"CHL", "PER", "ECU", "URY"}, got


def test_plain_list_still_members(nlp):
    got = members_stated("Bolivia and Uruguay are members of the Southern Ocean Council.", nlp)
    assert {c for c, fw, _ in got if fw == "Southern Ocean Council"} == {"BOL", "URY"}, got
