"""A collective head of state's chair and members: "X, chairman of the country's three-member
Presidency", "Presidency member Y", "Z, who chairs the country's collective presidency" hold
"Chairman of the Presidency" / "Member of the Presidency" of the country the story is in; a rotating
presidency of a body is no such post (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

HOST = "PODGORICA, March 9 (MINA) - Slovenia's Defence Minister Jan Halvor held talks in Podgorica on Monday. "


def test_chairman_of_the_countrys_three_member_presidency(nlp):
    x = extract_text(nlp, HOST + "Halvor was later received by Tomas Brekk, chairman of the country's three-member Presidency, "
                     "and Presidency member Ivo Stanek at the Presidency building.")
    assert ("Tomas Brekk", "Chairman of the Presidency", "MNE") in holdings(x)
    assert ("Ivo Stanek", "Member of the Presidency", "MNE") in holdings(x)


def test_who_chairs_the_countrys_collective_presidency(nlp):
    x = extract_text(nlp, HOST + "Halvor also met Tomas Brekk, who chairs the country's collective presidency, on Tuesday.")
    assert ("Tomas Brekk", "Chairman of the Presidency", "MNE") in holdings(x)


def test_a_member_of_a_bodys_rotating_presidency_is_no_such_post(nlp):
    x = extract_text(nlp, "BRUSSELS, March 9 (AP) - Slovenia's Defence Minister Jan Halvor met Tomas Brekk, member of the "
                     "rotating presidency of the Council, in Brussels on Monday.")
    assert not any(name == "Tomas Brekk" for name, _, _ in holdings(x))
