"""A force several states make up, named with the region it serves right after "Force" ("the
Multinational Rescue Force Western Africa", "... Force South America (SAMBRIG)"), is one body whose
name takes the region in (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_shared_force_named_for_a_region_with_an_acronym(nlp):
    x = extract_text(nlp, "The ministers reviewed the readiness of the Combined Standby Force South America (SAMBRIG).")
    assert framework_kinds(x).get("Combined Standby Force South America") == "Organisation", framework_kinds(x)


def test_a_compass_word_before_the_region(nlp):
    x = extract_text(nlp, "The ministers reviewed the readiness of the Multinational Rescue Force South-Western Africa.")
    assert framework_kinds(x).get("Multinational Rescue Force South-Western Africa") == "Organisation", framework_kinds(x)


def test_a_national_force_before_a_region_takes_no_region(nlp):
    x = extract_text(nlp, "Ruritania deployed its Quick Reaction Force South America last week.")
    assert "Quick Reaction Force South America" not in framework_kinds(x)
