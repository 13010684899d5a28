"""A plural title "of" a list of countries, then as many names ("The Defence Ministers of A, B and
C, X, Y and Z"): each name holds the title of the country in the same place (respectively)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_names_after_a_plural_title_of_countries_hold_it_respectively(nlp):
    x = extract_text(nlp, "The Defence Ministers of Peru, Chile and Bolivia, Jorge Valdivia, Rosa Vidal and Luis Mamani, "
                          "met in Lima on Monday.")
    assert {("Jorge Valdivia", "Defence Minister", "PER"), ("Rosa Vidal", "Defence Minister", "CHL"),
            ("Luis Mamani", "Defence Minister", "BOL")} <= holdings(x)


def test_lower_case_plural_title_of_two_countries(nlp):
    x = extract_text(nlp, "The defence ministers of Peru and Chile, Jorge Valdivia and Rosa Vidal, met in Lima on Monday.")
    assert {("Jorge Valdivia", "Defence Minister", "PER"), ("Rosa Vidal", "Defence Minister", "CHL")} <= holdings(x)


def test_names_in_another_sentence_are_not_paired(nlp):
    x = extract_text(nlp, "The Foreign Ministers of Peru and Chile met in Lima on Monday. Jorge Valdivia and Rosa Vidal "
                          "signed a pact.")
    assert holdings(x) == set()
