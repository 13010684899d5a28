""""Both countries belong to F": the pair a counted subject stands for, found as for "both countries
are members of F" (invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_both_countries_belong_to_after_a_sentence_of_two_clauses(nlp):
    got = members_stated("Chile joined the Pacific Alliance Forum in 2011, and Peru has been an observer at the Andean "
                         "Maritime Commission since 2015. Both countries also belong to the Southern Cone Rim Association.", nlp)
    assert {c for c, fw, role in got if fw == "Southern Cone Rim Association" and role == "member"} == {"CHL", "PER"}


def test_both_countries_belong_to_after_one_named_with_another(nlp):
    got = members_stated("Norway signed a fisheries deal with Iceland. Both countries belong to the North Atlantic "
                         "Fisheries Organisation.", nlp)
    assert {c for c, _, _ in got} == {"NOR", "ISL"}


def test_both_countries_with_only_one_country_named_before_names_no_members(nlp):
    got = members_stated("Norway is an observer at the Arctic Shipping Commission. Both countries also belong to the "
                         "North Atlantic Fisheries Organisation.", nlp)
    assert {fw for _, fw, _ in got} <= {"Arctic Shipping Commission"}


def test_both_countries_belong_to_a_body_whose_members_are_listed_without_one_of_them(nlp):
    got = members_stated("Austria and Ireland signed a training deal. Both countries also belong to the Alpine Five, "
                         "whose members include Austria, Slovenia, Croatia and Hungary.", nlp)
    assert "IRL" not in {c for c, _, _ in got}


def test_sectoral_dialogue_partner_of_a_body(nlp):
    got = members_stated("Norway has been a sectoral dialogue partner of the Arctic Shipping Council since 1998.", nlp)
    assert got == {("NOR", "Arctic Shipping Council", "dialogue partner")}
