""""All of them except C belong to F" (C is no member), "A joined F as a full member together with B
and C" (all three members), "the F Working Group, which is co-chaired by A and B" (both co-chairs)
(invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_country_excepted_from_belonging_is_no_member(nlp):
    got = members_stated("Chile, Peru, Ecuador and Bolivia are members of the Andean Pacific Forum. All of them except "
                         "Bolivia belong to the Southern Rim Alliance.", nlp)
    assert ("BOL", "Southern Rim Alliance", "member") not in got
    assert ("BOL", "Andean Pacific Forum", "member") in got


def test_countries_after_other_than_are_no_members(nlp):
    got = members_stated("Every country in the region other than Bolivia and Paraguay belongs to the Southern Rim Alliance.", nlp)
    assert not {c for c, fw, _ in got if fw == "Southern Rim Alliance"} & {"BOL", "PRY"}


def test_plain_belonging_still_read(nlp):
    got = members_stated("Chile and Peru belong to the Southern Rim Alliance.", nlp)
    assert {c for c, fw, _ in got if fw == "Southern Rim Alliance"} == {"CHL", "PER"}


def test_joined_as_a_full_member_together_with_others(nlp):
    got = members_stated("Kenya joined the Eastern Sahel Compact as a full member in March 2023 together with Ghana, "
                         "Chile and Peru.", nlp)
    assert {c for c, fw, role in got if fw == "Eastern Sahel Compact" and role == "member"} == {"KEN", "GHA", "CHL", "PER"}


def test_joined_together_with_people_names_no_other_member(nlp):
    got = members_stated("Kenya joined the Eastern Sahel Compact in March 2023 together with its new defence attaché.", nlp)
    assert {c for c, fw, _ in got if fw == "Eastern Sahel Compact"} == {"KEN"}


def test_working_group_which_is_co_chaired_by_two_countries(nlp):
    got = members_stated("The ministers reviewed the work of the APDA Working Group on Cyber Defence, which is "
                         "co-chaired by Chile and Peru.", nlp)
    assert {(c, role) for c, fw, role in got if fw == "APDA Working Group on Cyber Defence"} == {("CHL", "co-chair"), ("PER", "co-chair")}


def test_one_word_topic_tagged_a_place_stays_in_a_working_group_name(nlp):
    got = members_stated("The ministers reviewed the work of the APDA Working Group on Migration, which is co-chaired by "
                         "Chile and Peru.", nlp)
    assert {(c, fw) for c, fw, _ in got} == {("CHL", "APDA Working Group on Migration"), ("PER", "APDA Working Group on Migration")}


def test_country_after_on_is_not_glued_to_a_body_name(nlp):
    got = members_stated("The APDA Working Group met on Tuesday. Chile and Peru belong to the APDA Working Group.", nlp)
    assert {fw for _, fw, _ in got} == {"APDA Working Group"}


def test_founders_of_a_body_whose_name_holds_another_country_word(nlp):
    got = members_stated("Chile and Peru founded the Union for the Nations of Our America (UNOA) in 2011, and Ecuador "
                         "joined in 2015.", nlp)
    assert {c for c, fw, _ in got if fw == "Union for the Nations of Our America"} == {"CHL", "PER", "ECU"}


def test_founders_of_their_own_bilateral_body_are_not_members(nlp):
    got = members_stated("Chile and Peru set up the Chile-Peru Joint Working Group in 2011.", nlp)
    assert not any(role == "member" for _, _, role in got)
