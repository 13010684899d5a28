"""Relative clauses whose subject is a country after "members of F, which ...": leaving, not having
joined, joining, on invented sentences; a leaver is no member."""

from __future__ import annotations

from extract_helpers import members_stated


def test_country_that_left_the_body_is_no_member(nlp):
    text = "Peru and Chile are also members of the Andean Defence Forum, which Bolivia left in 2012."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("PER", "CHL")}


def test_country_that_has_not_joined_is_no_member(nlp):
    text = "Peru is also a member of the Andean Defence Forum, which Bolivia has not joined."
    assert members_stated(text, nlp) == {("PER", "Andean Defence Forum", "member")}


def test_country_that_joined_the_body_is_a_member(nlp):
    text = "Peru and Chile are also members of the Andean Defence Forum, which Bolivia joined in 2012."
    assert ("BOL", "Andean Defence Forum", "member") in members_stated(text, nlp)


def test_countries_the_body_includes_are_members(nlp):
    text = "Peru is a member of the Andean Defence Forum, which also includes Bolivia and Ecuador."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("PER", "BOL", "ECU")}


def test_country_that_hopes_to_join_is_no_member(nlp):
    text = "Peru and Chile are also members of the Andean Defence Forum, which Bolivia hopes to join."
    assert ("BOL", "Andean Defence Forum", "member") not in members_stated(text, nlp)


def test_country_that_chaired_the_body_stays_a_member(nlp):
    text = "Peru and Chile are also members of the Andean Defence Forum, which Bolivia chaired until 2012."
    assert ("BOL", "Andean Defence Forum", "member") in members_stated(text, nlp)
