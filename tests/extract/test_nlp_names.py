"""Person and place spans around titles and honorifics (diplokg.nlp), on hand-built Docs with
the entities a statistical model might have guessed, and one check through the full pipeline."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from diplokg.nlp import TITLE, mark_persons, mark_single_word_places

_VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], ents: list[tuple[int, int, str, str]]) -> Doc:
    doc = Doc(_VOCAB, words=words)
    doc.ents = [Span(doc, s, e, label=label, span_id=ident) for s, e, label, ident in ents]
    return doc


def _persons(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_known_city_after_in_that_the_model_calls_a_person_is_a_place():
    doc = _doc("Both ministers held talks in Darwin on Friday .".split(), [(5, 6, "PERSON", "")])
    mark_single_word_places(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Darwin", "GPE")]


def test_a_city_name_after_a_title_stays_a_person():
    words = "He met Defence Minister in Darwin yesterday .".split()
    doc = _doc(words, [(2, 4, TITLE, "title:Defence Minister"), (5, 6, "PERSON", "")])
    mark_single_word_places(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != TITLE] == [("Darwin", "PERSON")]


def test_honorifics_split_off_a_name_are_no_person():
    words = "Malaysian Defence Minister Datuk Seri Mohamed Khaled Nordin spoke .".split()
    doc = _doc(words, [(1, 3, TITLE, "title:Defence Minister"), (3, 5, "PERSON", ""), (5, 8, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Mohamed Khaled Nordin"]


def test_sheikh_stays_when_one_name_word_would_remain():
    words = "Prime Minister Sheikh Hasina met him .".split()
    doc = _doc(words, [(0, 2, TITLE, "title:Prime Minister"), (2, 4, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Sheikh Hasina"]


def test_sheikh_before_a_full_name_is_dropped():
    words = "Crown Prince Sheikh Khalid bin Mohamed met him .".split()
    doc = _doc(words, [(0, 2, TITLE, "title:Crown Prince"), (2, 6, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Khalid bin Mohamed"]


def test_a_sub_portfolio_after_a_title_keeps_the_name():
    words = "Under Secretary of Defense for Policy Jane Holloway met him .".split()
    doc = _doc(words, [(0, 4, TITLE, "title:Under Secretary of Defence")])
    mark_persons(doc)
    assert _persons(doc) == ["Jane Holloway"]
    (title,) = [e for e in doc.ents if e.label_ == TITLE]
    assert title.text == "Under Secretary of Defense for Policy"


def test_a_one_word_name_after_a_title_is_a_person(nlp):
    doc = nlp("Indonesian Defence Minister Prabowo met Malaysian Defence Minister Hishammuddin in Jakarta on Tuesday.")
    assert {"Prabowo", "Hishammuddin"} <= {e.text for e in doc.ents if e.label_ == "PERSON"}


def _parsed_doc(words: list[str], heads: list[int], ents: list[tuple[int, int, str]]) -> Doc:
    """A Doc with the parse the model gives a name: every name word a compound of the last one."""
    deps = ["compound" if h != i else "ROOT" for i, h in enumerate(heads)]
    pos = ["PROPN" if w[:1].isupper() else "PUNCT" if not w.isalpha() else "VERB" for w in words]
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_given_names_the_model_cut_off_a_long_arabic_name_join_it():
    words = ", Hamad Rashid Omar Al Kaabi , spoke".split()
    doc = _parsed_doc(words, [0, 5, 5, 5, 5, 5, 6, 7], [(3, 6, "PERSON")])
    mark_persons(doc)
    assert _persons(doc) == ["Hamad Rashid Omar Al Kaabi"]


def test_a_cut_name_without_a_particle_or_after_a_rank_is_not_widened():
    words = ", Hamad Rashid Omar Kaabi , spoke".split()  # no particle: the model's span stands
    doc = _parsed_doc(words, [0, 4, 4, 4, 4, 5, 6], [(3, 5, "PERSON")])
    mark_persons(doc)
    assert _persons(doc) == ["Omar Kaabi"]
    words = ", Brigadier Omar Al Kaabi , spoke".split()  # a rank is never a given name
    doc = _parsed_doc(words, [0, 4, 4, 4, 4, 5, 6], [(2, 5, "PERSON")])
    mark_persons(doc)
    assert _persons(doc) == ["Omar Al Kaabi"]


def test_courtesy_words_running_into_a_rank_belong_to_the_name_after_the_rank():
    words = "Minister of Culture III Datu Seriwangsa Rear Admiral Dato Paduka Haji Rahman bin Osman spoke .".split()
    doc = _doc(words, [(0, 3, TITLE, "title:Culture Minister")])
    mark_persons(doc)
    assert _persons(doc) == ["Rahman bin Osman"]


def test_a_one_word_rank_after_a_name_is_a_surname_not_a_rank():
    words = "Minister of Culture Carla Major spoke .".split()
    doc = _doc(words, [(0, 3, TITLE, "title:Culture Minister")])
    mark_persons(doc)
    assert _persons(doc) == ["Carla Major"]


def test_a_model_person_that_only_finishes_an_honorific_is_dropped():
    words = "He met Dato Paduka Seri and Ali Rahman .".split()
    doc = _doc(words, [(3, 5, "PERSON", ""), (6, 8, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Ali Rahman"]
    words = "He met Tan Lee Kim .".split()  # "Tan" alone does not start "Tan Sri": the name stands
    doc = _doc(words, [(3, 5, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Lee Kim"]


def test_a_name_the_model_missed_after_mr_is_a_person_but_not_after_a_one_word_rank():
    doc = _doc("Undersecretary for Trade Policy Mr Tomas Ferreira spoke .".split(), [])
    mark_persons(doc)
    assert _persons(doc) == ["Tomas Ferreira"]
    doc = _doc("Shares of General Marine Systems rose .".split(), [])  # "General" also starts company names
    mark_persons(doc)
    assert _persons(doc) == []


def test_letters_of_honours_and_service_after_a_name_are_not_part_of_it():
    words = "Minister Tomas Ferreira MP thanked Admiral Lena Okafor AO RAN and Jan Vos .".split()
    doc = _doc(words, [(1, 4, "PERSON", ""), (6, 10, "PERSON", ""), (11, 13, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Tomas Ferreira", "Lena Okafor", "Jan Vos"]


def test_a_name_is_never_cut_to_one_word_nor_lowered_letters_taken():
    words = "He met Kim AM and Rosa Mm Ortiz .".split()  # "AM" may be a name here; "Mm" is no post-nominal
    doc = _doc(words, [(2, 4, "PERSON", ""), (5, 8, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Kim AM", "Rosa Mm Ortiz"]


def test_a_name_after_an_honorific_that_the_model_called_an_organisation_is_a_person():
    doc = _doc("Later the Hon Tomas Ferreira MP spoke .".split(), [(1, 6, "ORG", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Tomas Ferreira"]


def test_a_body_after_an_honorific_stays_an_organisation():
    doc = _doc("Later the Hon Defence Industry Council met .".split(), [(1, 6, "ORG", "")])
    mark_persons(doc)
    assert _persons(doc) == [] and [e.label_ for e in doc.ents] == ["ORG"]


def test_a_day_word_is_no_person():
    doc = _doc("Today , Ana Lopes spoke .".split(), [(0, 1, "PERSON", ""), (2, 4, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["Ana Lopes"]


def test_a_surname_the_model_called_a_place_after_a_rank_is_a_person():
    doc = _doc("Air Chief Marshal VK Bhalla received the delegation .".split(), [(4, 5, "GPE", "")])
    mark_persons(doc)
    assert _persons(doc) == ["VK Bhalla"]
    # a country after a rank stays the country
    doc = _doc("Air Chief Marshal Kofi Ghana received the delegation .".split(), [(4, 5, "GPE", "")])
    mark_persons(doc)
    assert "Kofi Ghana" not in _persons(doc)


def test_a_rank_the_model_called_a_person_gives_way_to_the_name_after_it():
    doc = _doc("Army Vice Chief Lt Gen R K Bhalla met them .".split(), [(3, 5, "PERSON", "")])
    mark_persons(doc)
    assert _persons(doc) == ["R K Bhalla"]


def test_a_name_set_off_before_a_title_starts_after_a_three_word_rank():
    words = "Air Chief Marshal Vikram Raj Bhalla , Chief of the Air Staff , spoke .".split()
    doc = _doc(words, [(7, 12, TITLE, "title:Chief of Air Staff")])
    mark_persons(doc)
    assert _persons(doc) == ["Vikram Raj Bhalla"]
