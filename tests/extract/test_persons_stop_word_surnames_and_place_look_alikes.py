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


def test_a_named_province_is_no_person(nlp):
    text = "The second edition was held in Laos's Savan Khene province in 2024, the ministry said."
    assert "Savan Khene" not in person_names(extract_text(nlp, text))


def test_a_thing_set_beside_a_name_is_no_person(nlp):
    text = ("ATHENS, June 2 - The minister also briefed his guest on Silver Arch, the proposed long-range air and coastal "
            "defence network over the islands.")
    assert "Silver Arch" not in person_names(extract_text(nlp, text))


def test_a_person_set_beside_a_description_stays_a_person(nlp):
    text = "ATHENS, June 2 - The minister also met Nikos Papadakis, the retired air force general who led the defence review."
    assert "Nikos Papadakis" in person_names(extract_text(nlp, text))
