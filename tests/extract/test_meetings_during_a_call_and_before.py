""""A and B agreed during a telephone conversation on Friday": an indefinite talk noun in a phrase
of a verb whose subject names two is their meeting, as "during their talks" was. "X laid a wreath on
Tuesday before his meeting with Y": an act told as done puts the meeting after it in the past too
(held), while "will lay a wreath ... before his meeting" leaves it to come. Publication date
2025-03-12 (a Wednesday)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants


def test_two_who_agreed_during_a_telephone_conversation_spoke_by_phone(nlp):
    x = extract_text(nlp, "French Armed Forces Minister Claire Martin and British Defence Secretary Tom Ashby agreed "
                          "during a telephone conversation on Friday to speed up the joint missile programme.")
    met = meetings_by_participants(x).get(("Claire Martin", "Tom Ashby"))
    assert met is not None and met.kind == "telephone" and met.date is not None and met.date.iso == "2025-03-07"


def test_one_who_spoke_during_a_meeting_meets_no_one(nlp):
    # must not fire: the subject names one person, and no partner is named
    x = extract_text(nlp, "French Armed Forces Minister Claire Martin said during a meeting on Friday that the "
                          "programme was on track.")
    assert not x.meetings


def test_a_meeting_after_an_act_told_as_done_was_held(nlp):
    x = extract_text(nlp, "Mexican Defence Minister Ramon Ortega laid a wreath at the National War Memorial in Ottawa "
                          "on Tuesday before his meeting with Canadian Defence Minister Claire Dubois.")
    met = meetings_by_participants(x).get(("Claire Dubois", "Ramon Ortega"))
    assert met is not None and met.status == "held" and met.date is not None and met.date.iso == "2025-03-11"


def test_a_meeting_after_an_act_still_to_come_is_planned(nlp):
    # must not fire: the act before the meeting is itself to come
    x = extract_text(nlp, "Mexican Defence Minister Ramon Ortega will lay a wreath at the National War Memorial in "
                          "Ottawa on Friday before his meeting with Canadian Defence Minister Claire Dubois.")
    met = meetings_by_participants(x).get(("Claire Dubois", "Ramon Ortega"))
    assert met is not None and met.status == "planned"


def test_co_chairing_in_a_virtual_meeting_is_one_meeting(nlp):
    # must not fire twice: the verb tells the meeting itself
    x = extract_text(nlp, "On Monday, Defence Secretary Arjun Mehra and Peruvian Vice Minister Luis Soto co-chaired the "
                          "3rd India-Peru Joint Defence Committee in a virtual meeting, reviewing training plans.")
    assert len([mt for mt in x.meetings if len(mt.participants) == 2]) == 1
