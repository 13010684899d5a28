"""A capitalised post the lexicon lacks, alone in brackets after a name ("X (Deputy Fleet Commander)"),
is the name's post, read by its head word; a force or body in brackets is none, and no second person."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_unknown_post_ending_in_a_head_word(nlp):
    x = extract_text(nlp, "Rear Admiral Tomas Ekberg (Deputy Fleet Commander) met Defence Minister Arvind Rao in New Delhi "
                          "on Monday. India and Sweden signed a naval pact.")
    assert any(person == "Tomas Ekberg" and title == "Deputy Fleet Commander" for person, title, _ in holdings(x))


def test_unknown_adviser_post_is_no_second_person(nlp):
    x = extract_text(nlp, "Mr Lars Dahl (Senior Strategic Adviser) met Defence Minister Arvind Rao in New Delhi on Monday. "
                          "India and Norway signed a naval pact.")
    assert any(person == "Lars Dahl" and title == "Senior Strategic Adviser" for person, title, _ in holdings(x))
    assert "Strategic Adviser" not in person_names(x)


def test_post_with_its_qualifier_after_the_head(nlp):
    x = extract_text(nlp, "Admiral Paolo Venturi (Allied Commander Maritime) met Defence Minister Arvind Rao in New Delhi "
                          "on Monday. India and Italy signed a naval pact.")
    assert any(person == "Paolo Venturi" and title == "Allied Commander Maritime" for person, title, _ in holdings(x))


def test_force_in_brackets_is_no_post(nlp):
    x = extract_text(nlp, "Defence Minister Arvind Rao met Captain Jonas Holm (Royal Norwegian Navy) in New Delhi on Monday. "
                          "India and Norway signed a naval pact.")
    assert not any(person == "Jonas Holm" for person, _, _ in holdings(x))
