""""The two sides held delegation-level talks led by A and B": the talks' holder is no one named;
the leaders named after "led by" hold them. Not "talks led by A" alone (one side's leader), nor a
delegation led by two. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
PAIR = ("Arvid Kolstrand", "Tomas Verhelst")


def test_talks_led_by_the_two_leaders(nlp):
    x = extract_text(nlp, "Defence Minister Arvid Kolstrand of Chile visited Estonia this week. The two sides held "
                     "delegation-level talks led by Kolstrand and Defence Minister Tomas Verhelst of Estonia.\n", PUBLISHED)
    assert PAIR in meeting_pairs(x)
    x = extract_text(nlp, "They held delegation-level talks headed by Defence Minister Arvid Kolstrand of Chile and "
                     "Defence Minister Tomas Verhelst of Estonia in Tallinn on Monday.\n", PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and meeting.date is not None and meeting.date.iso == "2026-03-09"


def test_talks_led_by_one_leader_is_no_meeting(nlp):
    x = extract_text(nlp, "The two sides held talks led by Defence Minister Arvid Kolstrand of Chile on Monday.\n", PUBLISHED)
    assert not x.meetings
