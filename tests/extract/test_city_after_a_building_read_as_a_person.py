""""A met B at Defence Headquarters, Abuja, on Tuesday": the model may read the lone city after a
building's name and a comma as a person; the known city is the meeting's place all the same (as
it is after "State House, X"). Not a name that goes on into its own clause ("At Defence
Headquarters, Austin said ..."). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, person_names, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_city_after_a_building_and_a_comma_places_the_meeting(nlp):
    text = ("Nigerian Chief of Defence Staff General Arko Tassin hosted his Ghanaian counterpart Vice Admiral Pel Ostrick "
            "at Defence Headquarters, Abuja, on Tuesday.\n")
    x = extract_text(nlp, text, PUBLISHED)
    talks = meetings_by_participants(x)[("Arko Tassin", "Pel Ostrick")]
    assert place_name(x, talks) == "Abuja"


def test_name_starting_its_own_clause_is_no_city(nlp):
    # must not fire: the word after the comma is the subject of "said"
    text = ("Nigerian Chief of Defence Staff General Arko Tassin hosted his Ghanaian counterpart Vice Admiral Pel Ostrick "
            "on Tuesday. At Defence Headquarters, Abuja said the talks went well.\n")
    x = extract_text(nlp, text, PUBLISHED)
    talks = meetings_by_participants(x)[("Arko Tassin", "Pel Ostrick")]
    assert place_name(x, talks) is None
    assert "Arko Tassin" in person_names(x)
