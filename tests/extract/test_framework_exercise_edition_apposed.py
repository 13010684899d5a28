"""An exercise's edition set off right after "<name> exercise" ("their Falcon exercise, Falcon-VII,")
is the exercise the sentence names (invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_edition_with_a_roman_numeral_after_the_name_and_kind_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "Oman and Jordan will hold the next edition of their air forces' Falcon "
                                              "exercise, Falcon-VII, in Jordan in 2027."))
    assert kinds.get("Falcon-VII") == "Exercise" and "Falcon" not in kinds


def test_edition_with_digits_in_one_word(nlp):
    kinds = framework_kinds(extract_text(nlp, "Oman and Jordan will hold the next Falcon exercise, Falcon-12, in Jordan."))
    assert kinds.get("Falcon-12") == "Exercise" and "Falcon" not in kinds


def test_description_set_off_after_the_exercise_is_no_edition(nlp):
    kinds = framework_kinds(extract_text(nlp, "Oman and Jordan held the Falcon exercise, a week-long drill, in Jordan."))
    assert kinds.get("Falcon") == "Exercise"
