"""Meetings whose day, place or participants come from the sentences around them: "Later in the
evening", "A day earlier", a planned meeting on the sidelines, a building named after a city,
delegation-level talks, "the talks between A and B" told again."""

from __future__ import annotations

from extract_helpers import (
    extract_text,
    meetings_by_participants,
    participant_names,
    place_name,
)


def test_later_in_the_evening_is_the_day_of_the_sentence_before(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe called on Chilean President Ana Torres in Santiago on Tuesday. "
        "Later in the evening, Chilean Army chief General Pedro Mena paid a courtesy call on Quispe."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date.iso == "2025-03-11"


def test_later_this_year_gives_no_day(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe called on Chilean President Ana Torres in Santiago on Tuesday. "
        "Later this year, Chilean Army chief General Pedro Mena will hold talks with Quispe."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date is None or met[("Luis Quispe", "Pedro Mena")].date.precision == "year"


def test_planned_meeting_on_the_sidelines_is_where_the_participant_is(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe held talks with Chilean Defence Minister Ana Torres in Santiago on Monday "
        "ahead of the regional defence conclave. "
        "On the sidelines of the conclave, Quispe is likely to meet Bolivia's Defence Minister Carla Rojas on Wednesday."
    )
    x = extract_text(nlp, text)
    planned = meetings_by_participants(x)[("Carla Rojas", "Luis Quispe")]
    assert planned.status == "planned"
    assert place_name(x, planned) == "Santiago"


def test_planned_call_before_travelling_on_stays_without_a_place(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe held talks with Chilean Defence Minister Ana Torres in Santiago on Monday. "
        "Quispe is likely to meet Bolivia's Defence Minister Carla Rojas on Wednesday before travelling to Valparaiso."
    )
    x = extract_text(nlp, text)
    planned = meetings_by_participants(x)[("Carla Rojas", "Luis Quispe")]
    assert planned.status == "planned"
    assert planned.place is None


def test_the_occasion_place_is_read_in_its_own_clause(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe reviewed preparations for the summit and decisions taken at the last "
        "meeting in Lima. On the sidelines of the summit, Quispe met Bolivia's Defence Minister Carla Rojas."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) != "Lima"


def test_a_city_that_names_a_building_is_not_the_place(nlp):
    text = (
        "Chilean Defence Minister Ana Torres arrived in Lima on Monday. "
        "She was received by Peruvian Foreign Minister Luis Quispe at Santiago House on Monday evening."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lima"


def test_a_city_after_at_is_still_the_place(nlp):
    x = extract_text(nlp, "Chilean Defence Minister Ana Torres was received by Peruvian Foreign Minister Luis Quispe at Lima on Monday.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lima"


def test_a_person_in_the_subjects_relative_clause_is_no_participant(nlp):
    text = (
        "Chile's Chief of Defence Admiral Pedro Mena, who accompanied Defence Minister Ana Torres, met Peru's Army chief "
        "General Luis Quispe in Lima on Tuesday."
    )
    x = extract_text(nlp, text)
    assert [participant_names(x, mt) for mt in x.meetings] == [["Luis Quispe", "Pedro Mena"]]


def test_the_talks_between_a_and_b_told_again_are_the_same_meeting(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "The talks between Torres and Quispe covered patrol boats delivered in August 2024."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meeting.date.iso == "2025-03-10"


def test_talks_between_a_new_pair_are_a_meeting(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "The talks between Torres and Bolivian Defence Minister Carla Rojas covered river patrols."
    )
    assert ("Ana Torres", "Carla Rojas") in meetings_by_participants(extract_text(nlp, text))


def test_a_conjoined_meeting_verb_shares_the_first_verbs_date(nlp):
    text = (
        "Chilean Army chief General Pedro Mena called on Peru's Defence Minister Luis Quispe in Lima on Wednesday "
        "and held talks with the Chief of the Army, General Carla Rojas, on joint training."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Carla Rojas", "Pedro Mena")].date.iso == "2025-03-12"


def test_a_planned_conjoined_meeting_does_not_take_the_done_ones_date(nlp):
    text = (
        "Chilean Army chief General Pedro Mena called on Peru's Defence Minister Luis Quispe in Lima on Wednesday "
        "and is expected to meet the Chief of the Army, General Carla Rojas."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Carla Rojas", "Pedro Mena")].date is None


def test_a_country_qualified_bare_title_is_that_countrys_holder(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe met Chile's Defence Minister Ana Torres in Lima on Monday. "
        "Earlier this month, Peru's defence minister met Bolivian Army chief General Carla Rojas in La Paz."
    )
    assert ("Carla Rojas", "Luis Quispe") in meetings_by_participants(extract_text(nlp, text))


def test_a_bare_title_of_an_unnamed_countrys_holder_is_no_one(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe met Bolivia's Army chief General Carla Rojas in Lima on Monday. "
        "Earlier this month, Ecuador's defence minister met Chilean Navy chief Admiral Pedro Mena in Quito."
    )
    x = extract_text(nlp, text)
    assert ("Luis Quispe", "Pedro Mena") not in meetings_by_participants(x)


def test_the_host_of_unnamed_counterparts_is_at_that_place_for_the_next_meeting(nlp):
    text = (
        "Chile's Defence Minister Ana Torres hosted her Andean counterparts in Santiago on Monday for the annual council. "
        "Torres held separate talks with Peru's Defence Minister Luis Quispe before the plenary session."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Santiago"


def test_a_host_still_to_come_is_not_there_yet(nlp):
    text = (
        "Chile's Defence Minister Ana Torres will host her Andean counterparts in Santiago next week. "
        "On Monday, Torres held a telephone conversation with Peru's Defence Minister Luis Quispe."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meeting.place is None


def test_a_day_earlier_counts_from_the_day_told_before(nlp):
    text = (
        "Chile and Peru on Tuesday held the fifth meeting of their defence committee in Lima. "
        "A day earlier, Chilean Defence Secretary Pedro Mena called on Peru's Defence Minister Luis Quispe."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date.iso == "2025-03-10"


def test_a_day_after_an_arrival_is_no_shift(nlp):
    text = (
        "Chile and Peru on Tuesday held the fifth meeting of their defence committee in Lima. "
        "Chilean Defence Secretary Pedro Mena called on Peru's Defence Minister Luis Quispe a day after he arrived."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date is None


def test_delegation_leaders_take_the_day_and_city_of_the_talks_told_before(nlp):
    text = (
        "Chile and Peru on Tuesday held the fifth meeting of their Joint Defence Committee in Lima. "
        "The Chilean delegation was led by Defence Secretary Pedro Mena, while the Peruvian side was headed by "
        "Vice Minister Luis Quispe."
    )
    x = extract_text(nlp, text)
    met = meetings_by_participants(x)[("Luis Quispe", "Pedro Mena")]
    assert met.date.iso == "2025-03-11"
    assert place_name(x, met) == "Lima"


def test_a_round_of_talks_is_talks(nlp):
    text = (
        "On the official side, Chilean Defence Secretary Pedro Mena and Luis Quispe, Secretary of Peru's Ministry of "
        "Defence, held a separate round of talks on Monday."
    )
    x = extract_text(nlp, text)
    assert [participant_names(x, mt) for mt in x.meetings] == [["Luis Quispe", "Pedro Mena"]]


def test_a_round_of_something_else_is_no_meeting(nlp):
    x = extract_text(nlp, "Chilean Defence Secretary Pedro Mena and Peru's Luis Quispe held a round of applause for the troops.")
    assert x.meetings == []


def test_a_group_that_last_met_is_not_the_pair_expected_to_meet_next(nlp):
    text = (
        "Chilean Defence Minister Pedro Mena and Peruvian Defence Minister Luis Quispe met in Lima on Thursday. "
        "The defence chiefs of Chile, Peru, Bolivia and Ecuador, a grouping dubbed the Andean Four, last met in Quito "
        "on Nov. 1 on the sidelines of the regional summit. Mena and Quispe are expected to meet again with their "
        "Bolivian and Ecuadorian counterparts in Lima next year."
    )
    x = extract_text(nlp, text)
    assert [mt.status for mt in x.meetings if "Quito" == place_name(x, mt)] == []


def test_a_group_meeting_is_the_pair_named_next(nlp):
    text = (
        "The defence ministers of Chile and Peru held a meeting in Quito on Monday. "
        "Chilean Defence Minister Pedro Mena and Peruvian Defence Minister Luis Quispe agreed to expand joint patrols."
    )
    x = extract_text(nlp, text)
    assert [participant_names(x, mt) for mt in x.meetings] == [["Luis Quispe", "Pedro Mena"]]


def test_a_courtesy_call_on_a_lowercase_title_and_name(nlp):
    text = "In October, Chile's Assistant Minister for Defence Pedro Mena paid a courtesy call on defence secretary Luis Quispe in Lima."
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert participant_names(x, meeting) == ["Luis Quispe", "Pedro Mena"]
    assert meeting.kind == "call-on"


def test_paying_a_tribute_is_no_call(nlp):
    x = extract_text(nlp, "Chile's Assistant Minister for Defence Pedro Mena paid tribute to defence secretary Luis Quispe in Lima.")
    assert x.meetings == []


def test_today_is_the_day_the_dateline_states(nlp):
    from datetime import date

    text = "LIMA, 14th March, 2025 (Andina) -- Peruvian Defence Minister Luis Quispe received Chilean Defence Minister Ana Torres in Lima today."
    x = extract_text(nlp, text, published=date(2025, 3, 15))
    (meeting,) = x.meetings
    assert meeting.date.iso == "2025-03-14"


def test_today_without_a_dated_dateline_is_the_publication_day(nlp):
    from datetime import date

    text = "LIMA: Peruvian Defence Minister Luis Quispe received Chilean Defence Minister Ana Torres in Lima today."
    x = extract_text(nlp, text, published=date(2025, 3, 15))
    (meeting,) = x.meetings
    assert meeting.date.iso == "2025-03-15"


def test_joined_by_someone_for_a_meeting_is_one_meeting_of_all(nlp):
    text = (
        "Chilean Defence Minister Pedro Mena and Peruvian Defence Minister Luis Quispe met in Lima on Tuesday. "
        "Later on Tuesday, Mena and Quispe were joined by Bolivian Defence Minister Carla Rojas for a trilateral meeting."
    )
    x = extract_text(nlp, text)
    assert ["Carla Rojas", "Luis Quispe", "Pedro Mena"] in [participant_names(x, mt) for mt in x.meetings]


def test_joining_a_meeting_by_video_link_names_no_partner(nlp):
    text = (
        "Chilean Defence Minister Pedro Mena met Peruvian Defence Minister Luis Quispe in Lima on Tuesday. "
        "Bolivian Defence Minister Carla Rojas joined the meeting by video link."
    )
    x = extract_text(nlp, text)
    assert [participant_names(x, mt) for mt in x.meetings] == [["Luis Quispe", "Pedro Mena"]]


def test_planned_sidelines_meeting_without_a_day_has_no_place_yet(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe held talks with Chilean Defence Minister Ana Torres in Santiago on Monday. "
        "On the sidelines of the council meeting, Quispe is expected to hold talks with Bolivia's Defence Minister Carla Rojas."
    )
    x = extract_text(nlp, text)
    planned = meetings_by_participants(x)[("Carla Rojas", "Luis Quispe")]
    assert planned.place is None


def test_an_as_clause_deep_in_the_sentence_takes_the_first_verbs_day(nlp):
    text = (
        "Chile and Peru on Tuesday signed an arrangement on submarine rescue and agreed to step up joint surveillance in "
        "the eastern Pacific, as defence minister Pedro Mena hosted his Peruvian counterpart Luis Quispe for the third dialogue."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date.iso == "2025-03-11"


def test_an_as_clause_with_no_day_in_the_sentence_has_none(nlp):
    text = (
        "Chile and Peru signed an arrangement on submarine rescue and agreed to step up joint surveillance in "
        "the eastern Pacific, as defence minister Pedro Mena hosted his Peruvian counterpart Luis Quispe for the third dialogue."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date is None


def test_a_sentence_opening_later_continues_the_day_before(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe received Chilean Defence Minister Ana Torres in Lima on Tuesday. "
        "Later, Chilean Navy chief Admiral Pedro Mena held talks with Quispe."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date.iso == "2025-03-11"


def test_later_inside_a_sentence_is_not_the_same_day(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe received Chilean Defence Minister Ana Torres in Lima on Tuesday. "
        "Chilean Navy chief Admiral Pedro Mena held talks with Quispe, officials said later."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date is None


def test_was_pleased_to_meet_is_held(nlp):
    x = extract_text(nlp, "Chilean Defence Minister Pedro Mena was pleased to meet Peruvian Defence Minister Luis Quispe in Lima on Monday.")
    (meeting,) = x.meetings
    assert meeting.status == "held"
    assert meeting.date.iso == "2025-03-10"


def test_is_likely_to_meet_is_planned_with_its_subject(nlp):
    x = extract_text(nlp, "On the sidelines of the summit, Chilean Defence Minister Pedro Mena is likely to meet Peruvian Defence Minister "
                          "Luis Quispe on Thursday, sources said.")
    (meeting,) = x.meetings
    assert meeting.status == "planned"
    assert meeting.date.iso == "2025-03-13"


def test_the_talks_between_a_and_b_still_to_come_are_another_meeting(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "The talks between Torres and Quispe in Santiago next month will focus on patrol boats."
    )
    x = extract_text(nlp, text)
    assert sorted(place_name(x, mt) for mt in x.meetings) == ["Lima", "Santiago"]


def test_a_list_of_meeting_verbs_shares_the_date_and_place_after_the_last(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe called on President Gabriel Boric, held talks with Defence Minister "
        "Maya Fernandez and met Army chief General Javier Iturriaga in Santiago on Monday."
    )
    x = extract_text(nlp, text)
    found = meetings_by_participants(x)
    assert len(found) == 3
    for meeting in found.values():
        assert meeting.date is not None and meeting.date.iso == "2025-03-10"
        assert place_name(x, meeting) == "Santiago"


def test_a_planned_meeting_after_a_held_one_does_not_lend_it_its_date(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe called on President Gabriel Boric and will meet Defence Minister "
        "Maya Fernandez in Santiago on Friday."
    )
    x = extract_text(nlp, text)
    found = meetings_by_participants(x)
    held = found[("Gabriel Boric", "Luis Quispe")]
    assert held.status == "held" and held.date is None
    planned = found[("Luis Quispe", "Maya Fernandez")]
    assert planned.status == "planned" and planned.date is not None and planned.date.iso == "2025-03-14"


def test_the_two_later_in_the_same_sentence_are_the_pair_just_told(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe met Chile's Defence Minister Maya Fernandez in Lima on Monday, "
        "and the two will meet again in Santiago in May."
    )
    x = extract_text(nlp, text)
    statuses = sorted((mt.status, place_name(x, mt)) for mt in x.meetings)
    assert statuses == [("held", "Lima"), ("planned", "Santiago")]
    assert all(participant_names(x, mt) == ["Luis Quispe", "Maya Fernandez"] for mt in x.meetings)


def test_a_meeting_between_a_and_b_scheduled_for_a_day_is_planned(nlp):
    text = "A meeting between Peru's Defence Minister Luis Quispe and Chile's Maya Fernandez is scheduled for Friday."
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2025-03-14"


def test_each_partner_of_a_list_takes_the_day_written_after_them(nlp):
    text = "Peru's Defence Minister Luis Quispe met Chile's Maya Fernandez on Monday and Bolivia's Edmundo Novillo on Tuesday."
    found = meetings_by_participants(extract_text(nlp, text))
    assert found[("Luis Quispe", "Maya Fernandez")].date.iso == "2025-03-10"
    assert found[("Edmundo Novillo", "Luis Quispe")].date.iso == "2025-03-11"


def test_one_day_after_the_whole_list_is_every_partners(nlp):
    text = "Peru's Defence Minister Luis Quispe met Chile's Maya Fernandez and Bolivia's Edmundo Novillo on Tuesday."
    found = meetings_by_participants(extract_text(nlp, text))
    assert {mt.date.iso for mt in found.values()} == {"2025-03-11"}


def test_planned_meetings_of_a_traveller_with_hosts_or_at_the_occasion_are_in_the_city_bound_for(nlp):
    text = (
        "LIMA, March 11 (Reuters) - Chile's Defence Minister Maya Fernandez will travel to Quito on Wednesday to attend "
        "the annual meeting of the Andean Defence Forum. Fernandez is scheduled to hold talks with Colombia's Defence "
        "Minister Pedro Sanchez on the sidelines of the meeting. She is also expected to call on Ecuador's President "
        "Daniel Noboa on Thursday."
    )
    x = extract_text(nlp, text)
    found = meetings_by_participants(x)
    assert place_name(x, found[("Maya Fernandez", "Pedro Sanchez")]) == "Quito"
    assert place_name(x, found[("Daniel Noboa", "Maya Fernandez")]) == "Quito"


def test_a_planned_call_on_someone_of_a_third_country_gets_no_place(nlp):
    text = (
        "Chile's Defence Minister Maya Fernandez will travel to Quito on Wednesday. "
        "She is also expected to call on Colombia's Defence Minister Pedro Sanchez on Thursday."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meeting.status == "planned" and place_name(x, meeting) is None


def test_a_meeting_planned_months_away_elsewhere_does_not_move_anyone(nlp):
    text = (
        "Chile's Defence Minister Maya Fernandez hosted Peru's Defence Minister Luis Quispe in Santiago on 10 March. "
        "Fernandez and Quispe looked forward to meeting again at the Pacific Security Forum in Lima in May. "
        "Earlier in the day, Quispe met Deputy Defence Minister Ana Rojas."
    )
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ana Rojas", "Luis Quispe")]) != "Lima"


def test_talks_beside_a_verb_call_on_are_no_phone_call_and_a_later_clause_keeps_its_day(nlp):
    text = (
        "Chile's Defence Minister Maya Fernandez will arrive in Lima on Tuesday for a visit. The visiting minister is "
        "also expected to hold talks with Peru's Foreign Minister Elmer Schialer and will call on Peru's Chief of "
        "Joint Command General David Ojeda on Thursday."
    )
    x = extract_text(nlp, text)
    found = meetings_by_participants(x)
    talks = found[("Elmer Schialer", "Maya Fernandez")]
    assert talks.kind == "talks" and talks.date is None
    assert place_name(x, talks) == "Lima"
    assert found[("David Ojeda", "Maya Fernandez")].date.iso == "2025-03-13"


def test_received_at_the_airport_is_on_the_day_of_the_arrival_told_before(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe arrived in Santiago on Monday for a three-day visit. "
        "He was received at the airport by Chile's Deputy Defence Minister Ana Rojas."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_received_later_with_no_arrival_phrase_takes_no_day_from_the_sentence_before(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe arrived in Santiago on Monday for a three-day visit. "
        "He was received by Chile's Deputy Defence Minister Ana Rojas at her office."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date is None


def test_without_a_publication_date_the_datelines_day_resolves_today_and_weekdays(nlp):
    text = (
        "Chile, Peru review military cooperation\n\n"
        "SANTIAGO, 22nd September, 2026 (EFE) -- Defence Minister Maya Fernandez received today General David Ojeda, "
        "Chief of the Joint Command of Peru, who is on an official visit to the country.\n\n"
        "On Sunday, Fernandez also received Bolivia's Defence Minister Edmundo Novillo."
    )
    found = meetings_by_participants(extract_text(nlp, text, header=False))
    assert found[("David Ojeda", "Maya Fernandez")].date.iso == "2026-09-22"
    assert found[("Edmundo Novillo", "Maya Fernandez")].date.iso == "2026-09-20"


def test_without_a_publication_date_or_a_dated_dateline_weekdays_stay_unresolved(nlp):
    text = (
        "Chile, Peru review military cooperation\n\n"
        "Defence Minister Maya Fernandez received General David Ojeda, Chief of the Joint Command of Peru, on "
        "Sunday in Santiago. The two last met on 22 September 2025."
    )
    found = meetings_by_participants(extract_text(nlp, text, header=False))
    assert all(mt.date is None or mt.date.iso == "2025-09-22" for mt in found.values())


def test_a_when_clause_takes_the_day_and_city_it_hangs_on(nlp):
    x = extract_text(nlp, (
        "DAKAR, March 12, 2025 - Senegal's Minister of the Armed Forces, Gen. Mamadou Ndiaye, met Mali's Defence "
        "Minister Sadio Camara in Bamako on Tuesday.\n\n"
        "Diop is due back in Dakar on Friday, when he is set to host Ghana's Defence Minister Omane Boamah for "
        "talks on training.\n"
    ))
    hosted = meetings_by_participants(x)[("Mamadou Ndiaye", "Omane Boamah")]
    assert hosted.status == "planned" and hosted.date.iso == "2025-03-14" and place_name(x, hosted) == "Dakar"


def test_a_when_clause_of_a_day_with_no_city_takes_no_city_from_elsewhere(nlp):
    x = extract_text(nlp, (
        "DAKAR, March 12, 2025 - Senegal's Minister of the Armed Forces, Gen. Mamadou Ndiaye, met Mali's Defence "
        "Minister Sadio Camara in Bamako on Tuesday.\n\n"
        "Diop has a free day on Friday, when he is set to call Ghana's Defence Minister Omane Boamah by video link.\n"
    ))
    for meeting in x.meetings:
        if "Omane Boamah" in [p.name for p in x.persons if p.key in meeting.participants]:
            assert place_name(x, meeting) is None
