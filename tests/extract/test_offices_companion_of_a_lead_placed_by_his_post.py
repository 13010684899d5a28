"""A companion ("X was accompanied by his wife Y, President of the Z Association") is of the lead's
country also when that country is known only once the lead's own post is placed (the country the
agency tells the story from), not of the city the sentence names. On sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
LEAD = ("NAIROBI, Oct 7 (IANS) - Chief of the Army Staff General Manoj Verma on Wednesday called on Kenya's Defence "
        "Cabinet Secretary Aden Duale in Nairobi, as part of a four-day visit. India and Kenya agreed to expand training. ")


@pytest.mark.parametrize(
    "companion",
    [
        "General Verma was accompanied by his wife Anita Verma, President of the Army Wives Welfare Association, who visited a school in Nairobi.",
        "General Verma was accompanied by Anita Verma, President of the Army Wives Welfare Association, who toured a hospital in Nairobi.",
    ],
)
def test_a_companion_takes_the_country_of_the_leads_post(nlp, companion):
    held = holdings(extract_text(nlp, LEAD + companion, PUBLISHED))
    assert ("Manoj Verma", "Army Chief of Staff", "IND") in held or any(n == "Manoj Verma" and c == "IND" for n, _, c in held)
    assert any(name == "Anita Verma" and country == "IND" for name, _, country in held)
    assert not any(name == "Anita Verma" and country == "KEN" for name, _, country in held)


def test_one_met_in_the_city_is_no_companion(nlp):
    text = LEAD + "In Nairobi, General Verma also met Major General Peter Njoroge, Commander of the Kenya Army."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert any(name == "Peter Njoroge" and country == "KEN" for name, _, country in held)
