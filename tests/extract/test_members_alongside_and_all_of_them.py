""""A and B, both founding members of F, are also members of the G, alongside C and D" (C and D are
members of G too, the parse hanging "alongside" on the member noun), "A, B, C and D are the four members
of F, and all of them except D also belong to G" (A, B and C belong to G) (invented sentences, no names
from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_countries_alongside_a_known_body_are_its_members_too(nlp):
    got = members_stated("Belgium and Portugal, both founding members of NATO, are also members of the Joint Expeditionary "
                         "Force, alongside Denmark, Estonia, Finland, the Netherlands and Sweden.", nlp)
    assert {c for c, fw, _ in got if fw == "JEF"} == {"BEL", "PRT", "DNK", "EST", "FIN", "NLD", "SWE"}
    assert {c for c, fw, _ in got if fw == "NATO"} == {"BEL", "PRT"}


def test_countries_alongside_a_led_body_are_its_members_too(nlp):
    got = members_stated("Belgium and Portugal are also members of the Belgian-led Joint Expeditionary Force, alongside "
                         "Denmark and Estonia.", nlp)
    assert {c for c, fw, _ in got if fw == "JEF"} == {"BEL", "PRT", "DNK", "EST"}


def test_countries_a_member_met_alongside_are_no_members(nlp):
    got = members_stated("Belgium is a member of the Joint Expeditionary Force and held drills alongside Denmark and Estonia.", nlp)
    assert {c for c, fw, _ in got if fw == "JEF"} == {"BEL"}


def test_all_of_them_but_one_belong_to_another_body(nlp):
    got = members_stated("Austria, Belgium, Greece and Portugal are the four members of the Vienna Group, and all of them "
                         "except Austria also belong to NATO.", nlp)
    assert {c for c, fw, _ in got if fw == "NATO"} == {"BEL", "GRC", "PRT"}
    assert {c for c, fw, _ in got if fw == "Vienna Group"} == {"AUT", "BEL", "GRC", "PRT"}


def test_all_of_them_in_the_next_sentence(nlp):
    got = members_stated("Chile, Peru, Ecuador and Bolivia are members of the Andean Pacific Forum. All of them except "
                         "Bolivia belong to the Southern Rim Alliance.", nlp)
    assert {c for c, fw, _ in got if fw == "Southern Rim Alliance"} == {"CHL", "PER", "ECU"}


def test_all_of_them_standing_for_people_names_no_member(nlp):
    got = members_stated("The ministers of Chile and Peru met in Lima. All of them belong to the Southern Rim Alliance.", nlp)
    assert not {c for c, fw, _ in got if fw == "Southern Rim Alliance"}
