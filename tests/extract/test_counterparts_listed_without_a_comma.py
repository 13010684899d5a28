"""Counterparts whose names follow the plural with no comma ("her Moldovan and Latvian counterparts
X and Y"): every listed name is a person holding the post in its own country, paired in order, as
with the comma; on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2027, 2, 8)


def test_counterparts_listed_without_a_comma(nlp):
    text = ("TALLINN: Estonian Defence Minister Marta Velkova hosted her Moldovan and Latvian counterparts Tomas Riedel "
            "and Anders Holmqvist on Monday. Riedel said the talks went well.\n")
    x = extract_text(nlp, text, PUBLISHED)
    held = holdings(x)
    assert ("Tomas Riedel", "Defence Minister", "MDA") in held
    assert ("Anders Holmqvist", "Defence Minister", "LVA") in held
    assert ("Marta Velkova", "Defence Minister", "EST") in held


def test_more_countries_than_names_pairs_none(nlp):
    # three countries, two names: no pairing in order, so the second name gets no country's post
    text = ("TALLINN: Estonian Defence Minister Marta Velkova hosted her Moldovan, Latvian and Polish counterparts "
            "Tomas Riedel and Anders Holmqvist on Monday.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(name == "Anders Holmqvist" and country == "LVA" for name, _, country in holdings(x))
    assert "Marta Velkova" in person_names(x)
