"""A lowercase "<noun> of <plural noun>" right before an agreement word ("the cessation of
hostilities agreement", "a status of forces arrangement") names the document; "the implementation
of the agreement" (a determiner before the agreement word) names none."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_of_phrase_before_an_agreement_word_names_it(nlp):
    for text, name in (
            ("The ministers urged both sides to respect the cessation of hostilities agreement of 3 March 2024.",
             "cessation of hostilities agreement"),
            ("The two countries are negotiating a status of forces arrangement for visiting troops.", "status of forces arrangement")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Agreement", text


def test_of_phrase_about_an_agreement_is_no_name(nlp):
    text = "They discussed the implementation of the agreement and a range of defence agreements."
    assert not framework_kinds(extract_text(nlp, text))
