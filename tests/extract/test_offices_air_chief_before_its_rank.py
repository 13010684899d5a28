""""Ruritanian Air Chief Air Chief Marshal X": news's short "Air Chief" is the air force's chief, even
before a rank repeating its words; the rank "Air Chief Marshal" alone names no post. Articles written
for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def _posts(nlp, sentence: str) -> set:
    return holdings(extract_text(nlp, sentence + "\n", PUBLISHED))


def test_air_chief_before_the_rank_repeating_its_words(nlp):
    held = _posts(nlp, "Bangladeshi Air Chief Air Chief Marshal Tanvir Haroon met Thai officials in Bangkok on Monday.")
    assert ("Tanvir Haroon", "Air Force Chief", "BGD") in held


def test_air_chief_in_commas_before_the_rank(nlp):
    held = _posts(nlp, "Bangladeshi Air Chief, Air Chief Marshal Tanvir Haroon, met Thai officials in Bangkok on Monday.")
    assert ("Tanvir Haroon", "Air Force Chief", "BGD") in held


def test_the_rank_alone_names_no_post(nlp):
    # must not fire: "Air Chief Marshal" is a rank, not the "Air Chief" post
    held = _posts(nlp, "Air Chief Marshal Tanvir Haroon met Thai officials in Bangkok on Monday.")
    assert not any(h[0] == "Tanvir Haroon" for h in held)


def test_the_rank_before_a_knighthood_names_no_post(nlp):
    # must not fire: "Air Chief Marshal Sir X" is a rank and a courtesy title
    held = _posts(nlp, "Air Chief Marshal Sir Tanvir Haroon met Thai officials in Bangkok on Monday.")
    assert not any(h[0] == "Tanvir Haroon" for h in held)
