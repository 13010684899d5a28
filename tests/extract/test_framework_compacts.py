"""A capitalised "Compact" heads an agreement's name ("the Compact of Mutual Security", "the Global
Compact on Maritime Safety"); a lowercase "compact" (a size) names nothing."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_compact_of_names_an_agreement(nlp):
    x = extract_text(nlp, "Under the Compact of Mutual Defence, which entered into force in 1996, Ghana is responsible "
                          "for the defence of Togo.")
    assert framework_kinds(x) == {"Compact of Mutual Defence": "Agreement"}


def test_a_compact_review_agreement_keeps_its_name(nlp):
    x = extract_text(nlp, "The Harbour Compact Review Agreement, signed in Accra on May 22, 2021, extended economic assistance.")
    assert framework_kinds(x) == {"Harbour Compact Review Agreement": "Agreement"}


def test_a_lowercase_compact_names_nothing(nlp):
    x = extract_text(nlp, "The navy bought compact patrol boats from Kenya in 2021.")
    assert framework_kinds(x) == {}
