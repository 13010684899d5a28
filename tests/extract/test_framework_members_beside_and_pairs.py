"""Members read past parse slips: "two of the N members of F, alongside ...", "are X and active members
of F", a pair that is the subject of a clause before a semicolon or the two sides of the lead, and the
subject of a relative clause on F that is not listed as a member (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def _members_of(got: set[tuple[str, str, str]], framework: str, role: str = "member") -> set[str]:
    return {c for c, fw, r in got if fw == framework and r == role}


def test_two_of_the_members_alongside_the_others(nlp):
    got = members_stated("Chile and Peru are two of the five members of the Pacific Rim Maritime Initiative (PRMI), "
                         "alongside Ecuador, Colombia and Panama.", nlp)
    assert _members_of(got, "Pacific Rim Maritime Initiative") == {"CHL", "PER", "ECU", "COL", "PAN"}


def test_both_after_a_sentence_whose_first_clause_has_the_pair(nlp):
    got = members_stated("Chile and Peru are members of the Pacific Rim Maritime Initiative (PRMI), alongside Ecuador; "
                         "Peru joined the grouping in 2004. Both are also founding members of the Andean Council for "
                         "Regional Cooperation (ACRC), established in Lima in 1985.", nlp)
    assert _members_of(got, "Andean Council for Regional Cooperation") == {"CHL", "PER"}


def test_role_joined_to_another_attribute_and_relative_clause_subjects(nlp):
    got = members_stated("Chile and Peru signed a logistics pact in Lima on Monday. Both countries are also major donors "
                         "to Haiti and active members of the Caribbean Stabilisation Contact Group, which Brazil and Mexico "
                         "co-chair.", nlp)
    assert _members_of(got, "Caribbean Stabilisation Contact Group") == {"CHL", "PER"}
    assert _members_of(got, "Caribbean Stabilisation Contact Group", "co-chair") == {"BRA", "MEX"}


def test_countries_after_the_verb_of_a_relative_clause_stay_members(nlp):
    got = members_stated("Argentina and Uruguay are members of the River Plate Maritime Forum, which also includes "
                         "Paraguay and Bolivia.", nlp)
    assert _members_of(got, "River Plate Maritime Forum") == {"ARG", "URY", "PRY", "BOL"}


def test_the_two_countries_are_the_two_sides_of_the_lead(nlp):
    got = members_stated("Chile's Defence Minister Ana Ruiz sat down with her Peruvian counterpart Luis Soto in Lima on "
                         "Thursday.\n\nThe two ministers signed a deal.\n\nSantiago's defence white paper, published in "
                         "April 2024, promised closer ties with European allies.\n\nBoth countries are also active members "
                         "of the Pacific Security Contact Group.", nlp)
    assert _members_of(got, "Pacific Security Contact Group") == {"CHL", "PER"}


def test_subject_of_a_clause_that_is_not_a_be_verb_is_not_a_member(nlp):
    got = members_stated("Chile hosted the talks and members of the Pacific Security Contact Group attended.", nlp)
    assert "CHL" not in _members_of(got, "Pacific Security Contact Group")
