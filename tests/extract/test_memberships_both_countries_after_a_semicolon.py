""""F is co-chaired by A and B; both countries are members of G": "both countries" opening the
clause after a semicolon stands for the pair the clause before names, not for the pair of an
earlier sentence (invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_both_countries_after_a_semicolon_are_the_pair_before_it(nlp):
    got = members_stated("Chile and Peru signed a border pact on Monday.\n\n4. The Coastal Working Group on "
                         "Naval Hydrography is co-chaired by Kenya and Ghana for the 2027-2029 cycle; both countries "
                         "are members of the Lakes Security Forum.", nlp)
    assert {c for c, fw, _ in got if fw == "Lakes Security Forum"} == {"KEN", "GHA"}, got


def test_one_country_before_the_semicolon_leaves_the_pair_before(nlp):
    got = members_stated("Chile and Peru signed a border pact on Monday. The Coastal Working Group is chaired by "
                         "Kenya; both countries are members of the Lakes Security Forum.", nlp)
    assert {c for c, fw, _ in got if fw == "Lakes Security Forum"} == {"CHL", "PER"}, got
