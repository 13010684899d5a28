"""A relative clause saying what a person is names a second post of theirs: "X, who also holds the
portfolio of Minister for Defence", "X, who doubles as Foreign Minister", "X, who currently serves
as Y", as "X, who is also Y" does; a post the clause says was held ("who held the post of",
"who served as") is not held. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings, offices_held

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


def test_a_post_held_since_a_year_is_held_and_outranks_the_counterparts_post(nlp):
    # "who has served as <title> since <year>": held to this day; the holder's own post, not the one
    # "his counterpart" would copy from the visitor
    text = ("Kenyan Defence Secretary Peter Otieno met his Ugandan counterpart, Gen. Vincent Ssekandi, in Kampala on Monday."
            " Ssekandi, who has served as Uganda's minister of defence since 2021, said ties were strong.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Vincent Ssekandi", "Defence Minister", "UGA") in held
    assert ("Vincent Ssekandi", "Defence Secretary", "UGA") not in held


def test_a_post_served_in_before_without_since_is_not_held(nlp):
    text = ("Kenyan Defence Secretary Peter Otieno met his Ugandan counterpart, Gen. Vincent Ssekandi, in Kampala on Monday."
            " Ssekandi, who has served as Uganda's minister of defence in the past, said ties were strong.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Vincent Ssekandi", "Defence Minister", "UGA") not in held


def test_a_post_written_in_lower_case_american_spelling_keeps_that_spelling(nlp):
    # "minister of national defense": the post is also the "National Defense Minister", as written
    text = ("Kenyan Defense Secretary Peter Otieno met his Ugandan counterpart, Gen. Vincent Ssekandi, in Kampala on Monday."
            " Ssekandi, who has served as Uganda's minister of national defense since 2021, said ties were strong.")
    office = offices_held(extract_text(nlp, text, PUBLISHED))["Vincent Ssekandi"]
    assert "National Defense Minister" in office.aliases
    assert "National Defence Minister" in office.aliases
