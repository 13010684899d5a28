"""A visit "to the Kingdom" (the country by a common noun) is a visit to the country where its sentence
happens, not to another one (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions

from diplokg.mentions import _visit_is_the_scene


def _visit_token(nlp, text: str):
    m = article_mentions(nlp, text, date(2025, 3, 4))
    return m, next(t for t in m.tokens if t.lower_ == "visit")


def test_a_visit_to_the_kingdom_is_the_scene_of_its_sentence(nlp):
    m, visit = _visit_token(nlp, "The agreement was signed in Riyadh on March 4, 2018 during Prime Minister Vikram Rao's "
                                 "visit to the Kingdom.")
    assert _visit_is_the_scene(m, visit)


def test_a_visit_to_a_named_country_names_where_it_goes(nlp):
    m, visit = _visit_token(nlp, "The agreement was signed in Riyadh on March 4, 2018 during Prime Minister Vikram Rao's "
                                 "visit to Oman.")
    assert not _visit_is_the_scene(m, visit)
