"""Places the probes of invented mini-articles missed: a base named after its town without "the" ("at
Rota naval base", "visited Rota naval base", "at Bodo air station"); a fronted "In the capital, she
held talks" after a journey to the country (the comma goes on with the clause, it names no city);
a town with a Spanish prefix the model reads as a person ("travelled to Punta Arenas ... met B
there"); "X was in Manila this week" placing X's later meetings there (not "was in Y last year").
Invented persons."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

A, B = "Spanish Defence Minister Lora Quintel", "US Admiral Dave Hollick"


def _place(nlp, text, pair=("Dave Hollick", "Lora Quintel")):
    x = extract_text(nlp, text)
    return place_name(x, meetings_by_participants(x)[pair])


def test_base_named_after_its_town_without_the(nlp):
    assert _place(nlp, f"{A} met {B} at Rota naval base on Monday.") == "Rota"
    assert _place(nlp, f"{A} visited Rota naval base on Monday, where she met {B}.") == "Rota"
    assert _place(nlp, f"{A} met {B} on March 9 at Bodo air station.") == "Bodo"


def test_a_nationality_before_a_base_is_no_town(nlp):
    assert _place(nlp, f"{A} met {B} at a Spanish naval base on Monday.") is None


def test_fronted_in_the_capital_after_a_journey(nlp):
    text = f"{A} travelled to Tanzania on Monday. In the capital, she held talks with {B}."
    assert _place(nlp, text) == "Dodoma"


def test_capital_apposed_city_still_names_it(nlp):
    text = f"{A} travelled to Tanzania on Monday. In the capital, Dodoma, she held talks with {B}."
    assert _place(nlp, text) == "Dodoma"


def test_punta_town_after_a_journey(nlp):
    assert _place(nlp, f"{A} travelled to Punta Arenas on Monday and met {B} there on Tuesday.") == "Punta Arenas"


def test_was_in_a_city_this_week(nlp):
    text = f"{A} was in Manila this week. On the final day of her visit, on Wednesday, she met {B}."
    assert _place(nlp, text) == "Manila"


def test_was_in_a_city_last_year_places_nothing_now(nlp):
    text = f"{A} was in Manila last year. On Wednesday, she met {B}."
    assert _place(nlp, text) is None
