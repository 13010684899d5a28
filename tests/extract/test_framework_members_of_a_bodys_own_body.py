"""A role of a body named after another body's possessive ("members of the Union's Defence Fund"):
the countries are members of the body named last (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_both_members_of_a_body_owned_by_a_known_body(nlp):
    got = members_stated("Ghana and Togo trained together, and both are members of the African Union's "
                         "Peace and Security Council.", nlp)
    assert {c for c, fw, r in got if r == "member"} == {"GHA", "TGO"}


def test_members_of_a_body_owned_by_a_european_body(nlp):
    got = members_stated("Austria and Ireland signed a deal, and both are among the 27 members of the "
                         "European Union's Coordinated Maritime Presences Council (CMPC).", nlp)
    assert {c for c, fw, r in got if fw == "Coordinated Maritime Presences Council" and r == "member"} == {"AUT", "IRL"}


def test_members_of_a_bodys_summit_are_no_members(nlp):
    got = members_stated("Austria is one of the members of the European Union's defence summit delegation.", nlp)
    assert not got
