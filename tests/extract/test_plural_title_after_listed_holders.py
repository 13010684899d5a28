"""A plural title set in apposition after a list of people with their countries ("Peru's A and
Chile's B, the two army chiefs,") is each one's post, of the country written with them; a plural
title read off its words even when the parser takes it for a verb ("Army chiefs A of X and B of Y")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_possessive_countries_then_plural_title(nlp):
    x = extract_text(nlp, "Peru's Carlos Mena and Chile's Paulo Diaz, the two army chiefs, met in Lima on Monday.")
    assert {("Carlos Mena", "Army Chief", "PER"), ("Paulo Diaz", "Army Chief", "CHL")} <= holdings(x)


def test_of_countries_then_plural_title(nlp):
    x = extract_text(nlp, "Carlos Mena of Peru, Paulo Diaz of Chile and Luis Arce of Bolivia, the defence ministers of "
                          "the three countries, met in Lima on Monday.")
    assert {("Carlos Mena", "Defence Minister", "PER"), ("Paulo Diaz", "Defence Minister", "CHL"),
            ("Luis Arce", "Defence Minister", "BOL")} <= holdings(x)


def test_plural_title_parsed_as_verb(nlp):
    x = extract_text(nlp, "Army chiefs Carlos Mena of Peru and Paulo Diaz of Chile met in Lima on Monday.")
    assert ("Carlos Mena", "Army Chief", "PER") in holdings(x)


def test_plural_title_after_one_name_is_not_apposition_to_a_list(nlp):
    x = extract_text(nlp, "Peru's Carlos Mena hosted visitors, the defence ministers, in Lima on Monday.")
    assert not any(person == "Carlos Mena" for person, _, _ in holdings(x))
