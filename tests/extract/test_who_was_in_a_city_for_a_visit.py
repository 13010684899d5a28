""""X, who was in Z for a two-day visit, met Y on Monday" ("X, in Z for talks, met Y"): the aside puts X
in Z, where the meeting is, not the dateline's city; an old stay ("who was in Z last year", "in Z for
a visit in 2019") does not. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text

PUBLISHED = date(2026, 3, 12)
PAIR = "met Canadian Defence Minister Mireille Fontanel on Monday."


def _place(x):
    places = {p.key: p.name for p in x.places}
    assert len(x.meetings) == 1
    return places.get(x.meetings[0].place)


@pytest.mark.parametrize("aside", ["who was in Ottawa for a two-day visit", "who is in Ottawa for talks",
                                   "in Ottawa for a two-day visit"])
def test_in_a_city_for_a_visit(nlp, aside):
    x = extract_text(nlp, f"OSLO, March 10 - Norwegian Defence Minister Torleif Brekkevold, {aside}, {PAIR}", PUBLISHED)
    assert _place(x) == "Ottawa"


@pytest.mark.parametrize("aside", ["who was in Ottawa last year", "who was in Ottawa for a visit in 2019"])
def test_an_old_stay(nlp, aside):
    x = extract_text(nlp, f"OSLO, March 10 - Norwegian Defence Minister Torleif Brekkevold, {aside}, {PAIR}", PUBLISHED)
    assert _place(x) == "Oslo"
