"""Whose side a delegation leader is on, and titles with a rank word ("First Deputy Prime Minister"),
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_the_side_named_before_led_by_and_the_other_delegation_each_keep_their_leader(nlp):
    text = (
        "Later, talks were held between the Chilean side, led by Rosa Morales Vega, Minister of State for "
        "Defence Affairs, and the Peruvian delegation, headed by Luis Salazar Prado, Deputy Defence Minister. "
        "Chile and Peru agreed to train together."
    )
    held = _holds(nlp, text)
    assert ("Rosa Morales Vega", "Minister of State for Defence Affairs", "CHL") in held
    assert ("Luis Salazar Prado", "Deputy Defence Minister", "PER") in held


def test_a_country_in_what_the_leader_leads_after_the_verb_still_counts(nlp):
    # the side is the verb's object: its country comes after the verb
    text = (
        "Defence Secretary Tomas Herrera, leading the Chilean delegation, called on Peru's Foreign Minister "
        "Ana Costa in Lima. Peru and Chile agreed to train together. Peru will host the next round."
    )
    assert ("Tomas Herrera", "Defence Secretary", "CHL") in _holds(nlp, text)


def test_first_deputy_prime_minister_is_one_post(nlp):
    text = "Kim met Ukraine's First Deputy Prime Minister and Minister of Defence Oleh Marchenko in Kyiv."
    held = _holds(nlp, text)
    assert ("Oleh Marchenko", "First Deputy Prime Minister", "UKR") in held
    assert ("Oleh Marchenko", "Deputy Prime Minister", "UKR") not in held
