"""A country ranked among a body's members ("the third largest navy among F members") or said to
be one of the members in a body ("one of the largest troop contributors in F") is a member of it:
the subject of the ranking's clause (with its conjuncts); not without a ranking word, not an outsider's
role ("one of the biggest investors in F"), not an observer ranked so, a negated clause, a place of
the body ("in F headquarters"), nor a person of the country."""

from __future__ import annotations

from extract_helpers import members_stated


def test_ranked_among_the_members(nlp):
    for text, country, body in (
            ("Chile spends more than 3 percent of its GDP on defence this year, the highest share among NATO members.", "CHL", "NATO"),
            ("Chile has emerged as one of the fastest-growing military spenders in NATO, allocating 3 per cent of its GDP to defence.",
             "CHL", "NATO"),
            ("Peru remains one of the largest troop contributors within the African Union.", "PER", "AU"),
            ("Ecuador ranks third among ASEAN member states in naval spending.", "ECU", "ASEAN")):
        stated = members_stated(text, nlp)
        assert (country, body, "member") in stated, (text, stated)


def test_not_ranked_as_a_member(nlp):
    for text in ("Chile is not one of the largest spenders in NATO.",
                 "Chile is one of the largest spenders in NATO headquarters.",
                 "Chile's minister is one of the loudest voices in NATO."):
        assert members_stated(text, nlp) == set(), text
    stated = members_stated("Chile is one of the observers in the Andean Defence Forum.", nlp)
    assert ("CHL", "Andean Defence Forum", "member") not in stated


def test_ranked_only_with_a_ranking_word_and_the_clause_subject(nlp):
    """Review mend: "among F members" ranks only with a superlative, ordinal or "one of" before it;
    the country is the subject of the clause the ranking is in (with its conjuncts), not the
    sentence's root subject."""
    assert members_stated("Norway has sought backing among OSCE members for its candidate.", nlp) == set()
    stated = members_stated("Peru said Greece fields the third largest navy among NATO members.", nlp)
    assert ("PER", "NATO", "member") not in stated and ("GRC", "NATO", "member") in stated, stated
    stated = members_stated("Bolivia and Paraguay maintain the largest armies among ASEAN members.", nlp)
    assert {("BOL", "ASEAN", "member"), ("PRY", "ASEAN", "member")} <= stated, stated


def test_one_of_the_ones_in_a_body_must_be_its_members(nlp):
    """Review mend: "one of the ... in F" is a membership only for a member noun after a be-like verb,
    not for an outsider's role nor "in F's history"."""
    for text in ("Norway is one of the biggest investors in ASEAN.",
                 "Canada funded one of the largest projects in ASEAN this year.",
                 "Norway sent one of the largest delegations in the Pacific Islands Forum's history."):
        assert not {mb for mb in members_stated(text, nlp) if mb[2] == "member"}, text
    assert ("GRC", "NATO", "member") in members_stated("Greece remains one of the largest spenders in NATO.", nlp)


def test_liked_among_members_is_no_membership(nlp):
    """Review mend: "A is popular among F members" tells what the members think of A; "A is among F
    members" still makes A a member."""
    assert members_stated("Norway is popular among ASEAN members, a new survey shows.", nlp) == set()
    assert ("CHL", "ASEAN", "member") in members_stated("Chile and Peru are among ASEAN members.", nlp)
