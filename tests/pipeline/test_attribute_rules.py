"""IndexedAttributeRules leaves exactly the Doc that spaCy's AttributeRuler leaves.

First on hand-built Docs (no model): every kind of rule the English models use (tag, lower-case
form, IN / NOT_IN / REGEX, dependency label, multi-token rules with a positive or negative
index, later rules overriding earlier ones); then on the seed articles with the real model.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from diplokg.attribute_rules import IndexedAttributeRules, UnsupportedRule, use_indexed_attribute_rules

RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"TAG": "IN"}]], "attrs": {"POS": "ADP"}},
    # a later rule overrides an earlier one on the same token
    {"patterns": [[{"TAG": "DT", "LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def|PronType=Art"}},
    {"patterns": [[{"TAG": "IN", "LOWER": {"IN": ["that", "while"]}}]], "attrs": {"POS": "SCONJ"}},
    {"patterns": [[{"LOWER": {"REGEX": "^minist"}}]], "attrs": {"LEMMA": "minister"}},
    {"patterns": [[{"TAG": "NN", "DEP": {"NOT_IN": ["nsubj"]}}]], "attrs": {"MORPH": "Case=Obl"}},
    {"patterns": [[{"DEP": "det"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "talk"}, "index": -1},
    {"patterns": [[{"LOWER": "held"}, {"TAG": "DT"}]], "attrs": {"POS": "AUX"}, "index": 0},
]

WORDS = ["The", "minister", "held", "the", "talks", "while", "that", "ministry", "waited", "in", "Hanoi", "."]
TAGS = ["DT", "NN", "VBD", "DT", "NNS", "IN", "IN", "NN", "VBD", "IN", "NNP", "."]
DEPS = ["det", "nsubj", "ROOT", "det", "dobj", "mark", "mark", "nsubj", "advcl", "prep", "pobj", "punct"]
HEADS = [1, 2, 2, 4, 2, 8, 8, 8, 2, 8, 9, 2]


def _doc(nlp) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _ruler(rules=RULES):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    return nlp, ruler


def test_hand_built_doc_gets_the_same_annotations_as_from_the_attribute_ruler():
    nlp, ruler = _ruler()
    expected = _annotations(ruler(_doc(nlp)))
    got = _annotations(IndexedAttributeRules(ruler)(_doc(nlp)))
    assert got == expected
    # and the rules did fire: a later rule won, a negative index reached the last token
    by_word = {row[0]: row for row in got}
    assert by_word["that"][2] == "SCONJ" and by_word["in"][2] == "ADP"
    assert by_word["talks"][4] == "talk" and by_word["held"][2] == "AUX"
    assert by_word["ministry"][3] == "Number=Sing" and by_word["minister"][3] == "Number=Sing"
    assert by_word["the"][3] == "Definite=Def|PronType=Art"


def test_matches_are_the_matchers_matches():
    nlp, ruler = _ruler()
    doc = _doc(nlp)
    expected = sorted((int(nlp.vocab.strings[key]), start, end) for key, start, end in ruler.matcher(doc, allow_missing=True))
    assert IndexedAttributeRules(ruler).matches(doc) == sorted(set(expected))


def test_a_rule_with_an_operator_keeps_the_models_own_component():
    nlp, ruler = _ruler([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    with pytest.raises(UnsupportedRule):
        IndexedAttributeRules(ruler)
    assert use_indexed_attribute_rules(nlp) is False
    assert nlp.pipe_names == ["attribute_ruler"]


def test_swapping_in_puts_the_indexed_rules_where_the_ruler_was():
    nlp, _ = _ruler()
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("sentencizer", name="after")
    assert use_indexed_attribute_rules(nlp) is True
    assert nlp.pipe_names == ["sentencizer", "diplokg_attribute_rules", "after"]
    assert use_indexed_attribute_rules(nlp) is False  # nothing left to swap


def test_the_build_pipeline_uses_the_indexed_rules(nlp):
    assert "diplokg_attribute_rules" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


def test_real_model_on_the_seeds_gives_identical_docs(seeds_dir):
    """The English model with its own attribute ruler against the same model with the indexed rules."""
    from diplokg.build import model_name

    reference = spacy.load(model_name(None))
    indexed = spacy.load(model_name(None))
    assert use_indexed_attribute_rules(indexed) is True
    texts = [p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    compared = 0
    for a, b in zip(reference.pipe(texts), indexed.pipe(texts)):
        assert [t.text for t in a] == [t.text for t in b]
        for x, y in zip(a, b):
            assert (x.pos_, str(x.morph), x.lemma_, x.dep_, x.head.i) == (y.pos_, str(y.morph), y.lemma_, y.dep_, y.head.i), x.text
            compared += 1
    assert compared > 2000
