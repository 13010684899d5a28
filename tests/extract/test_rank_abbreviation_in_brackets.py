"""A rank followed by its own abbreviation in brackets ("Lieutenant-General (LG) X", "Major General
(MG) X"), as some ministries' releases write it, still joins the post before the rank to the name
after it; a bracket that is not the rank's abbreviation is not skipped as one. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2027, 5, 4)


def _posts(nlp, text):
    return {name: [(t, c) for t, c, _ in posts] for name, posts in posts_held(extract_text(nlp, text, PUBLISHED)).items()}


def test_chief_with_hyphened_rank_and_its_abbreviation(nlp):
    text = ("Chile's Defence Minister Amal Varkey received Peru's Defence Minister Ivo Marten in Santiago on Monday. "
            "Earlier in the day, Mr Marten received an introductory call from Chile's Chief of Defence Force "
            "Lieutenant-General (LG) Tomas Ruiz.\n")
    assert ("Chief of Defence Forces", "CHL") in _posts(nlp, text).get("Tomas Ruiz", []), _posts(nlp, text)


def test_army_chief_with_spaced_rank_and_its_abbreviation(nlp):
    text = ("Peruvian Army Commander Major General (MG) Hugo Salcedo held talks with Chile's Defense Minister "
            "Amal Varkey in Lima on Tuesday, the army said.\n")
    assert ("Army Commander", "PER") in _posts(nlp, text).get("Hugo Salcedo", []), _posts(nlp, text)


def test_abbreviated_rank_after_a_comma(nlp):
    text = ("The delegation was led by Chile's Chief of Navy, Rear Admiral (RA) Pablo Ibarra, who called on "
            "Peru's Defence Minister Ivo Marten in Lima.\n")
    posts = _posts(nlp, text)
    assert ("Navy Chief", "CHL") in posts.get("Pablo Ibarra", []), posts


def test_a_bracket_that_is_no_rank_abbreviation_is_kept(nlp):
    # "(Retd)" is read as before; an unrelated capitalised bracket is not taken for the rank's abbreviation
    text = ("Chile's Chief of Defence Force Lieutenant-General (Retd) Tomas Ruiz met Peru's Defence Minister "
            "Ivo Marten in Lima on Monday.\n")
    assert ("Chief of Defence Forces", "CHL") in _posts(nlp, text).get("Tomas Ruiz", []), _posts(nlp, text)
