""""A received B in X on Tuesday. The meeting followed a video call between the two ministers on
14 January": a call takes no place from the occasion told before ("the meeting"); a meeting in
person on its sidelines still does. Invented names. Publication date 2026-03-12."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("Chilean Defence Minister Harun Kelvari received his Uruguayan counterpart Tomas Brenik in Santiago on "
        "Tuesday. ")



def test_a_video_call_the_meeting_followed_has_no_place(nlp):
    x = extract_text(nlp, LEAD + "The meeting followed a video call between the two ministers on 14 January.\n", PUBLISHED)
    calls = [mt for mt in x.meetings if mt.kind in ("telephone", "virtual")]
    assert len(calls) == 1 and calls[0].place is None and calls[0].date.iso == "2026-01-14"


def test_talks_the_meeting_followed_keep_their_place(nlp):
    # near case: a meeting in person still takes the occasion's place (only a call has none)
    x = extract_text(nlp, LEAD + "On the sidelines of the meeting, Kelvari held talks with Uruguayan Army chief "
                     "General Rafael Sosa.\n", PUBLISHED)
    places = {p.key: p.name for p in x.places}
    met = [mt for mt in x.meetings if "Rafael Sosa" in participant_names(x, mt)]
    assert len(met) == 1 and places.get(met[0].place) == "Santiago"
