""""Secretary of the Navy X visited <country>": the civilian secretary of an armed service is a United
States post, as the story need not say; a country the context tells still wins ("Mexico's secretary
of the navy"). Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_navy_secretary_with_no_country_named(nlp):
    held = holdings(extract_text(nlp, "Secretary of the Navy Dorian Kessel visited Norway on Tuesday. Kessel met Norwegian "
                                      "Defence Minister Eirik Mostad in Oslo.\n", PUBLISHED))
    assert ("Dorian Kessel", "Secretary of the Navy", "USA") in held


def test_air_force_secretary_meeting_a_minister_abroad(nlp):
    held = holdings(extract_text(nlp, "Secretary of the Air Force Mara Lindqvel met Latvian Defence Minister Janis Orbs "
                                      "in Riga on Monday.\n", PUBLISHED))
    assert ("Mara Lindqvel", "Secretary of the Air Force", "USA") in held


def test_a_country_told_by_the_context_wins(nlp):
    # must not fire: the navy secretary of the country the sentence names is that country's
    held = holdings(extract_text(nlp, "Mexican Secretary of the Navy Admiral Rafael Torvano met Chilean Defence Minister "
                                      "Ines Corvalde in Santiago on Monday.\n", PUBLISHED))
    assert ("Rafael Torvano", "Secretary of the Navy", "MEX") in held
    assert not any(h[0] == "Rafael Torvano" and h[2] == "USA" for h in held)


def test_secretary_of_defense_in_its_american_spelling(nlp):
    held = holdings(extract_text(nlp, "Secretary of Defense Colm Haverty visited Norway on Tuesday. Haverty met Norwegian "
                                      "Defence Minister Eirik Mostad in Oslo.\n", PUBLISHED))
    assert ("Colm Haverty", "Secretary of Defence", "USA") in held
