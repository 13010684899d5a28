"""The pipeline's own components: ruler ids, one-word places in context, title-aware persons."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from diplokg.errors import ModelError
from diplokg.nlp import load_pipeline, name_after, skip_honorifics


def _ents(nlp, text):
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_unknown_model_raises_model_error_with_a_fix():
    with pytest.raises(ModelError, match="pip install"):
        load_pipeline("no_such_model_xyz")


def test_title_before_name_gives_person_without_honorific(nlp):
    ents = _ents(nlp, "Maldives Foreign Affairs Minister Dr. Abdulla Khaleel met the delegation.")
    assert ("Abdulla Khaleel", "PERSON", "") in ents
    assert ("Foreign Affairs Minister", "TITLE", "title:Foreign Affairs Minister") in ents
    assert ("Maldives", "GPE", "country:MDV") in ents


def test_malaysian_honorifics_are_not_part_of_the_name(nlp):
    ents = _ents(nlp, "Malaysian Defence Minister Dato' Seri Mohamed Khaled Nordin spoke to reporters.")
    assert ("Mohamed Khaled Nordin", "PERSON", "") in ents


def test_american_spelling_and_rank(nlp):
    ents = _ents(nlp, "Philippine Defense Secretary Gilberto Teodoro received Maj Gen Ricardo Alvarez, Chief of Staff.")
    assert ("Defense Secretary", "TITLE", "title:Defence Secretary") in ents
    persons = [t for t, label, _ in ents if label == "PERSON"]
    assert "Gilberto Teodoro" in persons
    assert "Ricardo Alvarez" in persons


def test_male_is_a_place_only_in_a_place_context(nlp):
    assert ("Male", "GPE", "city:Male") in _ents(nlp, "The talks were held in Male on Monday.")
    assert all(e[0] != "Male" for e in _ents(nlp, "Male and female officers attended the parade."))


def test_honorifics_on_a_hand_built_doc():
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Dato", "'", "Seri", "Mohamed", "Khaled", "Nordin", "said"])
    assert skip_honorifics(doc, 0, len(doc)) == 3
    assert name_after(doc, 0) == (3, 6)
    doc = Doc(vocab, words=["H.E.", "Mohamed", "Ghassan", "Maumoon", ",", "Minister"])
    assert name_after(doc, 0) == (1, 4)


def test_co_chair_is_found_whole_or_split_by_the_tokenizer():
    from diplokg.nlp import co_chair_start

    doc = Doc(spacy.blank("en").vocab, words=["A", "co-chaired", "X", "and", "B", "will", "co", "-", "chair", "Y", "as", "chair", "of", "Z"])
    assert [co_chair_start(t) for t in doc] == [None, 1, None, None, None, None, None, None, 6, None, None, None, None, None]
