""""US Treasury Secretary X" / "Secretary of the Treasury X" is an office; "Union <portfolio> Minister
X" is a minister of India's Union government, whatever city the story is in."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


@pytest.mark.parametrize("title", ["US Treasury Secretary", "US Secretary of the Treasury"])
def test_treasury_secretary_is_an_office(nlp, title):
    x = extract_text(nlp, f"Finance Minister Meera Iyer met {title} John Carter in Washington on Monday.", PUBLISHED)
    assert ("John Carter", "Secretary of the Treasury", "USA") in holdings(x)


@pytest.mark.parametrize("text", [
    "Smt. Meera Iyer, Union Finance Minister, met Mr. John Carter, US Treasury Secretary, in Washington on Monday.",
    "Union Finance Minister Meera Iyer met US Secretary of the Treasury John Carter in Washington on Monday.",
])
def test_union_portfolio_minister_is_india_s(nlp, text):
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Meera Iyer", "Finance Minister", "IND") in held
    assert ("John Carter", "Secretary of the Treasury", "USA") in held


def test_union_home_minister_abroad(nlp):
    x = extract_text(nlp, "Union Home Minister Meera Iyer met British Home Secretary John Carter in London on Monday.",
                     PUBLISHED)
    assert ("Meera Iyer", "Home Affairs Minister", "IND") in holdings(x)


def test_union_minister_for_a_portfolio_is_not_read_as_india_s(nlp):
    # must not fire: "Union Minister for <portfolio>" is also the form of another country's posts
    x = extract_text(nlp, "Myanmar's Union Minister for Defence Aung Kyaw met Thai Defence Minister Somchai Wong "
                          "in Bangkok on Monday.", PUBLISHED)
    assert not any(country == "IND" for _, _, country in holdings(x))


@pytest.mark.parametrize("text, title", [
    ("Raksha Mantri Shri Arvind Menon held a bilateral meeting with General Tran Van Long in Hanoi on Monday.",
     "Defence Minister"),
    ("Raksha Rajya Mantri Shri Arvind Menon arrived in Hanoi on Monday.", "Minister of State for Defence"),
])
def test_a_post_named_in_hindi_is_india_s(nlp, text, title):
    # India is never named: the Hindi title alone tells whose post it is
    assert ("Arvind Menon", title, "IND") in holdings(extract_text(nlp, text, PUBLISHED))


def test_an_english_title_in_the_same_story_gets_no_country_from_the_form(nlp):
    # must not fire: "Defence Minister" is every country's title
    x = extract_text(nlp, "Defence Minister Arvind Menon arrived in Hanoi on Monday.", PUBLISHED)
    assert not any(country == "IND" for _, _, country in holdings(x))
