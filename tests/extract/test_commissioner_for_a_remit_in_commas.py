""""The union was represented by its Commissioner for Defence and Space, X,": a bare "Commissioner
for <remit>" the lexicon lacks, its holder set off in commas, is a post: the union's (named before,
no country's), or a country's where one owns it. Not "Police Commissioner for <city> X" (no holder in
commas). Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2026, 3, 12)


def test_the_unions_commissioner_named_by_its(nlp):
    x = extract_text(nlp, "The European Union, which attends the talks without being a member, was represented by its "
                          "Commissioner for Defence and Space, Arvid Kolmen, while Peru's Defence Minister Pira Solvent "
                          "hosted the session in Lima.\n", PUBLISHED)
    posts = posts_held(x).get("Arvid Kolmen", [])
    assert any(t == "Commissioner for Defence and Space" and not c for t, c, _ in posts)


def test_a_countrys_commissioner_is_the_countrys(nlp):
    x = extract_text(nlp, "Peru's Defence Minister Pira Solvent met Chile's Commissioner for Human Rights, Arvid Kolmen, "
                          "in Lima on Monday.\n", PUBLISHED)
    assert ("Commissioner for Human Rights", "CHL", None) in posts_held(x).get("Arvid Kolmen", [])


def test_no_holder_in_commas_no_post(nlp):
    x = extract_text(nlp, "The Peruvian Defence Minister Pira Solvent met Police Commissioner for Lima Arvid Kolmen "
                          "on Monday.\n", PUBLISHED)
    assert not any(t.startswith("Commissioner for") for t, _, _ in posts_held(x).get("Arvid Kolmen", []))
