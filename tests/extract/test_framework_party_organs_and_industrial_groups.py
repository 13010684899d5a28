"""Names with a body's head word that are no framework between states: a political party's organ, a
group named by the industries it works in (a company); bodies of states with the same head words
stay (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_party_organ_is_no_framework(nlp):
    kinds = framework_kinds(extract_text(nlp, "Party leader Ana Soto received the Peruvian minister at the Party Central "
                                              "Committee's headquarters in Lima."))
    assert "Party Central Committee" not in kinds, kinds


def test_a_commission_no_body_names_stays(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru are members of the Andean River Basin Commission, which "
                                              "manages the shared waters."))
    assert "Andean River Basin Commission" in kinds, kinds


def test_an_industrial_group_is_a_company(nlp):
    kinds = framework_kinds(extract_text(nlp, "The Chilean delegation visited the Andes Aerospace and Electronics Group, "
                                              "where the minister was briefed on radar equipment."))
    assert kinds == {}, kinds


def test_a_working_group_on_industry_stays(nlp):
    kinds = framework_kinds(extract_text(nlp, "The Chile-Peru Joint Working Group on Defence Industry met in Lima."))
    assert "Chile-Peru Joint Working Group on Defence Industry" in kinds, kinds


def test_a_group_that_builds_or_owns_a_shipyard_is_a_company(nlp):
    cases = (
        "The ministers reviewed the delivery of the corvettes being built by Tarma Group for the Peruvian Navy.",
        "The first corvette will be handed over to the Chilean Navy at the Tarma Group shipyard in Valparaiso.",
    )
    for text in cases:
        kinds = framework_kinds(extract_text(nlp, text))
        assert "Tarma Group" not in kinds, (text, kinds)


def test_a_plan_drawn_up_by_a_contact_group_keeps_the_group(nlp):
    text = ("Chile and Peru endorsed the plan drawn up by the Andean Contact Group, whose members met in Lima. "
            "Chile and Peru are both members of the Andean Contact Group.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert "Andean Contact Group" in kinds, kinds
