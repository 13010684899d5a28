""""Chile's Navy Renewal 3.0 reforms": a versioned name before "reforms" is a policy (like the numbered
"Defence Reform 2.0 plan"), not "the government's reforms" nor an unnumbered "the Vargas reforms";
"Southern Gate 2027, a command-post exercise planned for May": a hyphened kind word before
"exercise" still describes the name set off before it (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

LEAD = "Defence Minister Ana Ruiz of Peru met her Chilean counterpart Jorge Lara in Lima on Tuesday. "


def test_a_versioned_name_before_reforms_is_a_policy(nlp):
    x = extract_text(nlp, LEAD + "Minister Lara explained Chile's Navy Renewal 3.0 reforms and thanked Peru for its support.")
    assert framework_kinds(x).get("Navy Renewal 3.0") == "Policy", framework_kinds(x)


def test_an_unnumbered_name_before_reforms_is_no_policy(nlp):
    x = extract_text(nlp, LEAD + "Minister Lara explained the Vargas reforms and thanked Peru for its support.")
    assert "Vargas" not in framework_kinds(x), framework_kinds(x)


def test_a_name_set_off_before_a_hyphened_kind_of_exercise(nlp):
    x = extract_text(nlp, LEAD + "The headquarters will test its command structure in Southern Gate 2027, a command-post "
                                 "exercise planned for October.")
    assert framework_kinds(x).get("Southern Gate 2027") == "Exercise", framework_kinds(x)


def test_a_date_set_off_before_a_hyphened_kind_of_exercise_is_no_name(nlp):
    x = extract_text(nlp, LEAD + "The headquarters will test its command structure in October 2027, a command-post "
                                 "exercise planned at the base.")
    assert not any(k == "Exercise" for k in framework_kinds(x).values()), framework_kinds(x)
