"""A meeting that is the purpose of a journey to a country ("will visit Peru next year for talks
with X", "will travel to Peru ...") is in that country, not where the traveller met X before; a
copula telling where someone is to be ("is due in Quito on Monday for talks", "will be in Quito
next week for talks") carries the talks' day, place and status as a verb would."""

from __future__ import annotations

from extract_helpers import extract_text, place_name

LEAD = ("WARSAW, March 11 - Polish Defence Minister Tomasz Nowicki held talks with his Peruvian counterpart "
        "Carlos Vargas in Krakow on Tuesday. ")


def _planned(x):
    return [mt for mt in x.meetings if mt.status == "planned"]


def test_visit_to_a_country_for_talks_takes_no_earlier_city(nlp):
    x = extract_text(nlp, LEAD + "Nowicki will visit Peru next year for talks with Vargas.")
    planned = _planned(x)
    assert len(planned) == 1 and planned[0].place is None


def test_travel_to_a_country_for_talks_takes_no_earlier_city(nlp):
    x = extract_text(nlp, LEAD + "Nowicki will travel to Peru next year for talks with Vargas.")
    planned = _planned(x)
    assert len(planned) == 1 and planned[0].place is None


def test_travel_to_a_city_keeps_that_city(nlp):
    # must not fire: a journey to a city names the place itself
    x = extract_text(nlp, LEAD + "Nowicki will travel to Lima next week for talks with Vargas.")
    planned = _planned(x)
    assert len(planned) == 1 and place_name(x, planned[0]) == "Lima"


def test_due_in_a_city_on_a_weekday_for_talks(nlp):
    from datetime import date
    text = "Ecuadorian Defence Minister Ana Torres is due in Lima on Monday for talks with Peruvian Defence Minister Carlos Vargas."
    x = extract_text(nlp, text, date(2025, 3, 12))
    planned = _planned(x)
    assert len(planned) == 1 and place_name(x, planned[0]) == "Lima" and planned[0].date.iso == "2025-03-17"


def test_will_be_in_a_city_for_talks_is_planned(nlp):
    text = "QUITO, March 12 - Ecuadorian Defence Minister Ana Torres will be in Lima next month for talks with Peruvian Defence Minister Carlos Vargas."
    x = extract_text(nlp, text)
    assert len(x.meetings) == 1 and x.meetings[0].status == "planned" and place_name(x, x.meetings[0]) == "Lima"


def test_is_in_a_city_for_talks_is_held(nlp):
    # must not fire as planned: the present copula tells a stay now
    text = "QUITO, March 12 - Ecuadorian Defence Minister Ana Torres is in Lima for talks with Peruvian Defence Minister Carlos Vargas."
    x = extract_text(nlp, text)
    assert len(x.meetings) == 1 and x.meetings[0].status == "held"
