""""After meeting A, on Saturday, B told reporters ...": the day set off by commas between the
opening "after" clause and the main subject is the meeting's (the parse hangs it on the main
verb); a day after the main verb ("B told reporters on Monday") is the telling's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("LUSAKA, March 11 (ZANIS) -- Zambia will deploy more troops to its eastern border, the Ministry of "
        "Defence said on Tuesday.\n\n")
OPENING = ("After meeting the Secretary General of the Southern African Development Community (SADC), "
           "Elias Magosi, ")


def _meeting(nlp, text: str):
    return meetings_by_participants(extract_text(nlp, LEAD + text, date(2025, 3, 11)))[("Elias Magosi", "Mwila Chanda")]


def test_day_between_the_after_clause_and_the_subject_is_the_meetings(nlp):
    meeting = _meeting(nlp, OPENING + "on Saturday, Zambian Defence Minister Mwila Chanda told reporters that the region must act.")
    assert meeting.date is not None and meeting.date.iso == "2025-03-08"


def test_day_of_the_main_verb_after_it_is_not_the_meetings(nlp):
    meeting = _meeting(nlp, OPENING + "Zambian Defence Minister Mwila Chanda told reporters on Monday that the region must act.")
    assert meeting.date is None
