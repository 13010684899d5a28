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


# Letters beyond Latin-1 ("İ", "ń", "Đ") and accented country names in brackets or after the town
def _dateline_of(nlp, opening: str):
    m = article_mentions(nlp, opening + " Defence Minister Ilkay Demirtaş held talks with his Maltese counterpart"
                         " Joseph Borg today.\n", date(2025, 3, 5))
    place = m.places[m.dateline_place] if m.dateline_place else None
    return (place.name, place.country) if place else None, m.dateline_end


def test_a_town_opening_with_a_dotted_capital_i_is_a_dateline(nlp):
    assert _dateline_of(nlp, "İzmir (Türkiye), Mar 4 (IANS)")[0] == ("İzmir", "TUR")


def test_a_bracketed_accented_country_and_its_date_end_the_dateline(nlp):
    place, end = _dateline_of(nlp, "Korhogo (Côte d'Ivoire), Mar 4 (IANS)")
    assert place == ("Korhogo", "CIV") and end > 6


def test_a_town_in_capitals_with_a_letter_beyond_latin1_and_its_country_after(nlp):
    assert _dateline_of(nlp, "ŁÓDŹ, Poland, 4 March (PAP) –")[0] == ("Łódź", "POL")


def test_an_accented_country_after_its_town_names_the_town(nlp):
    assert _dateline_of(nlp, "Bouaflé, Côte d'Ivoire, March 4 –")[0] == ("Bouaflé", "CIV")


def test_an_accented_capitalised_opening_without_a_date_is_no_dateline(nlp):
    assert _dateline_of(nlp, "Şimdi ve burada, bir söz.\n")[0] is None
