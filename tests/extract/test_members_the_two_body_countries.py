""""relations between the two Commonwealth countries", "A and B, the two newest NATO allies": a known
body named as the adjective of "the two / both ... countries (allies, members)" makes the pair the
phrase stands for its members (the story's pair, or the countries it is apposed to); not "two NATO
allies" without "the" (some two), nor "the two former ... countries" (invented sentences, no names
from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_the_two_body_countries_after_a_story_of_the_pair(nlp):
    got = members_stated("Ghana's Defence Minister Kofi Arthen met his Malaysian counterpart Hamid Osman in Accra on Monday. "
                         "The talks marked a new chapter in relations between the two Commonwealth countries.", nlp)
    assert {c for c, fw, _ in got if fw == "Commonwealth"} == {"GHA", "MYS"}


def test_the_two_body_countries_in_the_lead_of_a_visit(nlp):
    got = members_stated("Defence Minister Kofi Arthen of Ghana returned from Malaysia on Friday after a visit that both "
                         "sides called a milestone for relations between the two Commonwealth countries.", nlp)
    assert {c for c, fw, _ in got if fw == "Commonwealth"} == {"GHA", "MYS"}


def test_the_two_body_allies_apposed_to_a_pair(nlp):
    got = members_stated("Sweden and Finland, the two newest NATO allies, held joint exercises on Monday.", nlp)
    assert {c for c, fw, _ in got if fw == "NATO"} == {"SWE", "FIN"}


def test_some_two_or_former_body_countries_are_no_pair(nlp):
    got = members_stated("Ghana's Defence Minister Kofi Arthen met his Malaysian counterpart Hamid Osman in Accra. They "
                         "discussed talks with two NATO allies.", nlp)
    assert not {c for c, fw, _ in got if fw == "NATO"}
    got = members_stated("Ghana's Defence Minister Kofi Arthen met his Malaysian counterpart Hamid Osman in Accra. "
                         "Relations between the two former Commonwealth countries were warm.", nlp)
    assert not {c for c, fw, _ in got if fw == "Commonwealth"}


def test_the_two_body_countries_in_a_lead_naming_one_side(nlp):
    # the visitor's post is not placed yet: the article's persons are of two countries, the named one among them
    got = members_stated("Defence Minister Kofi Arthen returned from Malaysia on Friday after a visit that both sides "
                         "called a milestone for relations between the two Commonwealth countries. Ghana's Chief of "
                         "Defence Staff, General Ama Boateng, and Malaysian Army chief General Hamid Osman also met.", nlp)
    assert {c for c, fw, _ in got if fw == "Commonwealth"} == {"GHA", "MYS"}
