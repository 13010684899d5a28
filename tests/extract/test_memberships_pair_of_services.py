""""Both navies" / "the two armies" after a lead naming two countries stand for those two countries
as members; other plural nouns do not (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import members_stated

LEAD = "Peru's navy chief Admiral Luis Vera met Chile's navy chief Admiral Jorge Soto in Lima on Monday. "


def test_both_navies_are_the_two_countries(nlp):
    for subject in ("Both navies", "The two armies"):
        got = members_stated(LEAD + f"{subject} are members of the Western Pacific Naval Symposium.", nlp)
        assert got == {("PER", "WPNS", "member"), ("CHL", "WPNS", "member")}, subject


def test_other_plural_nouns_are_not(nlp):
    assert members_stated(LEAD + "Both ships are members of the Western Pacific Naval Symposium.", nlp) == set()
