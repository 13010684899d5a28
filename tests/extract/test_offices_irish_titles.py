"""Ireland's head of government and deputy named in Irish ("Taoiseach", "Tánaiste", also without
the accent): posts that are Ireland's wherever the article is written; on sentences written for
these tests."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, holdings


@pytest.mark.parametrize("written", ["Tanaiste", "Tánaiste"])
def test_the_deputy_named_in_irish_holds_an_irish_post(nlp, written):
    x = extract_text(nlp, f"{written} Niamh Byrne met Norwegian Defence Minister Lars Dahl in Oslo on Monday.")
    assert ("Niamh Byrne", "Tánaiste", "IRL") in holdings(x)


def test_the_head_of_government_named_in_irish_holds_an_irish_post(nlp):
    x = extract_text(nlp, "Taoiseach Conor Walsh received Norwegian Defence Minister Lars Dahl in Dublin on Monday.")
    assert ("Conor Walsh", "Taoiseach", "IRL") in holdings(x)


def test_a_deputy_prime_minister_of_another_country_keeps_the_english_title(nlp):
    x = extract_text(nlp, "Norwegian Deputy Prime Minister Lars Dahl met Tanaiste Niamh Byrne in Oslo on Monday.")
    assert ("Lars Dahl", "Deputy Prime Minister", "NOR") in holdings(x)


def test_a_prime_minister_is_no_post_of_ireland_alone(nlp):
    x = extract_text(nlp, "Taoiseach Conor Walsh met Prime Minister Lars Dahl in Oslo on Monday. Norway and Ireland signed a pact.")
    assert not any(person == "Lars Dahl" and country == "IRL" for person, _, country in holdings(x))
