"""A capitalised name after "the <ordinal> edition of (the)" is a recurring exercise, though no kind
word or acronym marks it; a summit's, a show's, a service's or a place's name is not."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_name_after_edition_of_is_an_exercise(nlp):
    for text, name in (("The navy sent a frigate to the fourth edition of the Coral Sea Naval Rendezvous.",
                        "Coral Sea Naval Rendezvous"),
                       ("Norway is expected to send a ship to the third edition of the Nordic-Baltic Sea Shield later "
                        "this year.", "Nordic-Baltic Sea Shield")):
        assert framework_kinds(extract_text(nlp, text)) == {name: "Exercise"}, text


def test_a_head_word_after_edition_of_keeps_its_kind(nlp):
    text = "Peru took part in the second edition of the Chile-Peru Defence Dialogue."
    assert framework_kinds(extract_text(nlp, text)) == {"Chile-Peru Defence Dialogue": "Dialogue"}


def test_a_summit_a_show_or_a_service_after_edition_of_is_no_exercise(nlp):
    for text in ("Chile will host the fifth edition of the Pacific Defence Summit in May.",
                 "The third edition of the Lima Air Show opens on Tuesday.",
                 "Chile sent observers to the second edition of the Chilean Navy's sailing regatta.",
                 "The fourth edition of the Indian Navy was a success."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
