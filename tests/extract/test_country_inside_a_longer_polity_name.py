""""the Turkish Republic of Northern Cyprus", "the Republic of Northern X": a country's name inside a
longer name of another polity (a nationality before "Republic of", a compass word before the country)
is not that country, nor is the nationality; "the Republic of Cyprus" still is Cyprus (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples

LEAD = "Ministers of the Council of Brenvic States (CBS) met in Lima on Friday. "


def test_a_nationality_republic_of_a_compass_country_is_neither(nlp):
    x = extract_text(nlp, LEAD + "Peru, Chile and Bolivia founded the Council of Brenvic States in 2004. Ghana, "
                                 "Kenya and the Turkish Republic of Northern Cyprus hold observer status.")
    got = membership_triples(x)
    assert {("GHA", "Council of Brenvic States", "observer"), ("KEN", "Council of Brenvic States", "observer")} <= got, got
    assert not {t for t in got if t[0] in ("CYP", "TUR")}, got


def test_a_republic_of_a_compass_country_is_another_polity(nlp):
    x = extract_text(nlp, LEAD + "Peru, Chile and Bolivia founded the Council of Brenvic States in 2004. Ghana "
                                 "and the Republic of Northern Cyprus hold observer status.")
    got = membership_triples(x)
    assert ("GHA", "Council of Brenvic States", "observer") in got, got
    assert not {t for t in got if t[0] == "CYP"}, got


def test_the_republic_of_a_country_is_that_country(nlp):
    x = extract_text(nlp, LEAD + "Peru, Chile and Bolivia founded the Council of Brenvic States in 2004. Ghana "
                                 "and the Republic of Cyprus hold observer status.")
    got = membership_triples(x)
    assert {("GHA", "Council of Brenvic States", "observer"), ("CYP", "Council of Brenvic States", "observer")} <= got, got
