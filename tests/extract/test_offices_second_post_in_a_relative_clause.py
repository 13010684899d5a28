"""A relative clause saying what a person is names a second post of theirs: "X, who also holds the
portfolio of Minister for Defence", "X, who doubles as Foreign Minister", "X, who currently serves
as Y", as "X, who is also Y" does; a post the clause says was held ("who held the post of",
"who served as") is not held. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
TAIL = " Tonga and Chile agreed to train together, and Tonga will host the next round."


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text + TAIL, PUBLISHED))


@pytest.mark.parametrize(
    "text, title",
    [
        ("NUKUALOFA: Ms Torres was received by Tonga's Prime Minister Lord Tupou, who also holds the portfolio of Minister for Defence.", "Defence Minister"),
        ("NUKUALOFA: Ms Torres was received by Prime Minister Sione Tupou, who doubles as Foreign Minister.", "Foreign Affairs Minister"),
        ("NUKUALOFA: Ms Torres was received by Prime Minister Sione Tupou, who currently serves as Defence Minister, on Monday.", "Defence Minister"),
        ("NUKUALOFA: Ms Torres met Prime Minister Sione Tupou, who also holds the post of Defence Minister, on Monday.", "Defence Minister"),
        # the portfolio alone: its minister's post
        ("NUKUALOFA: Ms Torres met Prime Minister Sione Tupou, who also holds the defence portfolio, on Monday.", "Defence Minister"),
        ("NUKUALOFA: Ms Torres was received by Prime Minister Sione Tupou, who holds the foreign affairs portfolio.", "Foreign Affairs Minister"),
    ],
)
def test_a_relative_clause_names_a_second_post(nlp, text, title):
    held = _held(nlp, text)
    assert any(t == "Prime Minister" and country == "TON" for _, t, country in held)
    assert any(name.endswith("Tupou") and t == title and country == "TON" for name, t, country in held)


@pytest.mark.parametrize(
    "text",
    [
        "NUKUALOFA: Ms Torres met Prime Minister Sione Tupou, who held the post of Defence Minister in 2010.",
        "NUKUALOFA: Ms Torres met Prime Minister Sione Tupou, who served as Defence Minister in 2010.",
        "NUKUALOFA: Ms Torres met Prime Minister Sione Tupou, who held the defence portfolio until 2010.",
        "NUKUALOFA: The defence portfolio went to Sione Tupou, who met Ms Torres on Monday.",
        # a head of state's portfolio is a remark on the presidency
        "NUKUALOFA: Ms Torres met President Sione Tupou, who also holds the defence portfolio, on Monday.",
    ],
)
def test_a_post_the_clause_says_was_held_is_not_held(nlp, text):
    assert not any(t == "Defence Minister" for _, t, _ in _held(nlp, text))
