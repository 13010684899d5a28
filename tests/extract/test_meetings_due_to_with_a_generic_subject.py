""""The visiting dignitary is also due to call on X": the parse may hang "due" on "is" as a
preposition; the subject of the meeting is still the one of "is" (here the article's visitor)."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants

LEAD = ("Kenyan Defence Cabinet Secretary Soipan Tuya arrived in Accra today on an official visit to Ghana. "
        "She is accompanied by a delegation of senior officers.\n\n")


def test_a_visitor_phrase_due_to_call_on_someone_is_the_visitor(nlp):
    text = LEAD + "The visiting dignitary is also due to call on National Security Adviser Kwame Asante during the visit."
    meeting = meetings_by_participants(extract_text(nlp, text))[("Kwame Asante", "Soipan Tuya")]
    assert meeting.status == "planned"


def test_a_subject_that_is_no_person_and_no_visitor_gives_no_meeting(nlp):
    text = LEAD + "The new radar contract is also due to call on National Security Adviser Kwame Asante for approval."
    assert ("Kwame Asante", "Soipan Tuya") not in meeting_pairs(extract_text(nlp, text))
