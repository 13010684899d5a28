""""the National Maritime Policy for Security and Defense to 2030": the year a policy, strategy or plan
runs to closes its title; not after a verb that moves something to that year ("extended the Plan
to 2030"), nor for another kind of document (invented names, no sentences from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_year_a_policy_runs_to_is_in_its_title(nlp):
    for text, name in (
            ("Officials said the deal was consistent with the National Maritime Policy for Security and Coastal "
             "Defense to 2030, which calls for new partners.", "National Maritime Policy for Security and Coastal Defense to 2030"),
            ("Chile adopted its Naval Development Plan to 2040 in May, the ministry said.", "Naval Development Plan to 2040")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Policy", (text, kinds)


def test_year_after_a_moving_verb_is_no_title_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "The ministers extended the Naval Development Plan to 2030."))
    assert "Naval Development Plan" in kinds and not any("2030" in k for k in kinds), kinds


def test_year_after_an_agreement_is_no_title_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "The Coastal Defence Cooperation Agreement signed in Lima runs to 2030."))
    assert not any("2030" in k for k in kinds), kinds
