"""Regression tests for a second review of the office rules (2026-11-24): visitors with no named
destination, lists of sides, envoys' stations, past-post words, and where a journey starts. On
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    "middle",
    [
        "President Daniel Kiprono's visit was a success, officials in New Delhi said.",
        "The pacts signed during President Daniel Kiprono's visit were reviewed in New Delhi on Friday.",
    ],
)
def test_a_visit_naming_no_destination_told_in_a_home_city_is_the_visitors(nlp, middle):
    text = f"NEW DELHI: India and Kenya signed five agreements on Tuesday. {middle} India and Kenya are old friends."
    assert ("Daniel Kiprono", "President", "KEN") in _held(nlp, text)


def test_a_visit_that_names_another_destination_is_the_home_leaders(nlp):
    text = ("NEW DELHI: India and Kenya signed five agreements on Tuesday. The agreements will be reviewed in New Delhi "
            "after Prime Minister Narendra Modi's tour of Africa. India and Kenya are old friends.")
    assert ("Narendra Modi", "Prime Minister", "IND") in _held(nlp, text)


def test_a_country_word_of_a_listed_side_leaves_the_home_post(nlp):
    # only another side's city tells nothing of the post; a country word ("Kenyan troops") is no place
    text = "NEW DELHI: India and Kenya held talks on Monday, where Defence Minister Arvind Mehra spoke about Kenyan troops. India will train soldiers."
    assert ("Arvind Mehra", "Defence Minister", "IND") in _held(nlp, text)


def test_an_envoys_station_is_not_the_posts_country(nlp):
    station = "ACCRA: India's Defence Adviser at the High Commission in Ghana, Captain Rohan Mehta, met officials on Monday. Ghana and India agreed to train together."
    assert ("Rohan Mehta", "Defence Adviser", "GHA") not in _held(nlp, station)
    mission = "ACCRA: The Military Adviser at the Embassy of India in Accra, Colonel Rohan Mehta, met officials on Monday. Ghana and India agreed to train together."
    assert ("Rohan Mehta", "Military Adviser", "IND") in _held(nlp, mission)


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI: He met Pakistan's Ousted Army Chief General Tariq Khan in Lahore on Monday. Pakistan and India talked.",
        "TOKYO: Japan's Previous Defence Minister Taro Sato met reporters on Monday.",
        "TOKYO: Japan's former Acting Defence Minister Taro Sato met reporters on Monday.",
    ],
)
def test_a_past_post_word_before_a_title_makes_no_current_post(nlp, text):
    assert not any(name in ("Tariq Khan", "Taro Sato") for name, _, _ in _held(nlp, text))


def test_an_acting_post_is_held(nlp):
    assert ("Taro Sato", "Defence Minister", "JPN") in _held(nlp, "TOKYO: Japan's Acting Defence Minister Taro Sato met reporters on Monday.")


def test_where_a_journey_starts_is_not_where_it_goes(nlp):
    text = ("NEW DELHI: India and Kenya signed five agreements on Tuesday. Defence Minister Arvind Mehra's trip from New Delhi "
            "to Nairobi was a success. India and Kenya are old friends.")
    assert ("Arvind Mehra", "Defence Minister", "IND") in _held(nlp, text)
