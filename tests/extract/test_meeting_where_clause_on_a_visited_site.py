""""On the final day, A is scheduled to visit the Navy headquarters at Camp X in <city>, where he
will hold discussions with B": the parse may hang the "where" clause on the site's name rather than
on the city; the site is still what is visited, so the visit's day ("the final day" of the span of
days told before) is the meeting's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("Defence Minister Anil Kumar will pay an official visit to Sudan from March 4 to 6, 2025.\n\n"
        "On arrival, the Defence Minister is due to call on the Chairman of the Sovereignty Council, General "
        "Abdel Fattah al-Burhan, in Port Sudan on Tuesday, March 4.\n\n")


def test_where_clause_on_the_visited_site_takes_the_visits_day(nlp):
    text = LEAD + ("On the final day, the Defence Minister is scheduled to visit the Navy headquarters at Camp Simba "
                   "in Port Sudan, where he will hold discussions with the Commander of the Navy, Major General "
                   "Mahjoub Bushra, on maritime security.")
    meeting = meetings_by_participants(extract_text(nlp, text, date(2025, 3, 3)))[("Anil Kumar", "Mahjoub Bushra")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-06"


def test_where_clause_on_a_site_of_no_visit_takes_no_day(nlp):
    # addressing officers is no journey to the place: its day is not carried into the clause
    text = LEAD + ("On the final day, the Defence Minister is scheduled to address officers of the Navy at Camp Simba "
                   "in Port Sudan, where he will hold discussions with the Commander of the Navy, Major General "
                   "Mahjoub Bushra, on maritime security.")
    meeting = meetings_by_participants(extract_text(nlp, text, date(2025, 3, 3)))[("Anil Kumar", "Mahjoub Bushra")]
    assert meeting.date is None
