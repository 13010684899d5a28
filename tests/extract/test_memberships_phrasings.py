"""Membership phrasings of news reports (make up, belong to, among its dialogue partners, observer
status in the bloc, which X joined, expanded to include, are co-chairs of) on invented sentences,
each with a negative a careless rule would read as a membership."""

from __future__ import annotations

from extract_helpers import members_stated


def test_countries_along_with_others_make_up_the_grouping(nlp):
    text = "Chile and Peru, along with Colombia and Ecuador, make up the Andean Defence Forum (ADF), officials said."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "COL", "ECU")}


def test_countries_that_form_a_body_are_its_members(nlp):
    text = "Senegal, Mauritania, Ghana and Togo form the Atlantic Coast Maritime Initiative, set up in 2021."
    assert members_stated(text, nlp) == {(iso, "Atlantic Coast Maritime Initiative", "member") for iso in ("SEN", "MRT", "GHA", "TGO")}
    # a document its parties are said to form is no body; nor is a thing formed in the future
    assert members_stated("Senegal and Ghana formed the Dakar Defence Agreement in 2019.", nlp) == set()
    assert members_stated("Senegal and Ghana will form the Atlantic Coast Maritime Initiative next year.", nlp) == set()


def test_not_belonging_is_no_membership(nlp):
    text = "Chile does not belong to the Andean Defence Forum (ADF), and officials said it has no plans to apply."
    assert members_stated(text, nlp) == set()


def test_belong_to_with_alongside_list(nlp):
    text = ("Norway and Finland also belong to the Nordic Defence Cooperation (NORDEFCO), a regional forum, "
            "alongside Sweden and Denmark.")
    assert members_stated(text, nlp) == {(iso, "NORDEFCO", "member") for iso in ("NOR", "FIN", "SWE", "DNK")}


def test_dialogue_partners_among_them_and_among_its_partners(nlp):
    text = ("The Andean Defence Forum (ADF) has a wider circle of dialogue partners, among them Spain and Portugal. "
            "The ADF's members include Chile and Peru, while Canada and Mexico are among its dialogue partners.")
    got = members_stated(text, nlp)
    assert {(iso, "Andean Defence Forum", "dialogue partner") for iso in ("ESP", "PRT", "CAN", "MEX")} <= got
    assert ("CAN", "Andean Defence Forum", "member") not in got


def test_not_among_dialogue_partners(nlp):
    text = "The ADF's members include Chile and Peru, but Canada is not among its dialogue partners."
    assert ("CAN", "Andean Defence Forum", "dialogue partner") not in members_stated(
        "The Andean Defence Forum (ADF) met in Lima. " + text, nlp)


def test_observer_status_in_the_bloc_and_in_which(nlp):
    text = ("Peru chairs the Andean Defence Forum (ADF) this year. Mexico holds observer status in the bloc. "
            "Chile is a member of the Pacific Naval Forum (PNF), in which Canada holds observer status.")
    got = members_stated(text, nlp)
    assert ("MEX", "Andean Defence Forum", "observer") in got
    assert ("CAN", "Pacific Naval Forum", "observer") in got
    assert ("CAN", "Andean Defence Forum", "observer") not in got


def test_bare_observer_status_goes_to_the_one_body_just_named(nlp):
    text = "The Andean Defence Forum (ADF) met in Lima. Mexico and Panama have observer status."
    assert members_stated(text, nlp) == {("MEX", "Andean Defence Forum", "observer"), ("PAN", "Andean Defence Forum", "observer")}


def test_bare_observer_status_with_two_bodies_named_is_left_alone(nlp):
    text = "The Andean Defence Forum (ADF) and the Pacific Naval Forum (PNF) met in Lima. Mexico has observer status."
    assert not any(iso == "MEX" for iso, _, _ in members_stated(text, nlp))


def test_which_country_joined_as_member(nlp):
    text = "Peru holds the chair of the Andean Defence Forum (ADF), which Bolivia joined as its fifth member in 2021."
    got = members_stated(text, nlp)
    assert ("BOL", "Andean Defence Forum", "member") in got
    assert ("PER", "Andean Defence Forum", "member") not in got  # holding the chair is not membership


def test_the_n_member_bloc_which_brings_together(nlp):
    text = ("Officials met at an Andean Defence Forum (ADF) meeting. Delegates discussed piracy. Ministers of the "
            "four-member bloc, which brings together Chile, Peru, Colombia and Ecuador, met in Quito.")
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "COL", "ECU")}


def test_expanded_to_include(nlp):
    text = ("Chile and Peru are both founding members of the Andean Defence Forum (ADF), which has since expanded "
            "to include Colombia and Ecuador. Spain has been invited to join the ADF.")
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "COL", "ECU")}


def test_are_co_chairs_of(nlp):
    text = "Chile and Peru are co-chairs of the ADMM-Plus Experts' Working Group on Cyber Security."
    assert members_stated(text, nlp) == {("CHL", "ADMM-Plus Experts' Working Group on Cyber Security", "co-chair"),
                                   ("PER", "ADMM-Plus Experts' Working Group on Cyber Security", "co-chair")}


def test_making_up_a_share_of_something_is_no_membership(nlp):
    text = "Chile and Peru make up most of the budget of the Andean Defence Forum (ADF)."
    assert members_stated(text, nlp) == set()


def test_among_the_other_member_nations(nlp):
    text = "Chile joined the Andean Defence Forum (ADF) in 2020. Peru and Ecuador are among the other member nations of the ADF."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "ECU")}


def test_grouping_list_ends_at_the_main_verb(nlp):
    text = ("The Andean Defence Forum (ADF), comprising Chile, Peru and Ecuador, is Spain's largest partner in the "
            "region.")
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "ECU")}


def test_not_a_member_but_attends_as_an_observer(nlp):
    text = "Chile joined the Andean Defence Forum (ADF) in 2020. Mexico is not a member of the ADF but attends its meetings as an observer."
    got = members_stated(text, nlp)
    assert ("MEX", "Andean Defence Forum", "observer") in got
    assert ("MEX", "Andean Defence Forum", "member") not in got


def test_not_a_member_and_attended_as_a_guest(nlp):
    text = "Chile joined the Andean Defence Forum (ADF) in 2020. Mexico is not a member of the ADF and attended its meetings as a guest."
    assert not any(iso == "MEX" for iso, _, _ in members_stated(text, nlp))


def test_it_admitted_as_an_observer_to_is_the_main_subject(nlp):
    text = ("Chile has held observer status in the Andean Defence Forum (ADF) since 2019, the same year it was "
            "admitted as an observer to the Pacific Naval Forum (PNF).")
    assert members_stated(text, nlp) == {("CHL", "Andean Defence Forum", "observer"), ("CHL", "Pacific Naval Forum", "observer")}


def test_it_is_not_a_country_when_the_subject_is_a_body(nlp):
    text = "The Andean Defence Forum (ADF) grew in 2019, the same year it was admitted as an observer to the Pacific Naval Forum (PNF)."
    assert members_stated(text, nlp) == set()


def test_roles_in_a_relative_clause_on_the_framework(nlp):
    text = ("The chiefs discussed the Pacific Naval Forum (PNF), in which the Chilean Navy is a full member and "
            "the Peruvian Navy an observer.")
    assert members_stated(text, nlp) == {("CHL", "Pacific Naval Forum", "member"), ("PER", "Pacific Naval Forum", "observer")}


def test_no_role_in_a_negated_relative_clause(nlp):
    text = "The chiefs discussed the Pacific Naval Forum (PNF), in which Chile is not a member."
    assert members_stated(text, nlp) == set()
