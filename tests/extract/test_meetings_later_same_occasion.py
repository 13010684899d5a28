""""A held talks with B on Thursday. B later joined A and C for ...": one of the meeting just told,
going on "later", goes on that day; someone else's "later" does not (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 5)  # a Thursday
FIRST = ("Kyodo reports that Japanese Defense Minister Kenji Mori held talks with his Indian counterpart Arvind Menon "
         "in Tokyo on Thursday. ")


def test_one_of_the_pair_later_joining_a_third_goes_on_that_day(nlp):
    x = extract_text(nlp, FIRST + "Mori later joined Menon and Australian Defence Minister Paul Grant for a trilateral "
                                  "meeting on the margins of the conclave.", PUBLISHED)
    meetings = meetings_by_participants(x)
    three = ("Arvind Menon", "Kenji Mori", "Paul Grant")
    assert three in meetings
    assert meetings[three].date is not None and meetings[three].date.iso == "2026-03-05"


def test_someone_else_later_meeting_takes_no_day_from_the_pair(nlp):
    # must not fire: the subject was not at the meeting just told
    x = extract_text(nlp, FIRST + "Australian Defence Minister Paul Grant later met South Korean Defence Minister "
                                  "Lee Sang-woo in Seoul.", PUBLISHED)
    meetings = meetings_by_participants(x)
    assert meetings[("Lee Sang-woo", "Paul Grant")].date is None
