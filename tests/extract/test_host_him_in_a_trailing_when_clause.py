""""B accepted an invitation to visit Y in the second half of the year, when A will host him in <city>":
"him" of a "when" clause after the clause it hangs on is that clause's subject (the one invited),
and the meeting to come moves no one: the visit's next meetings stay where the visit is."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, place_name

TEXT = ("Norland's Minister of Defence, Arvid Tammsen, returned home on Friday after a three-day official visit to Kestria.\n\n"
        "On Tuesday, Tammsen was received by Kestrian Defence Minister Lio Varrow in Dorvik for delegation-level talks.\n\n"
        "Varrow accepted an invitation to visit Norland in the second half of the year, when Tammsen will host him in Velholm.\n\n"
        "On Wednesday, Tammsen conferred with the Chief of the Kestrian Army, General Pell Osk, on training.")


def _meetings(x):
    names = {p.key: p.name for p in x.persons}
    return [(tuple(sorted(names[k] for k in mt.participants)), mt.status, place_name(x, mt)) for mt in x.meetings]


def test_when_clause_host_him_is_a_meeting_to_come_with_the_one_invited(nlp):
    meetings = _meetings(extract_text(nlp, TEXT, date(2026, 3, 13)))
    assert (("Arvid Tammsen", "Lio Varrow"), "planned", "Velholm") in meetings


def test_the_visits_next_meeting_stays_in_the_visited_city(nlp):
    meetings = _meetings(extract_text(nlp, TEXT, date(2026, 3, 13)))
    assert (("Arvid Tammsen", "Pell Osk"), "held", "Dorvik") in meetings
