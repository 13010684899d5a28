"""A name followed by a service in brackets ("Sea Lion (Navy)") names that service's exercise or
unit, not a person, unless a title or rank comes before it. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_listed_exercise_names_with_their_service_are_no_persons(nlp):
    text = "Egypt and Jordan hold regular exercises: Aqaba Shield (Army), Samir Al Masri (Navy) and Falcon Wing (Air Force)."
    assert person_names(extract_text(nlp, text)) == []


def test_ranked_officers_with_their_service_in_brackets_stay_persons(nlp):
    text = "The drill was watched by Chief of Staff General Ana Ruiz (Army) and Admiral Jorge Vaca (Navy) on Monday."
    assert person_names(extract_text(nlp, text)) == ["Ana Ruiz", "Jorge Vaca"]
