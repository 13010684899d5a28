"""A pair's meeting told as an earlier occasion ("first met", "last met") is a meeting of its own,
even when the story's meeting of the same pair has no date to set the two apart."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, participant_names

from diplokg.resolve import resolve

EARLIER = (
    "Kenyan Defence Secretary Daudi Wanyonyi held talks with his Ugandan counterpart, Jacob Arinaitwe, "
    "in Nairobi on Tuesday.\n\n"
    "Wanyonyi and Arinaitwe first met on the sidelines of a regional security forum in Nairobi in March 2023.\n"
)


def _pair_meetings(x) -> list:
    return [mt for mt in x.meetings if participant_names(x, mt) == ["Daudi Wanyonyi", "Jacob Arinaitwe"]]


def test_first_met_is_a_meeting_of_its_own(nlp):
    x = extract_text(nlp, EARLIER, published=None, header=False)
    assert len(_pair_meetings(x)) == 2
    graph = resolve([x])
    assert len(graph.meetings) == 2


def test_the_same_meeting_told_twice_stays_one(nlp):
    # no "first"/"last": the second sentence tells the story's meeting again
    x = extract_text(nlp, EARLIER.replace("first met on the sidelines of a regional security forum in Nairobi in March 2023",
                                          "met at the Ministry of Defence in Nairobi"), published=None, header=False)
    assert len(_pair_meetings(x)) == 1
    assert ("Daudi Wanyonyi", "Jacob Arinaitwe") in meetings_by_participants(x)
