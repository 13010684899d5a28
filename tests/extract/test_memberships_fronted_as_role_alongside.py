"""A role phrase opening the sentence with "As", with fellow members "alongside" it: "As two of the
five members of F, alongside A and B, C and D agreed ...": the subject and the fellows are all members."""

from __future__ import annotations

from extract_helpers import members_stated


def test_counted_role_with_fellows_alongside_gives_all_four(nlp):
    text = ("As two of the five members of the Andean Community, alongside Chile and Peru, Colombia and Ecuador "
            "reaffirmed their commitment to border security.")
    assert {(c, f) for c, f, r in members_stated(text, nlp) if r == "member"} == {
        ("COL", "Andean Community"), ("ECU", "Andean Community"), ("CHL", "Andean Community"), ("PER", "Andean Community")}


def test_founding_role_with_one_fellow(nlp):
    text = "As one of the founding members of the Andean Community, alongside Peru, Colombia pledged more troops."
    assert {(c, f) for c, f, _ in members_stated(text, nlp)} == {("COL", "Andean Community"), ("PER", "Andean Community")}


def test_as_clause_with_its_own_verb_names_no_members(nlp):
    text = "As members of the Andean Community met in Lima alongside Chile, Colombia pledged more troops."
    assert members_stated(text, nlp) == set()
