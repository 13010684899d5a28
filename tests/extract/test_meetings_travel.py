"""A journey made for talks is a meeting where the journey goes."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name
from test_facts import _extract, _names, _place


def test_travel_for_talks_with_is_a_planned_meeting_at_the_destination(nlp):
    text = "Chilean Defence Minister Ana Torres is scheduled to travel to Lima on Friday for talks with Peruvian Defence Minister Luis Quispe."
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Ana Torres", "Luis Quispe"]
    assert meeting.status == "planned"
    assert _place(x, meeting) == "Lima"
    assert meeting.date is not None and meeting.date.iso == "2025-03-14"


def test_travel_for_a_named_dialogue_with_a_counterpart(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "She is scheduled to travel to Quito on Thursday for the fourth Chile-Ecuador Defence Dialogue with "
        "Ecuadorian Defence Minister Pedro Mena."
    )
    x = _extract(nlp, text)
    by = {tuple(_names(x, mt)): mt for mt in x.meetings}
    planned = by[("Ana Torres", "Pedro Mena")]
    assert planned.status == "planned"
    assert _place(x, planned) == "Quito"
    assert _place(x, by[("Ana Torres", "Luis Quispe")]) == "Lima"


def test_travel_to_hold_talks_under_expected_is_planned(nlp):
    text = "Chilean Defence Minister Ana Torres is also expected to travel to Lima later this month to hold talks with Peruvian Defence Minister Luis Quispe."
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert meeting.status == "planned"


def test_travel_for_a_conference_without_a_counterpart_is_no_meeting(nlp):
    text = "Chilean Defence Minister Ana Torres will travel to Lima on Friday for a regional security conference."
    x = _extract(nlp, text)
    assert x.meetings == []


def test_expected_to_visit_a_city_for_talks_with_someone_is_planned_there(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe met Chile's Defence Minister Maya Fernandez on Monday. "
        "Bolivia's Defence Minister Edmundo Novillo is expected to visit Lima later this month for separate talks with Quispe."
    )
    x = extract_text(nlp, text)
    planned = meetings_by_participants(x)[("Edmundo Novillo", "Luis Quispe")]
    assert planned.status == "planned"
    assert place_name(x, planned) == "Lima"


def test_visited_a_city_on_a_day_for_talks_is_held_that_day(nlp):
    text = "Bolivia's Defence Minister Edmundo Novillo visited Lima on Monday for talks with Peru's Defence Minister Luis Quispe."
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_a_meeting_at_a_forum_that_meets_is_part_of_that_occasion(nlp):
    x = extract_text(nlp, "Chile's Defence Minister Ana Lopes will meet Peru's Defence Minister Tomas Vidal at the Shangri-La Dialogue.")
    (meeting,) = x.meetings
    events = {e.key: e.name for e in x.events}
    assert meeting.status == "planned" and events.get(meeting.part_of) == "Shangri-La Dialogue"


def test_a_meeting_at_a_building_is_part_of_no_occasion(nlp):
    x = extract_text(nlp, "Chile's Defence Minister Ana Lopes will meet Peru's Defence Minister Tomas Vidal at the Pentagon.")
    (meeting,) = x.meetings
    assert meeting.part_of is None
