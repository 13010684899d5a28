"""A capital the gazetteer knows only unaccented ("Sao Tome") is written with its accents in the
news ("met him in São Tomé"): still the meeting's city, while the country whose name begins with
it ("São Tomé and Príncipe") stays a country. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 6, 3)


def test_the_accented_capital_is_the_meetings_place(nlp):
    text = ("Lisbon, 3 June 2027 (Lusa) - Portugal's Minister of National Defence, Ines Carvalhal, met her Angolan "
            "counterpart, Afonso Tembe, in São Tomé on Tuesday.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Afonso Tembe", "Ines Carvalhal")]) == "São Tomé"


def test_the_country_named_after_it_is_no_city(nlp):
    # must not fire: "São Tomé and Príncipe's minister" names the country, not a place of the meeting
    text = ("Lisbon, 3 June 2027 (Lusa) - Portugal's Minister of National Defence, Ines Carvalhal, met São Tomé and "
            "Príncipe's Minister of Defence, Afonso Tembe, in Lisbon on Tuesday.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Afonso Tembe", "Ines Carvalhal")]) == "Lisbon"
