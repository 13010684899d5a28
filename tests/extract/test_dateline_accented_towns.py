"""A dateline's town may be written with accented letters ("Bogotá, Mar 4 (EFE).-"): it is the
dateline's place, and its country is where the story is told from. Invented text."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, holdings, extract_text

PUBLISHED = date(2025, 3, 4)
LEAD = (" Defence Minister Julián Ibáñez Suárez held talks with his Peruvian counterpart, Walter Astudillo, on Monday."
        " Colombia and Peru agreed to patrol their border rivers together.\n")


def test_an_accented_town_opens_the_dateline(nlp):
    m = article_mentions(nlp, "Bogotá, Mar 4 (EFE).-" + LEAD, PUBLISHED)
    assert m.dateline_place is not None and m.places[m.dateline_place].country == "COL"
    assert m.home_country == "COL"


def test_the_unqualified_post_is_of_the_accented_datelines_country(nlp):
    x = extract_text(nlp, "Bogotá, Mar 4 (EFE).-" + LEAD, PUBLISHED)
    assert ("Julián Ibáñez Suárez", "Defence Minister", "COL") in holdings(x)


def test_an_accented_word_without_a_date_after_it_is_no_dateline(nlp):
    m = article_mentions(nlp, "Política exterior y defensa\n\nDefence Minister Julián Ibáñez Suárez held talks with "
                         "his Peruvian counterpart, Walter Astudillo, on Monday.\n", PUBLISHED)
    assert m.dateline_place is None
