""""A sits on F", "F, on which A, B and C sit": countries sitting on a council, board or committee are
its members, as those that belong to it (invented names, no sentence from the tuning sets); the words
of "on which ... sit" are read as they stand, since the parse may take "sit" for a noun."""

from __future__ import annotations

from extract_helpers import members_stated


def test_a_country_sitting_on_a_council(nlp):
    got = members_stated("Ghana sits on the Coastal Security Council of the Gulf Union, and its envoy spoke on Monday.", nlp)
    assert ("GHA", "Coastal Security Council", "member") in got


def test_countries_that_have_sat_on_a_board(nlp):
    got = members_stated("Chile and Peru have sat on the Andean Maritime Board since 2004.", nlp)
    assert {c for c, fw, role in got if fw == "Andean Maritime Board" and role == "member"} == {"CHL", "PER"}


def test_a_body_on_which_countries_sit(nlp):
    got = members_stated("The Lagoon Security Council, on which Peru, Chile and Bolivia sit, met in Lima on Monday.", nlp)
    assert {c for c, fw, _ in got if fw == "Lagoon Security Council"} == {"PER", "CHL", "BOL"}


def test_a_body_on_which_both_countries_sat(nlp):
    got = members_stated("The ministers praised the Baltic Shipping Board, on which Estonia and Latvia both sat, "
                         "for its work.", nlp)
    assert {c for c, fw, _ in got if fw == "Baltic Shipping Board"} == {"EST", "LVA"}


def test_not_sitting_on_a_body_names_no_member(nlp):
    got = members_stated("Peru does not sit on the Andean Maritime Board.", nlp)
    assert not got


def test_sitting_on_the_sidelines_of_a_meeting_names_no_member(nlp):
    got = members_stated("Peru sat on the sidelines of the Andean Maritime Board meeting in Quito.", nlp)
    assert not got


def test_countries_sitting_on_a_place_name_no_member(nlp):
    got = members_stated("The Lagoon Security Council met on the island, on which Peru and Chile sat.", nlp)
    assert not got


def test_a_committee_of_a_named_body_on_which_countries_sit_names_no_member_of_either(nlp):
    got = members_stated("The Steering Committee of the Lagoon Basin Commission, on which Ghana and Togo sit, met in Lome.", nlp)
    assert not got
