""""The day before, X met Y", "X had met Y the day before", "The day after, ...": a bare "the day
before/after" is one day from the day told last, like "a day earlier" or "the next day"; "the day
before the summit" counts from an occasion whose day is not told, so it moves no day."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("TBILISI, March 12 (Reuters) - Georgian Defence Minister Levan Abashidze held talks with Armenian Defence "
        "Minister Aram Petrosyan in Yerevan on Tuesday, the ministry said.\n\n")


@pytest.mark.parametrize("second", [
    "The day before, Abashidze met Azerbaijani Defence Minister Elchin Guliyev in Baku.",
    "Abashidze had met Azerbaijani Defence Minister Elchin Guliyev in Baku the day before.",
    "A day before, Abashidze met Azerbaijani Defence Minister Elchin Guliyev in Baku.",
])
def test_the_day_before_is_one_day_back(nlp, second):
    meeting = meetings_by_participants(extract_text(nlp, LEAD + second))[("Elchin Guliyev", "Levan Abashidze")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_the_day_after_is_one_day_on(nlp):
    text = ("TBILISI, March 12 (Reuters) - Georgian Defence Minister Levan Abashidze met Azerbaijani Defence Minister "
            "Elchin Guliyev in Baku on Monday.\n\nThe day after, Abashidze held talks with Armenian Defence Minister "
            "Aram Petrosyan in Yerevan.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Aram Petrosyan", "Levan Abashidze")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-11"


def test_the_day_before_an_occasion_moves_no_day(nlp):
    text = LEAD + ("The day before the regional security forum, Abashidze met Azerbaijani Defence Minister Elchin "
                   "Guliyev in Baku.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Elchin Guliyev", "Levan Abashidze")]
    assert meeting.date is None or meeting.date.iso != "2025-03-10"
