"""A plural title "of" a list of countries, then as many names ("The Defence Ministers of A, B and
C, X, Y and Z"): each name holds the title of the country in the same place (respectively)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, meeting_pairs


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


def test_title_written_head_first_with_from_and_ranked_names(nlp):
    # "Chiefs of Staff": the head word first; "from" instead of "of"; a rank opens each name
    x = extract_text(nlp, "The Chiefs of Staff from Senegal and Gambia, Lt Gen Mamadou Diallo and Maj Gen Lamin Jobe, "
                          "held talks in Dakar on Monday.")
    assert {("Mamadou Diallo", "Chief of Staff", "SEN"), ("Lamin Jobe", "Chief of Staff", "GMB")} <= holdings(x)
    assert meeting_pairs(x) == {("Lamin Jobe", "Mamadou Diallo")}


def test_names_the_model_misses_are_persons_and_meet(nlp):
    x = extract_text(nlp, "The foreign ministers from Norway and Finland, Odd Haugland and Elina Vartiainen, met in Oslo "
                          "on Wednesday.")
    assert {("Odd Haugland", "Foreign Affairs Minister", "NOR"), ("Elina Vartiainen", "Foreign Affairs Minister", "FIN")} <= holdings(x)
    assert meeting_pairs(x) == {("Elina Vartiainen", "Odd Haugland")}


def test_countries_written_before_the_plural_title(nlp):
    x = extract_text(nlp, "The Kenyan and Ugandan army chiefs, Gen Peter Njoroge and Gen Moses Okello, met in Kampala on Monday.")
    assert {("Peter Njoroge", "Army Chief", "KEN"), ("Moses Okello", "Army Chief", "UGA")} <= holdings(x)


def test_fewer_names_than_countries_are_not_paired(nlp):
    x = extract_text(nlp, "The army chiefs of Kenya, Uganda and Tanzania, Gen Peter Njoroge and Gen Moses Okello, met "
                          "in Kampala on Monday.")
    assert not {h for h in holdings(x) if h[1] == "Army Chief"}
