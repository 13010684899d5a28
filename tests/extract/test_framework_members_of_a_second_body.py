"""A sentence may say countries are members of two bodies ("A and B, both founding members of F, are
among the members of G"), and a be-clause joined to another verb shares its subject ("A left F in 2001
and is one of the members of G") (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_a_second_members_phrase_in_the_sentence(nlp):
    text = ("Peru and Ecuador, both founding members of the Andean Maritime Forum in 2004, are among the members of the "
            "Pacific Maritime Security Initiative.")
    assert members_stated(text, nlp) >= {(iso, fw, "member") for iso in ("PER", "ECU")
                                         for fw in ("Andean Maritime Forum", "Pacific Maritime Security Initiative")}


def test_a_second_members_phrase_of_other_people_is_no_membership(nlp):
    text = ("Peru, a founding member of the Andean Maritime Forum, welcomed officials who are members of the Pacific Maritime "
            "Security Initiative.")
    assert not any(fw == "Pacific Maritime Security Initiative" for _, fw, _ in members_stated(text, nlp))


def test_a_be_clause_joined_to_another_verb_shares_its_subject(nlp):
    text = "Uruguay left the Andean Maritime Forum in 2001 and is one of the twelve members of the South Atlantic Patrol Initiative."
    assert ("URY", "South Atlantic Patrol Initiative", "member") in members_stated(text, nlp)


def test_fellows_alongside_a_be_clause_joined_to_another_verb(nlp):
    text = ("Portugal rejoined the Atlantic Partnership for Security in 2010, having left it in 2002, and is one of the nine "
            "members of the Iberian Defence Initiative, alongside Spain and Morocco, which brings together states of both shores.")
    assert members_stated(text, nlp) >= {(iso, "Iberian Defence Initiative", "member") for iso in ("PRT", "ESP", "MAR")}


def test_no_fellows_for_a_negated_joined_be_clause(nlp):
    text = ("Uruguay left the Andean Maritime Forum in 2001 and is not a member of the South Atlantic Patrol Initiative, "
            "unlike Brazil and Argentina.")
    assert not any(fw == "South Atlantic Patrol Initiative" and iso == "URY" for iso, fw, _ in members_stated(text, nlp))
