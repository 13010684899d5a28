"""A meeting's day written right before its verb ("X on Tuesday held talks"), whatever the parse
made of a wire dateline; the day of a visit whose place ends in a region ("visited the X shipyard
in Western Australia, where he met Y"); the name of the event "on the sidelines of" stops before
"here" and before a clause told of it."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_day_right_before_the_verb_after_a_wire_dateline(nlp):
    text = (
        "NAIROBI, Mar 11 (Reuters) Kenyan Defence Minister Aden Kiptoo on Tuesday held talks with his Ugandan "
        "counterpart Jacob Okello on the sidelines of the East African Defence Ministers' Meeting here, and "
        "discussed border security."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date.iso == "2025-03-11"


def test_day_of_a_relative_clause_before_the_verb_is_not_the_meetings(nlp):
    text = (
        "Kenyan Defence Minister Aden Kiptoo, who arrived on Tuesday, held talks with his Ugandan counterpart "
        "Jacob Okello."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date is None


def test_sidelines_event_name_stops_before_here_and_a_clause(nlp):
    text = (
        "NAIROBI, Mar 11 (Reuters) Kenyan Defence Minister Aden Kiptoo on Tuesday held talks with his Ugandan "
        "counterpart Jacob Okello on the sidelines of the East African Defence Ministers' Meeting here. "
        "Kiptoo had met Okello on the sidelines of the Lake Victoria Security Forum, where the two agreed to "
        "set up a hotline."
    )
    x = extract_text(nlp, text)
    assert sorted(e.name for e in x.events) == ["East African Defence Ministers' Meeting", "Lake Victoria Security Forum"]


def test_day_of_a_visit_to_a_place_in_a_region_is_the_meetings(nlp):
    text = (
        "On Monday, Minister Tanaka visited the Osborne Naval Shipyard in South Australia, where he met the "
        "Minister for Defence Industry, Paul Keating."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Paul Keating", "Tanaka")]
    assert meeting.date.iso == "2025-03-10"


def test_day_of_a_speech_about_a_place_is_not_the_meetings(nlp):
    text = (
        "On Monday, Minister Tanaka praised the Osborne naval shipyard in South Australia, where he had met the "
        "Minister for Defence Industry, Paul Keating."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Paul Keating", "Tanaka")]
    assert meeting.date is None


def test_day_of_a_trip_continued_to_where_the_talks_are(nlp):
    text = (
        "Peruvian Defence Minister Luis Moreno, who arrived in Lima on Sunday, is scheduled to continue his trip to Quito on Thursday, where he "
        "is expected to hold talks with Ecuadorian Defence Minister Ana Vera."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Vera", "Luis Moreno")]
    assert meeting.status == "planned"
    assert meeting.date.iso == "2025-03-13"


def test_day_of_a_praised_trip_is_not_the_talks(nlp):
    text = (
        "Peruvian Defence Minister Luis Moreno praised the trip of the Peruvian team to Quito on Thursday, where he is expected to hold talks "
        "with Ecuadorian Defence Minister Ana Vera next month."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Vera", "Luis Moreno")]
    assert meeting.date is None or meeting.date.precision != "day"


def test_day_after_a_name_cut_twice_by_the_parser(nlp):
    text = (
        "Separately, Mr Al Nahyan held a telephone conversation with Vietnam's Minister of National Defence Gen "
        "Tran Quoc Bao on Tuesday, during which they discussed bilateral defence relations."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date.iso == "2025-03-11"


def test_sidelines_event_name_keeps_a_hyphenated_framework_name(nlp):
    text = (
        "Peruvian Defence Minister Luis Moreno met Chilean Defence Minister Ana Vera in Lima on Monday. "
        "The two Ministers had last met on the sidelines of the ADMM-Plus in Kuala Lumpur in November."
    )
    x = extract_text(nlp, text)
    assert [e.name for e in x.events] == ["ADMM-Plus"]


CANBERRA_FIRST = "Japanese Defence Minister Kenji Tanaka called on Prime Minister Mary Hughes in Canberra on Sunday. "


def test_visit_to_a_place_the_gazetteer_does_not_know_is_not_where_he_was(nlp):
    text = CANBERRA_FIRST + (
        "On Monday, Tanaka visited the Osborne Naval Shipyard in South Australia, where he met the Minister for "
        "Defence Industry, Paul Keating. He also met the shipyard's chief executive, Anne Boyd."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)
    assert met[("Kenji Tanaka", "Paul Keating")].place is None
    assert met[("Anne Boyd", "Kenji Tanaka")].place is None


def test_journey_to_a_known_city_gives_the_place(nlp):
    text = CANBERRA_FIRST + "On Monday, Tanaka travelled to Adelaide, where he met the Minister for Defence Industry, Paul Keating."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Kenji Tanaka", "Paul Keating")]) == "Adelaide"
