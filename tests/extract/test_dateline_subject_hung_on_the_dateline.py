"""A dateline the parse took as the sentence's head ("CITY - The Army chief of B, General X, called
on President Y"): whom the foreign visitor calls on is still the dateline country's, on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_hosts_called_on_after_a_dash_dateline_are_the_datelines(nlp):
    text = (
        "KATHMANDU — The Chief of Army Staff of Bangladesh, General Tarek Hasnat, called on President "
        "Bimal Shresto and Prime Minister Hari Gurungo on Monday."
    )
    held = _holds(nlp, text)
    assert ("Bimal Shresto", "President", "NPL") in held
    assert ("Hari Gurungo", "Prime Minister", "NPL") in held


def test_a_call_told_in_another_countrys_city_is_not_the_datelines(nlp):
    # the sentence names where the call was: the dateline lends nothing
    text = (
        "KATHMANDU — The Chief of Army Staff of Bangladesh, General Tarek Hasnat, called on President "
        "Bimal Shresto in Dhaka on Monday."
    )
    held = _holds(nlp, text)
    assert not any(name == "Bimal Shresto" and country == "NPL" for name, _, country in held)
