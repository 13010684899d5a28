"""An exercise or drill given its name by a naming verb ("a joint exercise codenamed X", "the
drills, dubbed X,", "a drill called X", "an exercise code-named X") is an Exercise, as in the
comma form ("a joint exercise, X,"), and the name is no person's even when the model tags it so."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, framework_kinds, person_names


@pytest.mark.parametrize("text, name", [
    ("Ghana and Togo began a joint exercise codenamed Harmattan Shield near Accra on Monday.", "Harmattan Shield"),
    ("The drills, dubbed Amber Lance, were held off the coast of Crete on Tuesday.", "Amber Lance"),
    ("The navies of Chile and Peru held a bilateral exercise named Andean Wave on Monday.", "Andean Wave"),
    ("Troops of Kenya and Rwanda joined a field exercise code-named Rift Guardian in Kenya.", "Rift Guardian"),
    ("Vietnam and Laos will stage a border drill called Mekong Shield next month.", "Mekong Shield"),
    ("Poland and Lithuania held naval drills dubbed Amber Gate on Monday.", "Amber Gate"),
])
def test_a_name_given_to_an_exercise_is_an_exercise(nlp, text, name):
    x = extract_text(nlp, text)
    assert framework_kinds(x).get(name) == "Exercise"
    assert name not in person_names(x)


def test_a_person_named_to_a_post_is_no_exercise(nlp):
    x = extract_text(nlp, "The minister named Peter Okafor as the new army chief on Monday, a week after the exercise.")
    assert framework_kinds(x) == {}
    assert "Peter Okafor" in person_names(x)


def test_a_person_called_is_no_exercise(nlp):
    x = extract_text(nlp, "After the drills, Kenyan President Daniel Kiprono called Peter Okafor on Monday.")
    assert framework_kinds(x) == {}
