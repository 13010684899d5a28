""""A day earlier" of a meeting told as held counts from the last day something was held, not from a
sentence that only tells what is still to come; a meeting still to come may count from one."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("LIMA (Andina) - Peruvian Defence Minister Carlos Ruiz received Chilean Defence Minister Paula Soto in Lima "
        "on Tuesday, with border security topping the agenda.\n\n")


@pytest.mark.parametrize("plan", ["Soto is expected to be received by President Ana Torres on Friday before returning to Santiago.",
                                  "Soto is scheduled to call on President Ana Torres on Friday.",
                                  "Soto will meet President Ana Torres on Friday."])
def test_a_day_earlier_skips_a_sentence_of_plans(nlp, plan):
    text = LEAD + plan + ("\n\nA day earlier, Ruiz held a phone call with Argentine Defence Minister Jorge Pena, "
                          "during which the two discussed Antarctic cooperation.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Carlos Ruiz", "Jorge Pena")]
    assert meeting.date.iso == "2025-03-10"


def test_a_day_earlier_counts_from_a_held_sentence_just_before(nlp):
    text = LEAD + ("Soto paid a courtesy call on President Ana Torres on Monday.\n\n"
                   "A day earlier, Ruiz held a phone call with Argentine Defence Minister Jorge Pena.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Carlos Ruiz", "Jorge Pena")]
    assert meeting.date.iso == "2025-03-09"


def test_a_planned_meeting_a_day_earlier_counts_from_the_plan(nlp):
    text = LEAD + ("Soto will meet President Ana Torres on Friday.\n\n"
                   "A day earlier, Ruiz will hold talks with Argentine Defence Minister Jorge Pena in Buenos Aires.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Carlos Ruiz", "Jorge Pena")]
    assert meeting.status == "planned"
    assert meeting.date.iso == "2025-03-13"


def test_a_held_meeting_a_day_earlier_than_a_plan_alone_is_not_dated_after_publication(nlp):
    # only a plan told before (published Wednesday): the held call is not put on Thursday
    text = ("LIMA (Andina) - Peruvian Defence Minister Carlos Ruiz is expected to receive Chilean Defence Minister "
            "Paula Soto on Friday.\n\nA day earlier, Ruiz held a phone call with Argentine Defence Minister Jorge Pena.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Carlos Ruiz", "Jorge Pena")]
    assert meeting.date is None or meeting.date.iso <= "2025-03-12"


TRIP = ("Defence Minister Ana Kovac has returned from a three-day working visit to Qatar, where she held talks with "
        "senior Qatari defence officials.\n\nOn Friday, Kovac held talks with the Chief of Staff of the Qatari Armed "
        "Forces, Lt Gen Salem Al Nabit, in Doha. A statement said the two discussed training.\n\n")


@pytest.mark.parametrize("shift, day", [("came a day after", "2026-10-22"), ("took place a day before", "2026-10-24")])
def test_the_meeting_came_a_day_after_another_counts_from_the_meeting_referred_back_to(nlp, shift, day):
    text = TRIP + (f"The meeting {shift} the minister was received by the Qatari Minister of State for Defence Affairs, "
                   "Khalid Al Attiyah, who reaffirmed support.\n")
    meeting = meetings_by_participants(extract_text(nlp, text, date(2026, 10, 25)))[("Ana Kovac", "Khalid Al Attiyah")]
    assert meeting.date is not None and meeting.date.iso == day


def test_a_day_after_a_visit_is_no_shift_from_the_meeting(nlp):
    text = TRIP + ("The visit came a day after the minister was received by the Qatari Minister of State for Defence "
                   "Affairs, Khalid Al Attiyah, in Doha.\n")
    meeting = meetings_by_participants(extract_text(nlp, text, date(2026, 10, 25)))[("Ana Kovac", "Khalid Al Attiyah")]
    assert meeting.date is None or meeting.date.iso != "2026-10-22"
