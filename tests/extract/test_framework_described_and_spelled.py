"""Framework names told by what follows them: "X, the biennial maritime exercise between ..." and
an acronym spelled by the lowercase phrase before it ("the coordinated patrol (CORPAT)"); each
with a negative a careless rule would read as a framework."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_name_set_off_before_a_biennial_exercise(nlp):
    for text, name in (("The talks come ahead of the next edition of KORINDEX, the biennial maritime exercise between "
                        "the two navies.", "KORINDEX"),
                       ("Officers prepared for Southern Spear, the triennial naval exercise of the two fleets.", "Southern Spear")):
        assert framework_kinds(extract_text(nlp, text)) == {name: "Exercise"}, text


def test_acronym_spelled_by_a_lowercase_exercise_phrase(nlp):
    for text in ("The two reviewed the coordinated patrol (CORPAT) between the two navies.",
                 "The navies held the twice-yearly coordinated patrol (CORPAT) along the maritime boundary."):
        assert framework_kinds(extract_text(nlp, text)) == {"CORPAT": "Exercise"}, text
    x = extract_text(nlp, "Officials reviewed the joint naval exercise (JONEX) held off Goa.")
    assert framework_kinds(x) == {"JONEX": "Exercise"}


def test_acronyms_not_spelled_or_of_no_exercise_are_no_frameworks(nlp):
    x = extract_text(nlp, "Troops patrolled the line of actual control (LAC). Officials reviewed the joint exercise "
                          "(XYZ) held off Goa.")
    assert framework_kinds(x) == {}
