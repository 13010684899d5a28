""""the Fijian capital" with no dateline there: that country's capital, when the article names the city."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 10, 20)
LEAD = "Defence ministers from across the region have gathered in Suva for a meeting which Fiji is hosting this week.\n\n"


@pytest.mark.parametrize("told", [
    "Samoa's Defence Minister Tala Leota arrived in the Fijian capital on Sunday and held talks with Mr Inoke Vula on Monday.",
    "Samoa's Defence Minister Tala Leota held talks with Mr Inoke Vula in the Fijian capital on Monday.",
])
def test_the_capital_of_a_country_named_by_its_adjective_is_the_city_named_before(nlp, told):
    x = extract_text(nlp, LEAD + told + "\n", PUBLISHED)
    meeting = meetings_by_participants(x)[("Inoke Vula", "Tala Leota")]
    assert place_name(x, meeting) == "Suva"


def test_the_capital_of_another_country_is_not_the_city_named_before(nlp):
    told = "Samoa's Defence Minister Tala Leota held talks with Mr Inoke Vula in the Tongan capital on Monday."
    x = extract_text(nlp, LEAD + told + "\n", PUBLISHED)
    meeting = meetings_by_participants(x)[("Inoke Vula", "Tala Leota")]
    assert place_name(x, meeting) != "Suva"


def test_an_arrival_told_with_a_day_before_the_meeting_is_background_not_a_new_place(nlp):
    text = (
        "Samoa's Defence Minister Tala Leota held talks with Fiji's Defence Minister Inoke Vula in Lautoka on Friday.\n\n"
        "Leota, who arrived in the Fijian capital Suva on Wednesday on a four-day visit, toured a training school.\n\n"
        "\"Minister Tala Leota held talks with Minister Inoke Vula on training,\" the ministry posted on X.\n"
    )
    x = extract_text(nlp, text, date(2026, 10, 25))
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lautoka"
