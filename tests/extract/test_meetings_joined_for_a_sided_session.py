""""C joined A and B for a trilateral session": a session told as one between sides is a meeting
"join" brings C into, as "for talks" is; a training or photo session is not."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs

LEAD = ("Kenyan Defence Secretary Daudi Wanyonyi held talks with Indian Defence Minister Anil Kapoor "
        "in Nairobi on Tuesday.\n\n")


def test_joined_for_a_trilateral_session_is_one_meeting_of_three(nlp):
    x = extract_text(nlp, LEAD + "Later, Rear Admiral Paul Dubois, commander of the French forces in the Indian "
                                 "Ocean, joined Mr Wanyonyi and Mr Kapoor for a trilateral session at the college.\n")
    assert ("Anil Kapoor", "Daudi Wanyonyi", "Paul Dubois") in meeting_pairs(x)


def test_joined_for_a_training_session_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "Later, Rear Admiral Paul Dubois, commander of the French forces in the Indian "
                                 "Ocean, joined Mr Wanyonyi and Mr Kapoor for a training session at the college.\n")
    assert meeting_pairs(x) == {("Anil Kapoor", "Daudi Wanyonyi")}
