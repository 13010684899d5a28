"""Who is a person of the graph: an airport named after someone, or a department ending a title, is
no person; a hyphened given name after a portfolio the lexicon lacks ends that portfolio and names
its holder. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 4, 14)


def test_an_international_airport_named_after_someone_is_no_person(nlp):
    text = ("SUVA: Defence Minister Ana Torres, who landed at Sir Ratu Lala International Airport on Monday, "
            "met Fiji's Prime Minister Tomasi Vuniwai in Suva.")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert not any("Airport" in name for name in names)
    assert {"Ana Torres", "Tomasi Vuniwai"} <= set(names)


def test_a_department_after_a_title_is_no_person(nlp):
    text = ("RAWALPINDI: The delegation included Major General Li Wenbo, Deputy Chief of the Joint Staff Department "
            "of the Central Military Commission, who met Pakistan's Defence Minister Imran Qadir on Monday.")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Department" not in names
    assert "Li Wenbo" in names


@pytest.mark.parametrize("opening, name, iso3", [
    ("Gabonese Minister of National Defence and Civil Protection", "Anne-Sophie Mbadinga", "GAB"),
    ("Congolese Minister of National Defence and Civic Service", "Anne-Marie Okemba", "COD"),
])
def test_a_hyphened_given_name_ends_an_unknown_portfolio(nlp, opening, name, iso3):
    text = f"LIBREVILLE: {opening} {name} hosted Chad's Defence Minister Idriss Mahamat in Libreville on Monday."
    x = extract_text(nlp, text, PUBLISHED)
    assert name in person_names(x)
    assert (name, f"{opening.split(' ', 1)[1]}", iso3) in holdings(x)


def test_a_hyphened_portfolio_word_is_no_name(nlp):
    text = ("BRUSSELS: The Minister of Trade and Euro-Atlantic Affairs said on Monday that Defence Minister Ana Torres "
            "would meet Peteris Kalnins in Riga.")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert not any("Atlantic" in name for name in names)
