""""X had prepared the visit in a video call last Thursday with the Commander of Y, Gen. Z": the
parse hangs "last Thursday" and "with Z" on the verb of "in", past the call noun; the "with" right
after the call's time phrase is the call's partner, and the time phrase its day. Not "with" after
a time phrase that follows a noun of no talks. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 15)  # a Saturday


def test_video_call_with_partner_after_its_day(nlp):
    x = extract_text(nlp, "Gen. Tobin Arkwell had prepared the visit in a video call last Thursday with the Commander "
                     "of the Corvanian Armed Forces, Gen. Pell Marquesse, the army said.\n", PUBLISHED)
    call = meetings_by_participants(x).get(("Pell Marquesse", "Tobin Arkwell"))
    assert call is not None and len(x.meetings) == 1
    assert call.date is not None and call.date.iso == "2025-03-13"
    assert call.status == "held"


def test_statement_with_after_its_day_is_no_meeting(nlp):
    x = extract_text(nlp, "Gen. Tobin Arkwell had prepared the visit in a statement last Thursday with the Commander "
                     "of the Corvanian Armed Forces, Gen. Pell Marquesse, the army said.\n", PUBLISHED)
    assert not x.meetings
