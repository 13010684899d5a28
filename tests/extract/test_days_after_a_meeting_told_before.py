""""A day after meeting X, A met Y", "A met Y two days after his talks with X": the meeting is dated
from X's meeting told before, when that one has a day. Sentences written for these tests (invented
names and countries)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, meetings_by_participants, participant_names

_extract = partial(extract_text, published=date(2025, 6, 6))


def test_a_day_after_meeting_a_person_met_on_a_day_told(nlp):
    x = _extract(nlp, "Norland's Defence Minister Talvo Renski arrived in Kastel on Monday. On Tuesday he held talks "
                      "with President Omar Delvani. A day after meeting President Delvani, Renski met Army Chief "
                      "General Samir Oduya.")
    meetings = meetings_by_participants(x)
    assert meetings[("Omar Delvani", "Talvo Renski")].date.iso == "2025-06-03"
    assert meetings[("Samir Oduya", "Talvo Renski")].date.iso == "2025-06-04"


def test_two_days_after_his_talks_with_a_person(nlp):
    x = _extract(nlp, "Norland's Defence Minister Talvo Renski held talks with President Omar Delvani in Kastel on "
                      "Tuesday. Renski met Army Chief General Samir Oduya two days after his talks with Delvani.")
    meetings = meetings_by_participants(x)
    assert meetings[("Samir Oduya", "Talvo Renski")].date.iso == "2025-06-05"


def test_no_day_when_the_first_meeting_has_none(nlp):
    x = _extract(nlp, "Norland's Defence Minister Talvo Renski held talks with President Omar Delvani in Kastel. "
                      "A day after meeting President Delvani, Renski met Army Chief General Samir Oduya.")
    meetings = meetings_by_participants(x)
    assert meetings[("Samir Oduya", "Talvo Renski")].date is None


def test_the_meeting_referred_back_to_takes_no_moved_day(nlp):
    x = _extract(nlp, "Chile's Defence Minister Marta Olave held talks with Peru's Defence Minister Jorge Ramos in Lima "
                      "on Monday. Olave called on Peru's President Ana Villar a day before her talks with Ramos.")
    days = {(tuple(sorted(participant_names(x, mt))), mt.date.iso if mt.date else None) for mt in x.meetings}
    assert (("Ana Villar", "Marta Olave"), "2025-06-01") in days
    assert (("Jorge Ramos", "Marta Olave"), "2025-06-01") not in days
