"""Membership lists read after a role word: a country written as the first half of "Peru-led",
"US-backed" qualifies the body and is not a member listed (the body may have it as a member, but
the sentence does not say so)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_country_leading_the_body_is_not_listed(nlp):
    for text, member, other in (
            ("Chile remains formally a member of the Peru-led Andean Defence Forum, although it froze its participation.",
             "CHL", "PER"),
            ("Ghana is a member of the Nigeria-backed Gulf Maritime Alliance.", "GHA", "NGA"),
            ("Nepal is still a member of the China-sponsored Himalayan Security Forum (HSF).", "NPL", "CHN")):
        stated = {(c, role) for c, _, role in members_stated(text, nlp)}
        assert (member, "member") in stated, text
        assert (other, "member") not in stated, text


def test_countries_listed_after_the_role_stay_members(nlp):
    stated = members_stated("Members of the Andean Defence Forum include Peru, Chile and Bolivia.", nlp)
    assert {c for c, _, _ in stated} >= {"PER", "CHL", "BOL"}
