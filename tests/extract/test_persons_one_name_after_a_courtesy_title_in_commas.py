"""One name set off by commas after a title is a person's when a courtesy title or rank leads it
("Tonga's Minister of Defence, Lord Tupou, ..."); a peer known by one name is also named with his
peerage ("Lord Tupou"). One capitalised word alone in commas is no name. On sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
TAIL = " Tonga and Chile agreed to train together, and Tonga will host the next round."


@pytest.mark.parametrize(
    "text",
    [
        "NUKUALOFA: The meeting was hosted by Tonga's Minister of Defence, Lord Tupou, from Thursday to Friday.",
        "NUKUALOFA: Tonga's Minister of Defence, Lord Tupou, hosted the meeting on Friday.",
        "NUKUALOFA: The talks were opened by the Minister of Defence, Lord Tupou, on Friday.",
    ],
)
def test_one_name_after_a_peerage_in_commas_is_the_titles_holder(nlp, text):
    x = extract_text(nlp, text + TAIL, PUBLISHED)
    assert ("Tupou", "Defence Minister", "TON") in holdings(x)
    (person,) = [p for p in x.persons if p.name == "Tupou"]
    assert "Lord Tupou" in person.aliases


def test_one_plain_word_in_commas_is_no_holder(nlp):
    x = extract_text(nlp, "NUKUALOFA: Tonga's Minister of Defence, however, hosted the meeting on Friday." + TAIL, PUBLISHED)
    assert not any(name == "However" for name, _, _ in holdings(x))


@pytest.mark.parametrize("title", ["First Sea Lord", "Second Sea Lord"])
def test_a_title_ending_in_a_peerage_word_gives_no_peerage_name(nlp, title):
    x = extract_text(nlp, f"PORTSMOUTH: {title} Marsh met Admiral Ito Kenji on Monday. Britain and Japan agreed to train together.", PUBLISHED)
    assert not any("Lord Marsh" in p.aliases for p in x.persons)
