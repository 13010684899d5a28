"""The day of "The talks, held on Tuesday, ..." is the day of the meeting told just before, when it has none."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

HOSTED = ("Lima – Minister of Defence Carlos Ruiz has hosted his Chilean counterpart, Minister of National Defence "
          "Paula Soto, for bilateral talks in Lima, where the two ministers signed a memorandum of understanding on "
          "disaster relief.\n\n")
CALL_ON = ("On Monday, Soto paid a courtesy call on the Chief of Defence Staff, General Luis Vargas, at the Defence "
           "Headquarters in Lima.\n\n")


@pytest.mark.parametrize("told", ["The talks, held on Tuesday, focused on border security.",
                                  "The meeting, held on Tuesday, reviewed border security."])
def test_day_of_the_talks_told_in_the_next_sentence(nlp, told):
    x = extract_text(nlp, HOSTED + told)
    meeting = meetings_by_participants(x)[("Carlos Ruiz", "Paula Soto")]
    assert meeting.date.iso == "2025-03-11"
    assert place_name(x, meeting) == "Lima"


def test_day_told_after_does_not_override_a_day_told(nlp):
    text = HOSTED.replace("for bilateral talks in Lima", "for bilateral talks in Lima on Monday") + \
        "The talks, held on Tuesday, focused on border security."
    meeting = meetings_by_participants(extract_text(nlp, text))[("Carlos Ruiz", "Paula Soto")]
    assert meeting.date.iso == "2025-03-10"


MET = ("Quito – Ecuadorian Defence Minister Marco Salinas met Peruvian Defence Minister Elena Paredes in Quito. ")


@pytest.mark.parametrize("told", ["The talks took place on 10 March, the ministry said.",
                                  "The meeting took place on Monday.",
                                  "The meeting occurred on Monday, officials said."])
def test_day_of_the_talks_that_took_place_told_next(nlp, told):
    # "The talks took place on <day>" tells the day as "The meeting was held on <day>" does
    meeting = meetings_by_participants(extract_text(nlp, MET + told))[("Elena Paredes", "Marco Salinas")]
    assert meeting.date.iso == "2025-03-10"


def test_day_of_another_occasion_taking_place_is_not_the_meetings(nlp):
    # the exercise's day, not the talks'
    text = MET + "The joint exercise took place on Monday."
    meeting = meetings_by_participants(extract_text(nlp, text))[("Elena Paredes", "Marco Salinas")]
    assert meeting.date is None


@pytest.mark.parametrize("lead", ["QUITO, March 12 (Reuters) - Ecuadorian Defence Minister Marco Salinas met Peruvian "
                                  "Defence Minister Elena Paredes in Quito on the 10th.",
                                  "QUITO, March 12 (Reuters) - Ecuadorian Defence Minister Marco Salinas held talks with "
                                  "Peruvian Defence Minister Elena Paredes in Quito on the 10th, the ministry said."])
def test_day_of_the_month_after_a_dateline(nlp, lead):
    # the dateline names the month of "the 10th"
    meeting = meetings_by_participants(extract_text(nlp, lead))[("Elena Paredes", "Marco Salinas")]
    assert meeting.date.iso == "2025-03-10"


def test_day_of_the_month_after_another_month_stays_unread(nlp):
    text = ("QUITO, March 12 (Reuters) - In February, Ecuadorian Defence Minister Marco Salinas met Peruvian "
            "Defence Minister Elena Paredes in Quito on the 10th.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Elena Paredes", "Marco Salinas")]
    assert meeting.date is None or meeting.date.iso != "2025-03-10"
