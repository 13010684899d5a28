""""A and B had last spoken over a video call on <day>", "the two ministers had spoken by video call
last month": a call noun its medium qualifies is the medium, as "by phone" is; "A and B spoke at a
press conference" names no medium and tells no call between them. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2027, 2, 18)
LEAD = ("Uruguayan Defence Minister Tomas Velk met Estonian Defence Minister Orla Brennick at the Ministry of Defence "
        "in Tallinn on Tuesday.\n\n")


def _remote(x):
    return [mt for mt in x.meetings if mt.kind in ("virtual", "telephone")]


def test_joint_subject_spoke_over_a_video_call(nlp):
    x = extract_text(nlp, LEAD + "Ms Brennick and Mr Velk had last spoken over a video call on January 28, 2027.\n", PUBLISHED)
    calls = _remote(x)
    assert len(calls) == 1 and calls[0].kind == "virtual" and calls[0].date.iso == "2027-01-28"


def test_two_ministers_spoke_by_video_call(nlp):
    x = extract_text(nlp, LEAD + "The two ministers had spoken by video call last month.\n", PUBLISHED)
    calls = _remote(x)
    assert len(calls) == 1 and calls[0].date.iso == "2027-01"


def test_press_conference_is_no_medium(nlp):
    x = extract_text(nlp, LEAD + "Ms Brennick and Mr Velk spoke at a press conference on Wednesday.\n", PUBLISHED)
    assert not _remote(x)
