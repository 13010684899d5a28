"""Members named by a counted group ("the three countries") that stands for countries named before
(invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_three_countries_named_before_are_the_members_listed_alongside_others(nlp):
    got = members_stated("The ministers met in Vienna under the trilateral mechanism between Austria, Hungary and Slovenia. "
                         "Later, Austria and Hungary signed a logistics deal. The three countries are founding members "
                         "of the Danube River Forum (DARF), alongside Serbia and Croatia.", nlp)
    assert {c for c, fw, role in got if fw == "Danube River Forum" and role == "member"} == {"AUT", "HUN", "SVN", "SRB", "HRV"}


def test_counted_group_set_off_by_all_of_them_among_the_members(nlp):
    got = members_stated("The defence ministers of Ghana, Togo and Benin on Monday held talks in Accra. Speaking after the "
                         "meeting, the minister said that the three countries, all of them among the 15 members of the "
                         "Economic Community of West African States (ECOWAS), had agreed to share data.", nlp)
    assert {c for c, _, _ in got} == {"GHA", "TGO", "BEN"}


def test_count_that_matches_no_sentence_before_names_no_members(nlp):
    got = members_stated("The defence ministers of Ghana, Togo and Benin on Monday held talks in Accra. "
                         "The four countries are members of the Atlantic Coast Forum (ACF).", nlp)
    assert got == set()


def test_counted_group_is_a_list_named_together_not_countries_named_apart(nlp):
    got = members_stated("The defence ministers of Chad, Sudan and Libya met in Ndjamena. Sudan said it had lost soldiers "
                         "near its borders with Egypt and Eritrea. The three countries are members of the Sahara Security "
                         "Initiative, a mechanism that brings together Chad, Libya, Sudan and Tunisia, with Egypt and "
                         "Eritrea as observers.", nlp)
    assert {c for c, _, role in got if role == "observer"} == {"EGY", "ERI"}
    assert {c for c, _, role in got if role == "member"} == {"TCD", "LBY", "SDN", "TUN"}
