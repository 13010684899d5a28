""""Earlier in the day" in a meeting told as held is the day of the last meeting held, not the day
(after the article's) of a meeting still to come told in between; a planned one keeps that day."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("SANTIAGO, March 12 (EFE) - Chile and Peru agreed Wednesday to expand naval training, as Chilean Defence "
        "Minister Paula Soto held talks with Peruvian Defence Minister Carlos Ruiz in Santiago.\n\n"
        "Ruiz, who arrived on Tuesday for a three-day visit, is scheduled to pay a courtesy call on President "
        "Gabriel Boric on Thursday.\n\n")


@pytest.mark.parametrize("when", ["earlier in the day", "later in the day", "earlier that day"])
def test_held_meeting_the_same_day_is_the_last_held_day(nlp, when):
    text = LEAD + ("Separately, Admiral Luis Vargas, commander of the Peruvian Navy, who is accompanying Ruiz, met "
                   f"Admiral Juan Andrade, commander of the Chilean Navy, at the ministry {when}.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Juan Andrade", "Luis Vargas")]
    assert meeting.date.iso == "2025-03-12"


def test_planned_meeting_later_that_day_keeps_the_planned_day(nlp):
    text = LEAD + ("Admiral Luis Vargas, commander of the Peruvian Navy, will meet Admiral Juan Andrade, commander "
                   "of the Chilean Navy, later that day.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Juan Andrade", "Luis Vargas")]
    assert meeting.date.iso == "2025-03-13"


@pytest.mark.parametrize(("first", "day"), [
    # review mend: "He also met X" after an "earlier in the day" sentence takes the same day by the
    # sentence before (_previous_sentence_day): not a day to come either
    ("", None),
    ("Brazilian Defence Minister Jose Mucio held talks with Nigerian Defence Minister Mohammed Badaru on Monday. ", "2025-03-10"),
])
def test_also_met_after_an_earlier_in_the_day_sentence_is_no_day_to_come(nlp, first, day):
    text = first + ("Mucio is to call on President Bola Tinubu on Tuesday. Earlier in the day, Mucio laid a wreath at "
                    "the national monument. He also met Nigerian Chief of Defence Staff Gen Christopher Musa.")
    if not first:
        text = "Brazilian Defence Minister Jose " + text
    meeting = meetings_by_participants(extract_text(nlp, text))[("Christopher Musa", "Jose Mucio")]
    assert meeting.status == "held"
    assert (meeting.date.iso if meeting.date else None) == day


@pytest.mark.parametrize("clause", [
    "Ruiz, who arrived in Santiago on Tuesday on a three-day visit, called on Senate President Ana Lagos the same evening.",
    "Ruiz, who landed in Santiago on Tuesday, met Senate President Ana Lagos on the same day.",
    "Having arrived on Tuesday, Ruiz called on Senate President Ana Lagos the same afternoon.",
])
def test_the_same_evening_is_the_day_its_own_sentence_told_before(nlp, clause):
    # the day is the arrival's (Tuesday), not the day of the talks told in the sentence before (Wednesday)
    text = ("SANTIAGO, March 12 (EFE) - Chile and Peru agreed Wednesday to expand naval training, as Chilean Defence "
            "Minister Paula Soto held talks with Peruvian Defence Minister Carlos Ruiz in Santiago.\n\n" + clause)
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Lagos", "Carlos Ruiz")]
    assert meeting.date.iso == "2025-03-11"


def test_the_same_evening_with_no_day_in_its_sentence_is_the_last_day_told(nlp):
    text = ("SANTIAGO, March 12 (EFE) - Chile and Peru agreed Wednesday to expand naval training, as Chilean Defence "
            "Minister Paula Soto held talks with Peruvian Defence Minister Carlos Ruiz in Santiago.\n\n"
            "Ruiz called on Senate President Ana Lagos the same evening.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Lagos", "Carlos Ruiz")]
    assert meeting.date.iso == "2025-03-12"
