"""An exercise named "X of the Y" listed before another ("the Shield of the Danube and Iron Gate
exercises") keeps its whole name, not only the place after "of the"."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_listed_exercise_with_of_the(nlp):
    x = extract_text(nlp, "The two countries have since held joint drills, including the Guardians of the Danube and Danube Eagles exercises.")
    kinds = framework_kinds(x)
    assert kinds.get("Guardians of the Danube") == "Exercise"
    assert kinds.get("Danube Eagles") == "Exercise"
    assert "Danube" not in kinds


def test_plain_pair_unchanged(nlp):
    x = extract_text(nlp, "The navies also held the Blue Marlin and Coral Shield exercises off Mombasa.")
    assert set(framework_kinds(x)) >= {"Blue Marlin", "Coral Shield"}
    assert not any(" of " in name for name in framework_kinds(x))
