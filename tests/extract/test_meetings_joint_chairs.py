""""A and B presided over the 5th session of the X Commission", "A and B jointly chaired ...":
a chairing verb whose subject is two persons (or that says "jointly") co-chairs a body's meeting,
a meeting of the two with that framework; one person chairing a session is no such meeting."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

PAIR = ("Hungarian Defence Minister Peter Szabo and his Slovak counterpart Martin Kovac {verb} the 7th session of "
        "the Hungary-Slovakia Joint Defence Commission in Budapest on Tuesday.")


def test_pair_presiding_over_a_session_meets(nlp):
    x = extract_text(nlp, PAIR.format(verb="presided over"))
    met = meetings_by_participants(x).get(("Martin Kovac", "Peter Szabo"))
    assert met is not None and place_name(x, met) == "Budapest" and met.framework is not None


def test_pair_jointly_chairing_a_session_meets(nlp):
    x = extract_text(nlp, PAIR.format(verb="jointly chaired"))
    assert ("Martin Kovac", "Peter Szabo") in meetings_by_participants(x)


def test_one_person_chairing_a_session_is_no_meeting(nlp):
    # must not fire: a single chair
    text = ("Hungarian Defence Minister Peter Szabo chaired the 7th session of the Hungary-Slovakia Joint Defence "
            "Commission in Budapest on Tuesday.")
    x = extract_text(nlp, text)
    assert not x.meetings
