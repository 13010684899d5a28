"""Two countries' standing leaders' meeting, named with capitals ("the annual Chile-Peru Leaders'
Meeting"), is a dialogue like their "Defence Ministers' Meeting"; a leaders' meeting of no pair
of countries is not (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_pair_leaders_meeting_is_a_dialogue(nlp):
    x = extract_text(nlp, "Prime Minister Aldo Ruiz is expected to visit Quito in June, when President Marta Mora will "
                          "host him for the annual Peru-Ecuador Leaders' Meeting.")
    assert framework_kinds(x).get("Peru-Ecuador Leaders' Meeting") == "Dialogue"


def test_a_leaders_meeting_of_no_pair_is_not(nlp):
    x = extract_text(nlp, "President Marta Mora will host the other heads of government at the annual Leaders' Meeting "
                          "in June.")
    assert "Leaders' Meeting" not in framework_kinds(x)
