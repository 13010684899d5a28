"""General person and office rules, on sentences written for these tests (no article's names)."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from diplokg.facts import extract_document
from diplokg.model import Document
from diplokg.nlp import name_after, name_before


def _extract(nlp, text, published=date(2025, 4, 2)):
    header = f" date {published.isoformat()} \n"
    return extract_document(Document("t", header + text, published, body_start=len(header)), nlp)


def _persons(x):
    return sorted(p.name for p in x.persons)


def _holds(x):
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    return {(names[h.person], offices[h.office].title, offices[h.office].country) for h in x.holdings}


def _doc(words, spaces=None):
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_particles_stay_inside_a_name_and_do_not_count_towards_its_length():
    doc = _doc(["met", "Hamdan", "Saif", "bin", "Rashid", "Al", "Kaabi", "on", "Monday"])
    assert name_after(doc, 1) == (1, 7)
    doc = _doc(["Omar", "Khalid", "bin", "Saeed", "Al", "Nuaimi", ",", "Chief", "of", "Staff"])
    assert name_before(doc, 7) == (0, 6)


def test_hyphenated_particle_and_generational_suffix():
    doc = _doc(["Abdul", "Karim", "al", "-", "Hashimi", "said"], [True, True, False, False, True, False])
    assert name_after(doc, 0) == (0, 5)
    doc = _doc(["President", "Ramon", "Delgado", "Jr", "arrived"])
    assert name_after(doc, 1) == (1, 4)


def test_retired_rank_in_brackets_is_not_a_person(nlp):
    x = _extract(nlp, "The delegation included Secretary of Defence Air Vice Marshal (Retd) Kamal Perera of Sri Lanka.")
    assert _persons(x) == ["Kamal Perera"]
    x = _extract(nlp, "Nepal's Deputy Defence Minister Major General (Retd) Hari Prasad Thapa held talks in Kathmandu on Monday.")
    assert _persons(x) == ["Hari Prasad Thapa"]
    assert ("Hari Prasad Thapa", "Deputy Defence Minister", "NPL") in _holds(x)


def test_country_after_title_with_of_before_the_name(nlp):
    x = _extract(nlp, "He held talks with the Deputy Minister of Defence of Nepal Hari Prasad Thapa in Delhi.")
    assert ("Hari Prasad Thapa", "Deputy Defence Minister", "NPL") in _holds(x)


def test_country_inside_a_title_names_the_post_and_its_country(nlp):
    x = _extract(nlp, "The visitor also called on Lieutenant General Saeed Rashid bin Hamad Al Falasi, Chief of Staff of the Qatari Armed Forces, on Monday.")
    assert "Saeed Rashid bin Hamad Al Falasi" in _persons(x)
    assert "Armed Forces" not in _persons(x)
    (held,) = [h for h in _holds(x) if h[0] == "Saeed Rashid bin Hamad Al Falasi"]
    assert held[2] == "QAT"
    assert "Qatari" not in held[1]
