"""A release's heading in capitals ("PRESS STATEMENT") on a line of its own is no framework; a
name in capitals inside a sentence is still read."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_heading_in_capitals_is_no_framework(nlp):
    x = extract_text(nlp, "PRESS STATEMENT\n\nGhana and Kenya held defence talks in Accra on Monday. The two sides signed a "
                          "Memorandum of Understanding on Naval Training.")
    assert "PRESS STATEMENT" not in framework_kinds(x)
    assert framework_kinds(x).get("Memorandum of Understanding on Naval Training") == "Agreement"


def test_a_name_in_capitals_inside_a_sentence_stays(nlp):
    x = extract_text(nlp, "Ghana and Kenya signed the Lake Volta Agreement and the Coastal Shield Agreement on Monday.")
    assert "Lake Volta Agreement" in framework_kinds(x)
