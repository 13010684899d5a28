"""Exercises named without the word "Exercise": a name set off before "a ... drill" or "their ...
exercise", and a name (with its edition's year) before "war games"; not a day set off before an
exercise-like description, nor "war games" after a day."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document

PUBLISHED = date(2026, 3, 12)


def _exercises(nlp, text: str) -> dict[str, list[str]]:
    x = extract_document(Document("d0", text, PUBLISHED), nlp)
    return {f.name: f.countries for f in x.frameworks if f.kind == "Exercise"}


def test_a_name_set_off_before_a_described_drill(nlp):
    got = _exercises(nlp, "The Chilean Navy will host Grey Heron-29, a biennial naval drill with Peru and Ecuador, in May.")
    assert got == {"Grey Heron-29": ["CHL", "PER", "ECU"]}


def test_a_name_set_off_before_their_exercise(nlp):
    got = _exercises(nlp, "The navies of Ghana and Togo will hold the next round of Lagoon Sentry, their annual bilateral exercise, "
                          "off Lome in November.")
    assert set(got) == {"Lagoon Sentry"}


def test_a_name_with_its_year_before_war_games(nlp):
    assert set(_exercises(nlp, "Morocco and Senegal will stage Sahel Lantern 2027 war games near Dakhla next month.")) == {"Sahel Lantern 2027"}
    assert set(_exercises(nlp, "Morocco and Senegal will stage the Sahel Lantern war games near Dakhla next month.")) == {"Sahel Lantern"}


def test_no_name_from_a_day_or_a_plain_drill(nlp):
    assert _exercises(nlp, "Chile and Peru held talks on Monday, their annual exercise in diplomacy.") == {}
    assert _exercises(nlp, "The Chilean Navy took part in a drill with Peru in May, the first such drill.") == {}
    assert _exercises(nlp, "Troops from Chile and Peru held a drill in May. Officials said the Monday war games went well.") == {}
