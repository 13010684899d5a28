""""On the sidelines of the X Dialogue, Minister A met B": the parser may make A's name a conjunct of
the fronted phrase's last noun, so the verb has no subject and A looks like one of those met.
The repair in ``diplokg_clauses`` is tested on hand-built parses (no model), then end to end."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from diplokg.nlp import meeting_verbs_read_as_modifiers
from extract_helpers import extract_text, holdings

WORDS = ["On", "the", "sidelines", "of", "the", "Lakeside", "Dialogue", ",", "Foreign", "Minister", "Ravi", "Menon",
         "met", "Kenyan", "Defence", "Minister", "Amina", "Otieno", "."]
POS = ["ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN",
       "VERB", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
ENTS = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-TITLE", "I-TITLE", "B-PERSON", "I-PERSON",
        "O", "B-NORP", "B-TITLE", "I-TITLE", "B-PERSON", "I-PERSON", "O"]


def _parsed(name_head: int, name_dep: str, verb_has_subject: bool = False) -> Doc:
    heads = [12, 2, 0, 2, 6, 6, 3, 6, 9, 11, 11, name_head, 12, 15, 15, 17, 17, 12, 12]
    deps = ["prep", "det", "pobj", "prep", "det", "compound", "pobj", "punct", "compound", "compound", "compound",
            name_dep, "ROOT", "amod", "compound", "compound", "compound", "dobj", "punct"]
    if verb_has_subject:  # "..., the minister met ...": another word is the subject already
        heads[7], deps[7] = 12, "nsubj"
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=heads, deps=deps, pos=POS, ents=ENTS,
              sent_starts=[True] + [False] * (len(WORDS) - 1))
    return doc


def test_the_glued_name_becomes_the_verb_s_subject():
    doc = meeting_verbs_read_as_modifiers(_parsed(name_head=6, name_dep="conj"))
    assert (doc[11].dep_, doc[11].head.i) == ("nsubj", 12)
    assert doc[17].dep_ == "dobj"  # the one met stays the object


def test_a_name_parsed_as_the_subject_is_left_alone():
    doc = meeting_verbs_read_as_modifiers(_parsed(name_head=12, name_dep="nsubj"))
    assert (doc[11].dep_, doc[11].head.i) == ("nsubj", 12)


def test_a_verb_with_a_subject_keeps_the_conjunct():
    # must not fire: the verb has a subject, so the name may well belong to the leading phrase
    doc = meeting_verbs_read_as_modifiers(_parsed(name_head=6, name_dep="conj", verb_has_subject=True))
    assert (doc[11].dep_, doc[11].head.i) == ("conj", 6)


def test_the_subject_no_longer_takes_the_country_of_the_one_met(nlp):
    x = extract_text(nlp, "On the sidelines of the Raisina Dialogue, External Affairs Minister R Menon met New "
                          "Zealand Foreign Minister John Carter on Wednesday.", date(2026, 3, 12))
    held = holdings(x)
    assert ("John Carter", "Foreign Affairs Minister", "NZL") in held
    assert not any(person == "R Menon" and country == "NZL" for person, _, country in held)
