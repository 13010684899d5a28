""""On the sidelines of the meeting, A held a bilateral with B. A, C and D then held a trilateral
meeting": the first meeting's subject goes on "then" with others, on the same occasion and day;
a pair that was in no meeting just told keeps no borrowed day. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 5)
LEAD = ("Defence ministers meet in Porthaven\n\nPORTHAVEN, MARCH 5 - Defence Minister Tomas Velk of Uruguay yesterday "
        "joined his counterparts at the Naval School in Porthaven for the third Southern Defence Ministers' Meeting.\n\n"
        "On the sidelines of the meeting, Velk held a bilateral with his Estonian counterpart Orla Brennick on air defence. ")


def test_subject_then_meets_two_others_the_same_day(nlp):
    x = extract_text(nlp, LEAD + "Velk, Latvian Defence Minister Juris Kalns and Lithuania's Minister of Defence, Rimas "
                     "Dovas, then held a trilateral meeting on frigates.\n", PUBLISHED)
    met = meetings_by_participants(x)
    trilateral = met[("Juris Kalns", "Rimas Dovas", "Tomas Velk")]
    assert trilateral.date is not None and trilateral.date.iso == "2027-03-04"


def test_others_alone_then_borrow_no_day(nlp):
    x = extract_text(nlp, LEAD + "Latvian Defence Minister Juris Kalns and Lithuania's Minister of Defence, Rimas Dovas, "
                     "then held a bilateral meeting on frigates.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert met[("Juris Kalns", "Rimas Dovas")].date is None
