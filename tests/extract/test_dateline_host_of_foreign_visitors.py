"""Whom a visitor calls on in the dateline's city is of that country, whatever the story's home, on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_whom_a_foreign_visitor_is_expected_to_call_on_is_the_datelines(nlp):
    text = (
        "SEOUL, May 4 (Reuters) - Australia's Defence Minister Mark Dalton and South Korea's Defence Minister "
        "Kim Dong-won agreed on Sunday to expand naval drills, citing China's growing reach. China protested. "
        "Dalton is expected to call on Prime Minister Han Min-soo on Thursday before travelling to Manila."
    )
    assert ("Han Min-soo", "Prime Minister", "KOR") in _holds(nlp, text)


def test_a_visitor_of_the_datelines_own_country_gives_no_host(nlp):
    # the visitor is from the dateline's country: whom he calls on abroad is not his country's
    text = (
        "SEOUL, May 4 (Reuters) - South Korea's Defence Minister Kim Dong-won will travel to Canberra next week, "
        "officials said. China protested. China has warned Seoul. Kim is expected to call on Prime Minister "
        "Anthony Reed in Canberra on Thursday."
    )
    assert ("Anthony Reed", "Prime Minister", "KOR") not in _holds(nlp, text)
