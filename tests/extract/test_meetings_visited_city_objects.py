"""A one-word city right after "visit", "tour" or "reach" is a place even when the model took it for a
person or tagged nothing ("is scheduled to visit Davao on Thursday, where he will meet X"): the
meeting of the "where" clause is there, not where the visitor was before."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, person_names, place_name

LEAD = ("Indonesian Defence Minister Budi Santoso held talks with his Australian counterpart Mark Lewis in Jakarta "
        "on Monday. ")


@pytest.mark.parametrize("city", ["Davao", "Daegu", "Medan"])
def test_city_visited_where_a_meeting_is_planned(nlp, city):
    text = LEAD + (f"Lewis is scheduled to visit {city} on Thursday, where he will interact with the fleet commander, "
                   "Rear Admiral Agus Wibowo.")
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Agus Wibowo", "Mark Lewis")]) == city


def test_city_reached_then_talks(nlp):
    text = LEAD + ("Lewis reached Surabaya on Tuesday and held talks with the Commander of the Eastern Fleet, "
                   "Rear Admiral Agus Wibowo.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Agus Wibowo", "Mark Lewis")]
    assert place_name(x, meeting) == "Surabaya"
    assert meeting.date.iso == "2025-03-11"


def test_city_toured_where_he_met(nlp):
    text = LEAD + ("Lewis also toured Medan, where he met the Commander of the Bukit Barisan Military Command, "
                   "Maj Gen Agus Wibowo.")
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Agus Wibowo", "Mark Lewis")]) == "Medan"


def test_person_named_like_a_city_after_visit_stays_a_person(nlp):
    text = LEAD + "Lewis said he would visit Victoria Hartono, the head of the naval academy, soon."
    x = extract_text(nlp, text)
    assert "Victoria Hartono" in person_names(x)
    assert not any(p.name == "Victoria" for p in x.places)
