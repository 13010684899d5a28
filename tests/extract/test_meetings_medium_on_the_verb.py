"""A medium hung on the verb ("held a meeting via video link with X", "held talks by telephone with X")
makes the meeting remote: it has no place, even where a participant is known to be."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = "Army chief General Anil Kapoor held talks with Australian Defence Minister Richard Marles in Canberra on Monday. "


@pytest.mark.parametrize(("told", "kind"), [
    ("Earlier this month, Gen Kapoor held a meeting via video link with Admiral David Johnston.", "virtual"),
    ("Earlier this month, Gen Kapoor held talks by telephone with Admiral David Johnston.", "telephone"),
    ("Earlier this month, Gen Kapoor held a meeting over video with Admiral David Johnston.", "virtual"),
    ("On Sunday, Gen Kapoor exchanged views by phone with Admiral David Johnston.", "telephone"),
])
def test_medium_on_the_verb_makes_a_remote_meeting(nlp, told, kind):
    x = extract_text(nlp, LEAD + told)
    meeting = meetings_by_participants(x)[("Anil Kapoor", "David Johnston")]
    assert meeting.kind == kind
    assert place_name(x, meeting) is None


def test_views_exchanged_face_to_face_are_talks(nlp):
    x = extract_text(nlp, LEAD + "On Tuesday, Gen Kapoor exchanged views with Admiral David Johnston in Darwin.")
    meeting = meetings_by_participants(x)[("Anil Kapoor", "David Johnston")]
    assert meeting.kind == "talks" and place_name(x, meeting) == "Darwin"


def test_meeting_by_the_sea_is_in_person(nlp):
    x = extract_text(nlp, LEAD + "On Tuesday, Gen Kapoor held a meeting by the harbour with Admiral David Johnston.")
    assert meetings_by_participants(x)[("Anil Kapoor", "David Johnston")].kind == "talks"


@pytest.mark.parametrize("told", [
    "Gen Kapoor addressed the forum via video link on Monday and then spoke with Admiral David Johnston in Darwin on Tuesday.",
    "Gen Kapoor briefed the Senate by video on Monday and then discussed border security with Admiral David Johnston in Darwin on Tuesday.",
])
def test_medium_of_another_verb_leaves_the_meeting_in_person(nlp, told):
    # review mend: the medium of the verb the trigger is a conjunct of is not the meeting's
    x = extract_text(nlp, LEAD + told)
    meeting = meetings_by_participants(x)[("Anil Kapoor", "David Johnston")]
    assert meeting.kind == "talks"
    assert place_name(x, meeting) == "Darwin"
