"""A project named after the capitalised word "Project" ("Project Tarnak", "Project HARBOUR 2040") is
an Initiative; not "Project" opening a sentence, nor a post ("Project Director"), nor a person (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_project_named_after_project_is_an_initiative(nlp):
    x = extract_text(nlp, "The army chief reviewed the work of Project Tarnak, the engineers' oldest project abroad, "
                          "which has built roads in Norway since 1961.")
    assert framework_kinds(x).get("Project Tarnak") == "Initiative"


def test_an_upper_case_name_with_a_number(nlp):
    x = extract_text(nlp, "The ministers welcomed the contract for three frigates under Project HARBOUR 2040, the largest "
                          "deal between Norway and Chile.")
    assert framework_kinds(x).get("Project HARBOUR 2040") == "Initiative"


def test_no_project_for_a_post_a_person_or_a_sentence_start(nlp):
    x = extract_text(nlp, "Norway and Chile signed the deal. Project Director Ana Soto said the Project Team would meet "
                          "in May. Project Tarnak was not discussed.")
    kinds = framework_kinds(x)
    assert not any(name.startswith("Project") for name in kinds), kinds
