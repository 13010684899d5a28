""""X is scheduled to call on A at B in <city> on Tuesday. The same day, X's compatriot C and the
host's D will co-chair ...": a meeting of the visit still to come, on the day of the visitor's
meeting just told, is where that one is; not one of another day (the visitor may have moved on).
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 22)  # a Monday
TEXT = ("The Minister of Defence of Brazil, Dr Arvid Velmar, will pay an official visit to Kenya from March 23-26, 2027, "
        "at the invitation of Kenyan Defence Cabinet Secretary Ravi Mehtani.\n\n"
        "On arrival on Tuesday, Dr Velmar is scheduled to call on the Chief of Defence Forces, Gen Oduya Kamari, at Ulinzi "
        "House in Nairobi. {day}, Principal Secretary Dorin Wekesa and the Secretary General of the Brazilian Ministry of "
        "Defence, Ms Clara Ruvento, will co-chair the 3rd meeting of the Kenya-Brazil Joint Working Group on Defence "
        "Cooperation.\n")


def _co_chaired(nlp, day: str):
    x = extract_text(nlp, TEXT.format(day=day), PUBLISHED)
    return x, meetings_by_participants(x)[("Clara Ruvento", "Dorin Wekesa")]


def test_same_day_meeting_to_come_is_where_the_visitors_is(nlp):
    x, mt = _co_chaired(nlp, "The same day")
    assert mt.status == "planned" and mt.date.iso == "2027-03-23"
    assert place_name(x, mt) == "Nairobi"


def test_meeting_to_come_on_another_day_takes_no_place(nlp):
    # must not fire: Thursday's meeting may be elsewhere
    x, mt = _co_chaired(nlp, "On Thursday")
    assert place_name(x, mt) is None
