""""the official visit of X, Minister of Defence of Y, to Z from <days to come>": X is "the visiting
minister" of a later sentence, not a foreign co-chair of a dialogue told before; a visit of X the
story only recalls (dated in the past) makes no one the visitor now."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

DIALOGUE = ("The 2nd Uruguay-Mongolia Defence Policy Dialogue was held in Montevideo on March 10, 2026. The dialogue "
            "was co-chaired by Uruguayan Defence Secretary Mr Karel Brandt and Deputy Minister of Defence of Mongolia "
            "Mr Oskar Velimir.\n\n")
TALKS = ("On Friday, Uruguayan Defence Minister Mr Leopold Halvard will hold bilateral talks with the visiting "
         "Minister at the Army Club in Montevideo.")


def test_the_visit_of_a_named_minister_to_come_makes_him_the_visitor(nlp):
    text = DIALOGUE + ("The dialogue prepares the ground for the official visit of Mr Tomas Arveni, Minister of "
                       "Defence of Mongolia, to Uruguay from March 13-15, 2026. ") + TALKS
    pairs = meeting_pairs(extract_text(nlp, text, published=date(2026, 3, 10)))
    assert ("Leopold Halvard", "Tomas Arveni") in pairs
    assert ("Leopold Halvard", "Oskar Velimir") not in pairs


def test_a_recalled_visit_of_a_minister_makes_no_visitor(nlp):
    text = DIALOGUE + ("The dialogue recalled the official visit of Mr Tomas Arveni, Minister of Defence of "
                       "Mongolia, to Uruguay in May 2019. ") + TALKS
    pairs = meeting_pairs(extract_text(nlp, text, published=date(2026, 3, 10)))
    assert ("Leopold Halvard", "Tomas Arveni") not in pairs
