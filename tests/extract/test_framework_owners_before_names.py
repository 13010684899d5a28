"""A government or a country ending in "s" owning a framework is no part of its name ("the Royal
Government's Rectangular Strategy", "the United States' Andean Counterdrug Initiative"); a plural
possessive inside a name stays ("the Defence Ministers' Dialogue") (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_governments_possessive_is_no_part_of_the_name(nlp):
    for text in ("The minister said defence cooperation served the Royal Government's Rectangular Strategy.",
                 "The Federal Government's Rectangular Strategy was adopted in 2019."):
        assert framework_kinds(extract_text(nlp, text)) == {"Rectangular Strategy": "Policy"}, text


def test_a_plural_countrys_apostrophe_is_no_part_of_the_name(nlp):
    text = "He said the radars were funded under the United States' Andean Counterdrug Initiative (ACI)."
    assert framework_kinds(extract_text(nlp, text)) == {"Andean Counterdrug Initiative": "Initiative"}


def test_a_plural_possessive_inside_a_name_stays(nlp):
    text = "The Andean Defence Ministers' Dialogue met in Lima."
    assert framework_kinds(extract_text(nlp, text)) == {"Andean Defence Ministers' Dialogue": "Dialogue"}
