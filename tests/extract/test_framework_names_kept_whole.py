"""Framework names kept whole where the tagger or the head list would cut them: "of Understanding"
read as a place, a plan's target year, a title's closing region (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_memorandum_of_understanding_named_after_a_city(nlp):
    # the tagger reads "Understanding" here as a place name
    x = extract_text(nlp, "The Valdoria Memorandum of Understanding, signed in the Corvian capital on Aug. 12, 2025, "
                          "set up a joint maritime patrol.")
    names = framework_kinds(x)
    assert names.get("Valdoria Memorandum of Understanding") == "Agreement"
    assert "Valdoria Memorandum" not in names


def test_a_country_after_of_still_ends_a_document_name(nlp):
    x = extract_text(nlp, "Estonia and Uruguay signed the Cyber Defence Memorandum of Uruguay on Monday.")
    assert "Cyber Defence Memorandum of Uruguay" not in framework_kinds(x)
