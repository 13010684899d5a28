"""Kind words a framework's name ends or opens with: a government's "White Paper" (a Policy), an
"Observer/Monitoring Team" states send together (an Initiative), a corps named after the hyphened
states that make it up, with its number (an Organisation), "Plan <Name>" (a Policy); not a bare
"White Paper", a one-word team, one state's corps, nor "Plan B" (on sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_defence_white_paper_is_a_policy(nlp):
    x = extract_text(nlp, "The minister said the priorities set out in Chile's Defence White Paper, published in 2021, remained valid.")
    assert framework_kinds(x).get("Defence White Paper") == "Policy"


def test_a_bare_white_paper_is_none(nlp):
    x = extract_text(nlp, "The army will publish a White Paper next year.")
    assert not framework_kinds(x)


def test_an_observer_team_is_an_initiative(nlp):
    x = extract_text(nlp, "The ministers discussed the work of the SADC Observer Team monitoring the truce along the Malawi-Zambia border.")
    assert framework_kinds(x).get("SADC Observer Team") == "Initiative"
    x = extract_text(nlp, "The ministers praised the Joint Monitoring Team deployed along the border.")
    assert framework_kinds(x).get("Joint Monitoring Team") == "Initiative"


def test_a_team_of_one_word_before_is_none(nlp):
    x = extract_text(nlp, "The Monitoring Team met on Monday.")
    assert not framework_kinds(x)


def test_a_corps_of_two_states_with_its_number(nlp):
    x = extract_text(nlp, "He pointed to the 2 Polish-Lithuanian Corps in Olsztyn and to the joint exercise Amber Wolf 2025.")
    assert framework_kinds(x).get("2 Polish-Lithuanian Corps") == "Organisation"


def test_one_states_corps_is_none(nlp):
    x = extract_text(nlp, "The US Marine Corps trained with the Indian Army's 14 Corps.")
    assert not framework_kinds(x)


def test_plan_before_a_name_is_a_policy(nlp):
    x = extract_text(nlp, "The minister said Plan Secure Belize, the Government's crime strategy, lacked a maritime component.")
    assert framework_kinds(x).get("Plan Secure Belize") == "Policy"


def test_plan_b_and_plan_of_action(nlp):
    x = extract_text(nlp, "The plan was discussed. Plan B was not. The ministers adopted the Plan of Action for 2025-2029.")
    assert framework_kinds(x) == {"Plan of Action for 2025-2029": "Agreement"}


def test_a_white_paper_only_modifying_a_report_is_none(nlp):
    x = extract_text(nlp, "The minister said the government would table a new Defence White Paper implementation report in Congress.")
    assert "Defence White Paper" not in framework_kinds(x)
