""""The X Council held its 5th meeting in C today ... On the margins of the session, A conferred with
B": with no sentence naming "the session", the occasion a verb told gives the city."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

BODY = ("The Andean Defence Council held its 5th meeting in Quito today under the chairmanship of Ecuadorian Defence "
        "Minister Gian Carlo Loffredo.\n\n"
        "The council reviewed progress on the joint disaster response plan.\n\n"
        "On the margins of the session, Peruvian Defence Minister Walter Astudillo conferred with his Colombian "
        "counterpart Pedro Sanchez on border security.")


def test_session_takes_the_meeting_held_before(nlp):
    x = extract_text(nlp, BODY, published=date(2025, 3, 12))
    meeting = meetings_by_participants(x)[("Pedro Sanchez", "Walter Astudillo")]
    assert place_name(x, meeting) == "Quito"


def test_no_occasion_told_gives_no_city(nlp):
    text = ("Ecuadorian Defence Minister Gian Carlo Loffredo said the Andean Defence Council would review its plans.\n\n"
            "On the margins of the session, Peruvian Defence Minister Walter Astudillo conferred with his Colombian "
            "counterpart Pedro Sanchez in Lima.")
    x = extract_text(nlp, text, published=date(2025, 3, 12))
    assert place_name(x, meetings_by_participants(x)[("Pedro Sanchez", "Walter Astudillo")]) == "Lima"
