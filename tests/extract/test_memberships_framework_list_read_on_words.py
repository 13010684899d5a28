""""Both countries are members of F1, the F2 and the F3": the list after "members of" is read on the
words when the parse breaks it (making "the F2" an apposition of the subject), so each listed
framework gets the members."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples

LEAD = ("Kenyan Defence Cabinet Secretary Aden Kamau on Wednesday received his Ugandan counterpart, "
        "General Moses Okello, in Nairobi. ")


def test_each_framework_of_a_listed_run_gets_the_members(nlp):
    x = extract_text(nlp, LEAD + "Both countries are members of ECCAS, the African Union and the Lusaka Initiative.")
    triples = membership_triples(x)
    for body in ("ECCAS", "AU", "Lusaka Initiative"):
        assert ("KEN", body, "member") in triples and ("UGA", body, "member") in triples


def test_a_body_after_a_comma_that_closes_no_list(nlp):
    # must not fire: no "and" closes a list; the second body is the subject of another clause
    x = extract_text(nlp, LEAD + "Both countries are members of IGAD, the African Union said on Thursday.")
    triples = membership_triples(x)
    assert ("KEN", "IGAD", "member") in triples
    assert not any(body == "AU" for _, body, _ in triples)


def test_a_body_opening_a_new_clause_after_and(nlp):
    # must not fire: "and" opens a clause whose subject is the body
    x = extract_text(nlp, LEAD + "Both countries are members of ECCAS, and the African Union welcomed the talks.")
    assert not any(body == "AU" for _, body, _ in membership_triples(x))
