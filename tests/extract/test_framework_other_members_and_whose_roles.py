""""A and B sit alongside C and 15 other members in F": "other members" says the countries listed
before it are members too, and so are the clause's subject countries when the list follows
"alongside" / "with"; "F, whose dialogue partners include D, E and G": the countries a relative
clause on F lists under a role other than membership have that role."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples

FORUM = "Coral Reef Forum"


def test_subject_and_the_fellows_of_other_members_are_members(nlp):
    x = extract_text(nlp, f"Peru and Chile sit alongside Bolivia and 15 other members in the {FORUM}.")
    assert {("PER", FORUM, "member"), ("CHL", FORUM, "member"), ("BOL", FORUM, "member")} <= membership_triples(x)


def test_countries_listed_with_other_members_of_a_body(nlp):
    x = extract_text(nlp, f"Ghana, Togo and nine other members of the {FORUM} met in Accra.")
    assert {("GHA", FORUM, "member"), ("TGO", FORUM, "member")} <= membership_triples(x)


def test_no_members_without_other(nlp):
    x = extract_text(nlp, f"Peru and Chile sit alongside Bolivia and 15 observers in the {FORUM}.")
    assert not {mb for mb in membership_triples(x) if mb[2] == "member"}


def test_whose_dialogue_partners_include(nlp):
    x = extract_text(nlp, f"Peru and Chile are members of the {FORUM}, whose dialogue partners include "
                          "Japan, India and Canada.")
    triples = membership_triples(x)
    assert {("JPN", FORUM, "dialogue partner"), ("IND", FORUM, "dialogue partner"),
            ("CAN", FORUM, "dialogue partner")} <= triples
    assert ("JPN", FORUM, "member") not in triples


def test_whose_observers_are(nlp):
    x = extract_text(nlp, f"Peru hosted the {FORUM}, whose observers are Japan and Canada.")
    assert {("JPN", FORUM, "observer"), ("CAN", FORUM, "observer")} <= membership_triples(x)
