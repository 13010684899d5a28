"""A family name that is also a short English stop word after a title ("General Secretary Do X"),
and names that are no person's: a country's subdivision ("X province") and a thing set beside the
name ("X, the planned coastal radar network"). On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_a_stop_word_family_name_after_a_title_opens_the_name(nlp):
    text = "HANOI, June 2 - Earlier today, Party General Secretary Do Quang Minh received the Cambodian delegation in Hanoi, Vietnam."
    x = extract_text(nlp, text)
    assert "Do Quang Minh" in person_names(x)
    assert ("Do Quang Minh", "Party General Secretary", "VNM") in holdings(x)


def test_a_title_case_headline_verb_after_to_is_no_name(nlp):
    x = extract_text(nlp, "Vietnamese Defence Minister To Visit Laos Next Week\n\nThe visit will focus on border security.")
    assert not any(name.startswith("To ") for name in person_names(x))
