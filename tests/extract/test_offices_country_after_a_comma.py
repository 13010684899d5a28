"""A country written after a holder's name and a comma is the holder's only when it ends the
phrase ("X, Maldives, and Y, Sri Lanka"); one that opens the next item of a list ("X, U.S.
Secretary of War Y and ...") is the next holder's. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN: Defence Minister Karl Weber, U.S. Secretary of War Pete Hegseth and Polish Defence Minister Jan Nowak "
        "met in Berlin on Monday, the German ministry said. Germany hosted the talks.",
        "BERLIN: Defence Minister Karl Weber, Polish Defence Minister Jan Nowak and Czech Defence Minister Petr Novak "
        "met in Berlin on Monday, the German ministry said. Germany hosted the talks.",
        "BERLIN: Defence Minister Karl Weber, Poland's Defence Minister Jan Nowak and Czech Defence Minister Petr Novak "
        "met in Berlin on Monday, the German ministry said. Germany hosted the talks.",
    ],
)
def test_a_country_opening_the_next_list_item_is_not_the_name_befores(nlp, text):
    held = _held(nlp, text)
    assert ("Karl Weber", "Defence Minister", "DEU") in held
    assert not any(name == "Karl Weber" and country != "DEU" for name, _, country in held)


def test_a_country_closing_the_phrase_after_a_comma_is_the_holders(nlp):
    text = ("NEW DELHI: The meeting was attended by Defence Minister Amina Rasheed, Maldives, and Defence Minister "
            "Ravi Perera, Sri Lanka. India hosted it on Monday.")
    held = _held(nlp, text)
    assert ("Amina Rasheed", "Defence Minister", "MDV") in held
    assert ("Ravi Perera", "Defence Minister", "LKA") in held


@pytest.mark.parametrize("body", ["Ghana High Commission", "Ghana Armed Forces"])
def test_a_country_opening_the_body_the_holder_works_at_is_the_holders(nlp, body):
    text = (f"NEW DELHI: The course was opened by Defence Attache Kofi Mensah, {body}, on Monday. "
            "The Indian Army will train 40 officers.")
    held = _held(nlp, text)
    assert ("Kofi Mensah", "Defence Attache", "GHA") in held


def test_a_country_opening_a_group_after_a_comma_is_the_groups(nlp):
    text = ("BERLIN: Defence Minister Karl Weber, Polish officials and Czech Defence Minister Petr Novak "
            "met in Berlin on Monday, the German ministry said. Germany hosted the talks.")
    held = _held(nlp, text)
    assert not any(name == "Karl Weber" and country == "POL" for name, _, country in held)
