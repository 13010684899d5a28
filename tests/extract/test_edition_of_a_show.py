""""the 16th edition of Aero X ... on the sidelines of the show": a name the article calls a show is
an event, no exercise; "the 16th edition of Exercise Sea Y" stays one (invented sentences, no names from
the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_edition_of_a_name_the_next_sentence_calls_the_show(nlp):
    x = extract_text(nlp, "The minister will inaugurate the 16th edition of Aero Andina at the air base in Lima on "
                          "February 17. The two ministers met on the sidelines of the show.")
    assert "Aero Andina" not in framework_kinds(x)


def test_edition_of_a_name_called_an_air_show_elsewhere(nlp):
    x = extract_text(nlp, "The minister will inaugurate the 16th edition of Aero Andina in Lima. Visitors crowded "
                          "the halls. The Aero Andina air show ends on Sunday.")
    assert "Aero Andina" not in framework_kinds(x)


def test_edition_of_an_exercise_is_still_an_exercise(nlp):
    x = extract_text(nlp, "The navies will hold the 16th edition of the Sea Condor Drill off Lima in May.")
    assert framework_kinds(x).get("Sea Condor Drill") == "Exercise"
