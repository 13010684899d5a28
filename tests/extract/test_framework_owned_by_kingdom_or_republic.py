"""A state named by the word "Kingdom" or "Republic" before "'s" owns a policy and is no word of its
name ("the Kingdom's National Security Policy" is the "National Security Policy")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_the_kingdoms_policy_is_named_without_its_owner(nlp):
    x = extract_text(nlp, "The secretary said joint patrols along the border would begin in March, in line with the "
                          "Kingdom's National Security Policy.")
    assert framework_kinds(x) == {"National Security Policy": "Policy"}
    x = extract_text(nlp, "The minister said the patrols followed the Republic's Maritime Defence Strategy.")
    assert framework_kinds(x) == {"Maritime Defence Strategy": "Policy"}


def test_a_kingdom_inside_a_name_stays(nlp):
    x = extract_text(nlp, "The two ministers reviewed the Kingdom Defence Cooperation Agreement signed in 2019.")
    assert "Kingdom Defence Cooperation Agreement" in framework_kinds(x)
