"""Offices: hyphened head words of head-first titles, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

from diplokg.mentions import written_word_order

PUBLISHED = date(2025, 6, 4)


def _extract(nlp, text):
    return extract_text(nlp, text, PUBLISHED)


def test_a_hyphened_head_word_stays_whole_after_the_portfolio():
    assert written_word_order("Vice-Minister of National Defence") == "National Defence Vice-Minister"
    assert written_word_order("Vice-Minister of Defence") == "Defence Vice-Minister"
    assert written_word_order("Deputy-Minister of Foreign Affairs") == "Foreign Affairs Deputy-Minister"
    assert written_word_order("Vice-Minister of Defense for Policy") == "Defense Vice-Minister for Policy"
    # written apart, the modifier still goes first
    assert written_word_order("Vice Minister of National Defence") == "Vice National Defence Minister"
    assert written_word_order("Vice-Chief of the Army Staff") is None


def test_a_hyphened_vice_minister_is_named_in_the_usual_order(nlp):
    text = "The minister will meet Estonian Vice-Minister of National Defence Peeter Kask in Tallinn next week."
    x = _extract(nlp, text)
    offices = {o.title: o for o in x.offices}
    assert any("National Defence Vice-Minister" in o.aliases or o.title == "National Defence Vice-Minister" for o in offices.values())

