"""A name after a rank that the model tagged DATE ("Air Vice Marshal [Teodor Mbala]" as a date): no
date word in it, so it is the person the rank is written before."""

from __future__ import annotations

from spacy.tokens import Span

from diplokg.nlp import names_read_as_dates


def _as_date(doc, words: str):
    """``doc`` with the model's DATE over ``words`` (the misreading this rule mends)."""
    first = words.split()[0]
    start = next(t.i for t in doc if t.text == first)
    end = start + len(words.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label="DATE")]
    return doc


def test_a_date_span_of_name_words_after_a_rank_is_a_person(nlp):
    doc = _as_date(nlp("He will also meet the Chief of the Defence Force, Air Vice Marshal Teodor Mbala, on Friday."), "Teodor Mbala")
    assert [(s.text, s.label_) for s in names_read_as_dates(doc)] == [("Teodor Mbala", "PERSON")]


def test_a_date_span_without_a_rank_or_with_date_words_stays(nlp):
    doc = _as_date(nlp("He will also meet Teodor Mbala on Friday."), "Teodor Mbala")
    assert names_read_as_dates(doc) == []
    doc = _as_date(nlp("The flypast was led by Air Vice Marshal Teodor Mbala on Independence Day."), "Independence Day")
    assert names_read_as_dates(doc) == []
    doc = _as_date(nlp("He met Air Vice Marshal Teodor Mbala in March Last Year."), "March Last Year")
    assert names_read_as_dates(doc) == []
