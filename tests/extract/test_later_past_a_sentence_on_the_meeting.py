""""A hosted B on Tuesday. During the meeting, the two generals agreed to ... B later called on C": a
sentence between that only goes on about the meeting (naming no one else and telling no day of its
own) does not cut "later" off the day of the meeting told before it (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 6, 10)
LEAD = ("Dodoma, June 10: Zambian Army Commander General Dennis Sikazwe hosted his Malawian counterpart "
        "General Paul Banda at Arakan Barracks in Lusaka on Tuesday. ")


@pytest.mark.parametrize("between, follow_up", [
    ("During the meeting, the two generals agreed to set up a joint border commission.",
     "General Banda later paid a courtesy call on Zambia's Minister of Defence Ambrose Lufuma."),
    ("The two commanders discussed border security and joint training.",
     "Banda later called on Zambian Defence Minister Ambrose Lufuma."),
    ("They also reviewed the peacekeeping deployment in Mozambique.",
     "Later on, General Banda subsequently met Defence Minister Ambrose Lufuma."),
])
def test_later_keeps_the_day_past_a_sentence_about_the_meeting(nlp, between, follow_up):
    x = extract_text(nlp, LEAD + between + " " + follow_up, PUBLISHED)
    call = meetings_by_participants(x)[("Ambrose Lufuma", "Paul Banda")]
    assert call.date is not None and call.date.iso == "2026-06-09"


def test_a_sentence_naming_someone_else_cuts_the_day_off(nlp):
    # must not fire: the sentence between turns to another person (and another occasion)
    x = extract_text(nlp, LEAD + "Officials said President Hakainde Hichilema will visit Lilongwe in July. "
                                 "General Banda later called on Zambian Defence Minister Ambrose Lufuma.", PUBLISHED)
    call = meetings_by_participants(x)[("Ambrose Lufuma", "Paul Banda")]
    assert call.date is None


def test_a_sentence_telling_a_day_of_its_own_cuts_the_day_off(nlp):
    # must not fire: the sentence between tells another day (their next meeting)
    x = extract_text(nlp, LEAD + "The two generals agreed to meet again in Lilongwe on June 20. "
                                 "General Banda later called on Zambian Defence Minister Ambrose Lufuma.", PUBLISHED)
    call = meetings_by_participants(x)[("Ambrose Lufuma", "Paul Banda")]
    assert call.date is None or call.date.iso != "2026-06-20"
