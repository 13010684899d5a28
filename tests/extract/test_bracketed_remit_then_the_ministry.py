"""A post's bracketed remit followed by the ministry it serves and then the holder ("Permanent
Secretary (Defence Policy) of <country>'s Ministry of Defence, X") keeps the remit in the title, as
when the name comes right after the bracket; a bracketed remit with no holder named names no one.
Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2027, 5, 4)


def _posts(nlp, text):
    return {name: [(t, c) for t, c, _ in posts] for name, posts in posts_held(extract_text(nlp, text, PUBLISHED)).items()}


def test_remit_then_the_countrys_ministry_then_the_name(nlp):
    text = ("Chile's Defence Minister Amal Varkey received Peru's Defence Minister Ivo Marten in Santiago on Monday. "
            "The two witnessed the signing of an arrangement by Permanent Secretary (Defence Policy) of Peru's "
            "Ministry of Defence, Dato Paduka Haji Rolf Santana, and Chile's Permanent Secretary Mr Lucas Brandt.\n")
    posts = _posts(nlp, text)
    assert ("Permanent Secretary (Defence Policy)", "PER") in posts.get("Rolf Santana", []), posts


def test_remit_then_the_ministry_of_the_country(nlp):
    text = ("The talks in Lima were attended by the Deputy Secretary (International Cooperation) of the Ministry "
            "of Defence of Chile, Ms Amal Varkey, and by Peru's Defence Minister Ivo Marten.\n")
    posts = _posts(nlp, text)
    assert ("Deputy Secretary (International Cooperation)", "CHL") in posts.get("Amal Varkey", []), posts


def test_remit_then_a_demonym_ministry(nlp):
    text = ("Joint Secretary (Navy) of the Chilean Ministry of Defence, Mr Lucas Brandt, led the delegation that "
            "met Peru's Defense Minister Ivo Marten in Lima on Friday.\n")
    posts = _posts(nlp, text)
    assert ("Joint Secretary (Navy)", "CHL") in posts.get("Lucas Brandt", []), posts


def test_remit_of_a_ministry_with_no_name_after(nlp):
    text = ("Peru's Defence Minister Ivo Marten met the Permanent Secretary (Defence Policy) of the Chilean "
            "Ministry of Defence in Lima on Friday. Mr Lucas Brandt, a Chilean diplomat, also attended.\n")
    posts = _posts(nlp, text)
    assert "Lucas Brandt" not in posts, posts
