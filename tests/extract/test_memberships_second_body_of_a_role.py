""""A and B are members of F and of G": the second body may be an owner's ("of the Union's X Dialogue")
and the first may carry a count ("of the 12-member F"), on invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


def test_second_body_named_with_its_owner(nlp):
    got = members_stated("Ghana and Senegal are members of the African Union and of NATO's Mediterranean Dialogue.", nlp)
    assert {("GHA", "Mediterranean Dialogue", "member"), ("SEN", "Mediterranean Dialogue", "member")} <= got
    assert not any(fw == "NATO" for _, fw, _ in got)  # the owner is not what they are members of


def test_first_body_with_a_count(nlp):
    got = members_stated("Ghana and Senegal are both members of the 55-member African Union and of NATO's "
                         "Mediterranean Dialogue, a forum of several coastal states.", nlp)
    assert {("GHA", "Mediterranean Dialogue", "member"), ("SEN", "Mediterranean Dialogue", "member")} <= got


def test_owner_in_a_new_clause_is_no_second_body(nlp):
    got = members_stated("Ghana and Senegal are members of the African Union, and NATO's Mediterranean Dialogue "
                         "has praised them.", nlp)
    assert not any(fw in ("Mediterranean Dialogue", "NATO") for _, fw, _ in got)
