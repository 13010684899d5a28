"""Phone and video calls told in the many ways news tells them: "phoned (dialled, telephoned,
called) his counterpart", "spoke to Minister X by phone", "A and B spoke by phone", "received a
phone call from X", "in a video call, A and B reviewed ...", on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = ("Amina Otieno", "Jacob Okello")


@pytest.mark.parametrize("text, kind", [
    ("Kenya's Defence Minister Amina Otieno dialled her Ugandan counterpart Jacob Okello on Tuesday.", "telephone"),
    ("Kenya's Defence Minister Amina Otieno telephoned her Ugandan counterpart Jacob Okello on Tuesday.", "telephone"),
    ("Kenya's Defence Minister Amina Otieno called her Ugandan counterpart Jacob Okello on Tuesday.", "telephone"),
    ("Kenya's Defence Minister Amina Otieno phoned Uganda's Defence Minister Jacob Okello on Tuesday.", "telephone"),
    ("Kenya's Defence Minister Amina Otieno spoke to Uganda's Defence Minister Jacob Okello over the telephone on "
     "Tuesday.", "telephone"),
    ("Kenya's Defence Minister Amina Otieno and Uganda's Defence Minister Jacob Okello spoke by phone on Tuesday.",
     "telephone"),
    ("Kenya's Defence Minister Amina Otieno received a phone call from her Ugandan counterpart Jacob Okello on "
     "Tuesday.", "telephone"),
    ("In a video call on Tuesday, Kenya's Defence Minister Amina Otieno and her Ugandan counterpart Jacob Okello "
     "reviewed the joint exercise.", "virtual"),
])
def test_a_call_is_a_meeting_of_its_kind_on_its_day(nlp, text, kind):
    meetings = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert set(meetings) == {PAIR}
    assert meetings[PAIR].kind == kind
    assert meetings[PAIR].date is not None and meetings[PAIR].date.iso == "2026-03-10"


@pytest.mark.parametrize("text, kind", [
    ("Kenya's Defence Minister Amina Otieno called on Uganda's Defence Minister Jacob Okello on Tuesday.", "call-on"),
    ("Kenya's Defence Minister Amina Otieno received a courtesy call from Uganda's Defence Minister Jacob Okello on "
     "Tuesday.", "call-on"),
])
def test_a_call_on_someone_stays_a_visit(nlp, text, kind):
    assert meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR].kind == kind


@pytest.mark.parametrize("text", [
    "Kenya's Defence Minister Amina Otieno spoke to reporters in Nairobi on Tuesday.",
    "Kenya's Defence Minister Amina Otieno called for restraint in Nairobi on Tuesday.",
    "Kenya's Defence Minister Amina Otieno called Uganda's Defence Minister Jacob Okello a close friend of Kenya.",
])
def test_speaking_or_calling_without_a_partner_is_no_call(nlp, text):
    # must not fire: no one is spoken to or called
    assert meetings_by_participants(extract_text(nlp, text, PUBLISHED)) == {}
