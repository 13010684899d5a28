"""Meeting days and places told by reference: "during the day", a date in a "since ..." phrase
(a starting point, not the meeting's day), "on the sidelines of the forum" referring back to a
named forum."""

from __future__ import annotations

from datetime import date

from extract_helpers import (
    extract_text,
    meetings_by_participants,
    participant_names,
    place_name,
)


def test_during_the_day_is_the_day_of_the_meeting_before(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe called on Chilean President Ana Torres in Santiago on Tuesday. "
        "Quispe also held talks with Chilean Army chief General Pedro Mena during the day."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Luis Quispe", "Pedro Mena")].date.iso == "2025-03-11"


def test_during_the_day_long_talks_is_no_day(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe called on Chilean President Ana Torres in Santiago on Tuesday. "
        "Quispe will hold talks with Chilean Army chief General Pedro Mena during the day-long conference in May."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    date = met[("Luis Quispe", "Pedro Mena")].date
    assert date is None or date.precision != "day"


def test_date_after_since_is_not_the_meetings(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe held talks with Chilean Defence Minister Ana Torres, "
        "the first such meeting since the elections in Chile earlier this year."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date is None


def test_date_of_the_meeting_is_kept_beside_a_since_phrase(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe held talks with Chilean Defence Minister Ana Torres on Monday, "
        "the first such meeting since the elections in Chile earlier this year."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date.iso == "2025-03-10"


def test_sidelines_of_the_forum_refers_back_to_the_named_forum(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe on Monday attended the third ministerial meeting of the Andean Defence Forum "
        "in Santiago. "
        "On the sidelines of the forum, Quispe held a bilateral meeting with Chilean Defence Minister Ana Torres."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Ana Torres", "Luis Quispe")]
    assert meeting.date.iso == "2025-03-10"
    assert place_name(x, meeting) == "Santiago"


def test_sidelines_of_another_forum_takes_nothing_from_the_named_one(nlp):
    text = (
        "Peruvian Defence Minister Luis Quispe on Monday attended the third ministerial meeting of the Andean Defence Forum "
        "in Santiago. "
        "On the sidelines of the summit, Quispe held a bilateral meeting with Chilean Defence Minister Ana Torres."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Torres", "Luis Quispe")]
    assert meeting.date is None or meeting.date.precision != "day"


def test_city_of_a_summit_to_come_is_not_the_talks_place(nlp):
    text = (
        "Chilean Defence Minister Ana Torres will travel to Lima next week for talks with Peruvian Defence Minister "
        "Luis Quispe, ahead of the Andean summit in Quito in July."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.status == "planned"
    assert place_name(extract_text(nlp, text), meeting) == "Lima"


def test_city_of_the_summit_is_the_place_when_no_other_is_named(nlp):
    text = "Ahead of the Andean summit in Quito, Chilean Defence Minister Ana Torres met Peruvian Defence Minister Luis Quispe."
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Quito"


def test_the_meeting_told_as_subject_refers_to_the_occasion_a_verb_told(nlp):
    text = (
        "Chilean Defence Minister Ana Torres on 4 March hosted the defence ministers of the Pacific Alliance in Valparaiso. "
        "The alliance is a group of four nations. "
        "The meeting was chaired by Torres. "
        "On the margins of the meeting, Torres held talks with Peruvian Defence Minister Luis Quispe."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Ana Torres", "Luis Quispe")]
    assert meeting.date.iso == "2025-03-04"
    assert place_name(x, meeting) == "Valparaíso"


def test_the_meeting_after_a_sentence_telling_no_occasion_gets_no_day(nlp):
    text = (
        "Chilean Defence Minister Ana Torres on 4 March signed a procurement decree in Valparaiso. "
        "The meeting was chaired by Torres. "
        "On the margins of the meeting, Torres held talks with Peruvian Defence Minister Luis Quispe."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Torres", "Luis Quispe")]
    assert meeting.date is None


def test_building_comma_city_then_a_day_is_in_that_city(nlp):
    text = "Chilean Defence Minister Ana Torres called on President Luis Quispe at Government Palace, Lima, on Tuesday."
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lima"


def test_a_list_of_cities_is_no_district_and_its_city(nlp):
    text = "Peruvian Defence Minister Luis Quispe held talks with Chilean Defence Minister Ana Torres in Talca, Santiago and Valdivia."
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) != "Santiago"


def test_city_named_before_visit_is_the_planned_talks_place(nlp):
    text = (
        "Chilean Defence Minister Ana Torres will travel to Peru in May. "
        "Torres is expected to hold talks with Peruvian Defence Minister Luis Quispe during the Lima visit."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meeting.status == "planned"
    assert place_name(x, meeting) == "Lima"


def test_he_also_met_shares_the_day_of_the_sentence_before(nlp):
    text = (
        "On Tuesday, Chilean Defence Minister Ana Torres visited Arica, where she inspected a naval base. "
        "She also met Peruvian Defence Minister Luis Quispe."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date.iso == "2025-03-11"


def test_he_also_met_after_earlier_in_the_day_is_that_day(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "Earlier in the day, Torres laid a wreath at a war memorial. "
        "She also called on Peruvian Army chief General Pedro Mena."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert met[("Ana Torres", "Pedro Mena")].date.iso == "2025-03-10"


def test_also_met_without_a_pronoun_takes_no_day_from_the_sentence_before(nlp):
    text = (
        "On Tuesday, Chilean Defence Minister Ana Torres visited Arica, where she inspected a naval base. "
        "Peruvian Army chief General Pedro Mena also met Peruvian Defence Minister Luis Quispe."
    )
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date is None


def test_visited_an_unknown_town_where_he_met_takes_the_visits_day(nlp):
    text = "On Tuesday, Chilean Defence Minister Ana Torres visited Quellon, where she met Peruvian Navy chief Admiral Luis Quispe."
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.date.iso == "2025-03-11"


def test_journey_told_as_done_counts_its_weekday_back(nlp):
    text = "On Monday, Chilean Defence Minister Ana Torres flew to Lima, where she was expected to hold talks with Peruvian Defence Minister Luis Quispe."
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.status == "planned"
    assert meeting.date.iso == "2025-03-10"


def test_journey_still_to_come_counts_its_weekday_forward(nlp):
    text = "On Monday, Chilean Defence Minister Ana Torres will fly to Lima, where she is expected to hold talks with Peruvian Defence Minister Luis Quispe."
    (meeting,) = extract_text(nlp, text).meetings
    assert meeting.status == "planned"
    assert meeting.date.iso == "2025-03-17"


def test_city_beginning_an_event_name_is_the_meeting_place(nlp):
    text = "Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe last met at the Lima Air Show in November."
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lima"


def test_city_beginning_an_organisation_name_is_no_meeting_place(nlp):
    text = ("Chilean Defence Minister Ana Torres met Peruvian Defence Minister Luis Quispe at the Shanghai Cooperation "
            "Organisation summit.")
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) != "Shanghai"


def test_the_secretary_is_the_last_person_named_secretary_of_something(nlp):
    text = (
        "Chilean Defence Minister Ana Torres hosted Peruvian Secretary of National Defence Luis Quispe in Santiago on Monday. "
        "The Secretary also met Chilean Army chief General Pedro Mena and Chilean Navy chief Admiral Rosa Vidal."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Luis Quispe", "Pedro Mena") in met
    assert ("Luis Quispe", "Rosa Vidal") in met
    assert ("Pedro Mena", "Rosa Vidal") not in met


def test_objects_of_an_unresolved_subject_do_not_meet_each_other(nlp):
    text = (
        "Chilean Defence Minister Ana Torres hosted Peruvian Defence Minister Luis Quispe in Santiago on Monday. "
        "The Commissioner also met Chilean Army chief General Pedro Mena and Chilean Navy chief Admiral Rosa Vidal."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Pedro Mena", "Rosa Vidal") not in met


def test_talks_held_between_two_named_persons_still_count(nlp):
    text = "Talks were held between Chilean Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe in Lima on Monday."
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Ana Torres", "Luis Quispe") in met


def test_co_chairing_the_dialogue_named_before_is_a_meeting_of_it(nlp):
    text = (
        "Chile and Peru agreed on Monday to expand naval cooperation at the 4th Andean Defence Dialogue in Lima. "
        "Chilean Defence Secretary Ana Torres and Peruvian Defence Secretary Luis Quispe co-chaired the dialogue on March 10."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Ana Torres", "Luis Quispe")]
    assert meeting.date.iso == "2025-03-10"
    assert {f.key: f.name for f in x.frameworks}[meeting.framework] == "Andean Defence Dialogue"


def test_co_chairing_a_noun_no_framework_ends_in_is_no_meeting(nlp):
    text = (
        "Chile and Peru agreed on Monday to expand naval cooperation at the 4th Andean Defence Dialogue in Lima. "
        "Chilean Defence Secretary Ana Torres and Peruvian Defence Secretary Luis Quispe co-chaired the session on March 10."
    )
    assert not extract_text(nlp, text).meetings


def test_the_two_ministers_are_the_pair_of_the_meeting_told_a_sentence_earlier(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "The meeting, held at the Defence Ministry, reviewed naval cooperation. "
        "The two ministers had last met in Santiago in June last year."
    )
    x = extract_text(nlp, text)
    places = sorted(place_name(x, mt) or "" for mt in x.meetings if participant_names(x, mt) == ["Ana Torres", "Luis Quispe"])
    assert places == ["Lima", "Santiago"]


def test_the_two_are_no_pair_when_someone_else_was_named_since(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "The meeting was also attended by Chilean Army chief General Pedro Mena. "
        "The two ministers had last met in Santiago in June last year."
    )
    x = extract_text(nlp, text)
    assert all(place_name(x, mt) != "Santiago" for mt in x.meetings)


def test_a_background_meeting_moves_no_one(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "Torres and Quispe had last met in Santiago in June last year. "
        "Earlier in the day, Torres called on Peruvian President Rosa Vidal."
    )
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ana Torres", "Rosa Vidal")]) == "Lima"


def test_a_sentence_ending_on_x_dot_takes_no_day_from_the_next(nlp):
    text = (
        "Chilean Army chief General Ana Torres called on Peruvian Defence Minister Luis Quispe in Lima on Tuesday.\n\n"
        "\"General Ana Torres called on Defence Minister Luis Quispe,\" the Chilean Army posted on X.\n\n"
        "On Monday, Torres held talks with Peruvian Army chief General Pedro Mena."
    )
    met = [mt for mt in extract_text(nlp, text).meetings if mt.kind == "call-on"]
    assert [mt.date.iso for mt in met] == ["2025-03-11"]


def test_the_meeting_held_in_a_city_places_the_meeting_just_told(nlp):
    text = (
        "Chilean Defence Minister Ana Torres received Peruvian Defence Minister Luis Quispe on Monday. "
        "During the meeting, held at the Defence Ministry headquarters in Lima, the two sides reviewed naval cooperation."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lima"


def test_the_meeting_held_in_a_city_gives_no_place_to_a_call(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held a telephone conversation with Peruvian Defence Minister Luis Quispe on Monday. "
        "During the meeting, held at the Defence Ministry headquarters in Lima, the two sides reviewed naval cooperation."
    )
    x = extract_text(nlp, text)
    assert all(place_name(x, mt) != "Lima" for mt in x.meetings if mt.kind == "telephone")


GATHERING_HOSTED = ("Defence Minister Ilze Ozola on Wednesday hosted the defence ministers of the Baltic Council in Riga, "
                    "where the group agreed to pool its air defence purchases. The meeting at the Latvian Ministry of Defence "
                    "was attended by eight ministers. The Council comprises Estonia, Latvia and Lithuania. ")


def test_the_gathering_refers_back_to_the_occasion_told_before_by_any_name(nlp):
    # "the gathering"/"the event": no earlier sentence says that word; it is the occasion the lead told
    for aside in ("On the sidelines of the gathering, Ozola held bilateral talks with Estonian Defence Minister Kalle Tamm.",
                  "On the margins of the event, Ozola held talks with Estonian Defence Minister Kalle Tamm.",
                  "During the gathering, Ozola met Estonian Defence Minister Kalle Tamm."):
        x = extract_text(nlp, GATHERING_HOSTED + aside, published=date(2026, 5, 8))
        meeting = meetings_by_participants(x)[("Ilze Ozola", "Kalle Tamm")]
        assert (meeting.date and meeting.date.iso, place_name(x, meeting)) == ("2026-05-06", "Riga"), aside


def test_the_gathering_with_no_occasion_told_gives_no_day(nlp):
    text = ("Estonian Defence Minister Kalle Tamm arrived in Riga on Monday. The ministers discussed air defence. "
            "On the sidelines of the gathering, Tamm held talks with Latvian Defence Minister Ilze Ozola.")
    met = meetings_by_participants(extract_text(nlp, text, published=date(2026, 5, 8)))
    assert met[("Ilze Ozola", "Kalle Tamm")].date is None
