"""A meeting told in a relative clause on its subject ("X, who held a call with his counterpart,
Y, last Thursday, said ..."): the partner is the name apposed to "counterpart", not another person
of that country named before; the day the parse hung on the subject after the clause is the meeting's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("WARSAW, March 11 (PAP): General Piotr Nowak, Chief of the General Staff of Poland, called on General "
        "Ion Popescu, Chief of Defence of Romania, at the headquarters in Bucharest on Tuesday.\n\n")


def test_counterpart_named_after_a_comma_in_a_relative_clause(nlp):
    x = extract_text(nlp, LEAD + "Defence Minister Ana Ionescu, who held a video call with her Polish counterpart, "
                                 "Wladyslaw Kosiniak, last Thursday, said the two countries would hold a joint exercise.",
                     published=date(2025, 3, 12))
    meetings = meetings_by_participants(x)
    assert ("Ana Ionescu", "Piotr Nowak") not in meetings
    assert meetings[("Ana Ionescu", "Wladyslaw Kosiniak")].date.iso == "2025-03-06"


def test_day_of_the_main_clause_is_not_the_relative_clauses(nlp):
    # the day hangs on "said", not on the subject: the call's day is untold
    x = extract_text(nlp, LEAD + "Defence Minister Ana Ionescu, who held a video call with her Polish counterpart, "
                                 "Wladyslaw Kosiniak, said on Friday the two countries would hold a joint exercise.",
                     published=date(2025, 3, 12))
    call = meetings_by_participants(x)[("Ana Ionescu", "Wladyslaw Kosiniak")]
    assert call.date is None or call.date.iso != "2025-03-07"
