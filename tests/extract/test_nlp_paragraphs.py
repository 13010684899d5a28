"""A blank line ends a sentence, so evidence never quotes two paragraphs (hand-built Docs, no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diplokg.nlp import paragraph_sentences


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    # A blank English vocab: lexical attributes such as is_space, and no model.
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_token_after_a_blank_line_starts_a_sentence():
    # '... security in the region."\n\nEarlier, Ana Lima met ...' (a quote closing a paragraph)
    doc = _doc(["security", ".", '"', "\n\n", "Earlier", ",", "Ana", "Lima", "met"],
               [True, False, False, False, False, True, True, True, False])
    paragraph_sentences(doc)
    assert doc[4].is_sent_start is True
    assert doc[5].is_sent_start is None  # nothing else is decided here; the parser does the rest


def test_a_single_line_break_is_left_to_the_parser():
    # Hard-wrapped text: one newline inside a sentence is not a paragraph break.
    doc = _doc(["the", "defence", "\n", "ministers", "met"], [True, False, False, True, False])
    paragraph_sentences(doc)
    assert doc[3].is_sent_start is None


def test_evidence_sentences_do_not_cross_paragraphs(nlp):
    text = 'He said: "We will deepen ties."\n\nEarlier in May, Ana Lima met Tomas Ruiz in Lisbon.'
    sents = [s.text for s in nlp(text).sents]
    assert "Earlier in May, Ana Lima met Tomas Ruiz in Lisbon." in sents
