"""A join verb conjoined to a first clause shares its subject: "A has been an observer to F since
2004 and joined G in 2012" makes A a member of G (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_a_joined_clause_shares_the_first_clauses_subject(nlp):
    text = ("Peru has been an observer to the Andean Maritime Forum since 2004 and joined the Organisation for "
            "Pacific Fisheries Security in 2012.")
    assert ("PER", "Organisation for Pacific Fisheries Security", "member") in members_stated(text, nlp)


def test_a_joining_to_come_in_the_second_clause_makes_no_member(nlp):
    text = ("Peru has been an observer to the Andean Maritime Forum since 2004 and is expected to join the Organisation "
            "for Pacific Fisheries Security in 2028.")
    assert not any(fw == "Organisation for Pacific Fisheries Security" for _, fw, _ in members_stated(text, nlp))
