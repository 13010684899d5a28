"""A country ranked among a body's members ("the highest share among NATO members") or said to be
one of the ones in a body ("one of the fastest-growing spenders in NATO") is a member of it: the
clause's subject, a country named alone; not an observer ranked so, a negated clause, a place of
the body ("in NATO headquarters"), nor a person of the country."""

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
