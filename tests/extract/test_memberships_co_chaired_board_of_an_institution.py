"""Who co-chairs a body's board co-chairs the body: "the X College, whose (academic) board is
co-chaired by A and B" names the body before ", whose" and gives it the two co-chairs; an institution
two countries co-chair (a college, an academy, an institute) is a joint one, an Organisation; a
title may open with a numbered format ("the 3+3 Naval Academy"). A college no country co-chairs is
no framework, nor one whose post a person holds."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_the_countries_co_chairing_a_bodys_board_co_chair_the_body(nlp):
    cases = {
        "The Harbour Staff College, whose academic board is co-chaired by Ghana and Kenya this year, will open a course in Accra.":
            "Harbour Staff College",
        "The Harbour Staff Institute, whose governing council is currently co-chaired by Ghana and Kenya, trains officers.":
            "Harbour Staff Institute",
        "Officers met at the Coastal Peace Forum, whose steering committee is co-chaired by Ghana and Kenya.":
            "Coastal Peace Forum",
        "The 3+3 Naval Academy, whose board was co-chaired by Ghana and Kenya in 2026, admitted its first cadets.":
            "3+3 Naval Academy",
    }
    for text, body in cases.items():
        x = extract_text(nlp, text)
        assert body in framework_kinds(x), (text, framework_kinds(x))
        assert {("GHA", body, "co-chair"), ("KEN", body, "co-chair")} <= membership_triples(x), (text, membership_triples(x))


def test_an_institution_countries_co_chair_is_an_organisation(nlp):
    x = extract_text(nlp, "The Harbour Staff College is co-chaired by Peru and Chile.")
    assert framework_kinds(x) == {"Harbour Staff College": "Organisation"}
    x = extract_text(nlp, "The 3+3 Naval Academy is co-chaired by Peru and Chile.")
    assert framework_kinds(x) == {"3+3 Naval Academy": "Organisation"}


def test_no_body_without_country_co_chairs(nlp):
    for text in ("The Harbour Staff College hosted officers from Ghana and Kenya.",
                 "The Harbour Staff College, whose commandant was appointed by Ghana and Kenya, trains officers.",
                 "The Harbour Staff College, whose board is co-chaired by Ghana's minister Ama Owusu and Kenya's "
                 "Paul Otieno, trains officers."):
        x = extract_text(nlp, text)
        assert "Harbour Staff College" not in framework_kinds(x), text
        assert not membership_triples(x), text
