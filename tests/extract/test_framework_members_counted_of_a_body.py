"""A count of a body's countries told with "of" or with more than one country: "A is one of the
nine countries of F", "A and B are two of the 11 nations in F" make members; a count of other
things ("two of the nine ministers of F", "one of the largest delegations of F") makes none."""

from __future__ import annotations

from extract_helpers import members_stated

BODY = "The Lakes Defence Commission (LDC) met in Kampala. "


def test_one_of_the_countries_of_a_body_is_a_member(nlp):
    text = BODY + "Rwanda is one of the nine countries of the Lakes Defence Commission."
    assert members_stated(text, nlp) == {("RWA", "Lakes Defence Commission", "member")}


def test_two_of_the_nations_in_a_body_are_members(nlp):
    text = BODY + "Kenya and Uganda are two of the 11 nations in the Lakes Defence Commission."
    assert members_stated(text, nlp) == {("KEN", "Lakes Defence Commission", "member"),
                                         ("UGA", "Lakes Defence Commission", "member")}


def test_a_count_of_people_or_of_a_negated_clause_is_no_membership(nlp):
    for sentence in ("Rwanda hosted two of the nine ministers of the Lakes Defence Commission.",
                     "Rwanda sent one of the largest delegations of the Lakes Defence Commission.",
                     "Rwanda is one of the 40 partner countries of the Lakes Defence Commission.",
                     "Rwanda is not one of the nine countries of the Lakes Defence Commission."):
        assert not members_stated(BODY + sentence, nlp), sentence
