""""In <City> on Friday, A and B opened X and held talks": the fronted place hangs on the first verb
and is the talks' place too; a place fronted in a clause told as done does not go to a second verb
told as still to come. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 16)  # a Sunday
LEAD = "Defence Minister Arlo Tenmark has returned from a four-day visit to Corvania.\n\n"


def test_fronted_city_is_the_place_of_the_second_verb(nlp):
    x = extract_text(nlp, LEAD + "In Ostra on Friday, Mr Tenmark and Corvania's Minister for Home Affairs, Brisa "
                     "Holloway, opened the inaugural Defence Dialogue and held talks on maritime surveillance.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Arlo Tenmark", "Brisa Holloway")]
    assert talks.date is not None and talks.date.iso == "2025-03-14"
    assert talks.place is not None and x_place(x, talks.place) == "Ostra"


def test_fronted_city_of_a_done_clause_not_given_to_a_plan(nlp):
    x = extract_text(nlp, LEAD + "In Ostra on Friday, Mr Tenmark opened the inaugural Defence Dialogue and will hold "
                     "talks with Corvania's Minister for Home Affairs, Brisa Holloway, next month.\n", PUBLISHED)
    talks = meetings_by_participants(x).get(("Arlo Tenmark", "Brisa Holloway"))
    assert talks is None or talks.place is None or x_place(x, talks.place) != "Ostra"


def x_place(x, key):
    return next(p.name for p in x.places if p.key == key)
