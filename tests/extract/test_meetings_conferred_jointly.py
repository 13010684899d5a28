""""A and B conferred in Lima on Tuesday": conferring is with each other, so a joint subject that
conferred met; "A and B spoke (talked) in Lima" may be to the press and stays no meeting.
Publication date 2025-03-12 (a Wednesday)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_a_joint_subject_that_conferred_met(nlp):
    x = extract_text(nlp, "Vice Adm. Louis Garnier (Chief of the French Navy) and Admiral Sir Hugh Ellery (First Sea "
                          "Lord) conferred in Portsmouth on Tuesday.")
    met = meetings_by_participants(x).get(("Hugh Ellery", "Louis Garnier"))
    assert met is not None and met.date is not None and met.date.iso == "2025-03-11" and place_name(x, met) == "Portsmouth"


def test_a_joint_subject_that_talked_meets_no_one(nlp):
    # must not fire: talking, without "with" or a medium, may be to reporters
    x = extract_text(nlp, "Thai Defence Minister Somchai Rattanakorn and Malaysian Defence Minister Amran Yusof talked "
                          "to reporters in Bangkok on Tuesday.")
    assert not x.meetings
