""""agreed to hold the first joint exercise of the three countries' special forces, Kordal-2027, in
Arica": an exercise name set off by commas after a short "of" phrase following a lowercase "exercise"
is the exercise's name; not a speaker set off after such a phrase (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_name_set_off_past_an_of_phrase(nlp):
    x = extract_text(nlp, "Ministers of Peru, Chile and Bolivia met in Lima on Friday and agreed to hold the first "
                          "joint exercise of the three countries' special forces, Kordal-2027, in Arica in September.")
    assert framework_kinds(x).get("Kordal-2027") == "Exercise", framework_kinds(x)


def test_a_name_set_off_past_countries_forces(nlp):
    x = extract_text(nlp, "Ministers of Peru and Chile met in Lima on Friday and agreed to hold a joint exercise of "
                          "the Peruvian and Chilean navies, Pacific Kordal 2027, off Arica in September.")
    assert framework_kinds(x).get("Pacific Kordal 2027") == "Exercise", framework_kinds(x)


def test_no_name_set_off_past_the_of_phrase(nlp):
    x = extract_text(nlp, "Ministers of Peru and Chile met in Lima on Friday and discussed the planning of the "
                          "exercise of the special forces, Minister Ana Ruiz said.")
    assert not [k for k, v in framework_kinds(x).items() if v == "Exercise"], framework_kinds(x)


def test_no_exercise_of_a_right(nlp):
    x = extract_text(nlp, "Ministers of Peru and Chile met in Lima on Friday and defended the exercise of the right "
                          "to self-defence, Article 51, under the charter.")
    assert not [k for k, v in framework_kinds(x).items() if v == "Exercise"], framework_kinds(x)
