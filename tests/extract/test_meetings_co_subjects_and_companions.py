"""Meetings: several subjects meet each object, a subject the parse cut off, "the <nationality>
minister", "accompanied X during the call on Y" (not "during his engagements": a programme of
several meetings, none of which the companion is told to join), "the dialogue was co-chaired by A and B" and the
lead's day for the pair the lead is about (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, place_name

_extract = partial(extract_text, published=date(2025, 4, 3))


def _meetings(x):
    names = {p.key: p.name for p in x.persons}
    return sorted((tuple(sorted(names[k] for k in mt.participants)), mt.date.iso if mt.date else None, mt.status) for mt in x.meetings)


def test_two_subjects_meet_each_object(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves and Foreign Minister Rosa Pinto of Chile received Peruvian Defence Minister "
                      "Jorge Salas in Santiago on Tuesday.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves"), "2025-04-01", "held"),
                            (("Jorge Salas", "Rosa Pinto"), "2025-04-01", "held")]


def test_two_subjects_sharing_one_call_or_a_trilateral_are_one_meeting(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves and Foreign Minister Rosa Pinto of Chile paid a courtesy call on Peruvian "
                      "President Jorge Salas in Lima on Tuesday.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves", "Rosa Pinto"), "2025-04-01", "held")]
    x = _extract(nlp, "Defence Minister Pedro Alves and Foreign Minister Rosa Pinto of Chile met Peruvian Defence Minister "
                      "Jorge Salas in Lima on Tuesday for a trilateral meeting.")
    assert [m[0] for m in _meetings(x)] == [("Jorge Salas", "Pedro Alves", "Rosa Pinto")]


def test_a_subject_the_parse_hung_elsewhere_is_a_subject_not_a_partner(nlp):
    # the parse hangs "Gen Sunil Bhatia" on "Earlier", away from "and Defence Secretary ... Varma"
    x = _extract(nlp, "Philippine Defense Secretary Carlos Mendoza arrived in New Delhi on Monday. "
                      "Earlier, Chief of Defence Staff Gen Sunil Bhatia and Defence Secretary Shri Anand Kumar Varma called on "
                      "Mr Mendoza in New Delhi on Tuesday.")
    assert [m[0] for m in _meetings(x)] == [("Anand Kumar Varma", "Carlos Mendoza"), ("Carlos Mendoza", "Sunil Bhatia")]


def test_the_nationality_minister_is_that_countrys_minister_named_before(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves held talks with Peruvian Defence Minister Jorge Salas in Lima on Tuesday. "
                      "The Chilean minister is expected to call on Prime Minister Ana Rivas on Thursday.")
    assert (("Ana Rivas", "Pedro Alves"), "2025-04-03", "planned") in _meetings(x)


def test_the_nationality_minister_without_a_holder_of_that_country_is_no_one(nlp):
    # "the Bolivian minister": no Bolivian was named; not the Chilean or the Peruvian minister
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves held talks with Peruvian Defence Minister Jorge Salas in Lima on Tuesday. "
                      "The Bolivian minister is expected to call on Prime Minister Ana Rivas on Thursday.")
    assert all("Ana Rivas" not in m[0] for m in _meetings(x))


def test_accompanying_a_visitor_during_a_call_meets_the_host(nlp):
    x = _extract(nlp, "Chile's Navy chief Admiral Pedro Alves called on Peruvian President Jorge Salas in Lima on Tuesday. "
                      "He also met Defence Minister Ana Rivas on Wednesday. "
                      "Chile's Ambassador Rosa Pinto accompanied the Navy chief during the call on the President.")
    meetings = _meetings(x)
    assert (("Jorge Salas", "Rosa Pinto"), "2025-04-01", "held") in meetings
    assert all(("Ana Rivas", "Rosa Pinto") != m[0] and ("Pedro Alves", "Rosa Pinto") != m[0] for m in meetings)


def test_accompanying_someone_on_a_journey_is_no_meeting(nlp):
    x = _extract(nlp, "Chile's Navy chief Admiral Pedro Alves called on Peruvian President Jorge Salas in Lima on Tuesday. "
                      "Chile's Ambassador Rosa Pinto accompanied the Navy chief to the port of Callao.")
    assert [m[0] for m in _meetings(x)] == [("Jorge Salas", "Pedro Alves")]


def test_accompanying_a_visitor_during_a_programme_of_meetings_joins_none(nlp):
    # "during his engagements", "at her meetings": several meetings, none the companion is told to join
    for closing in ("Chile's Ambassador Rosa Pinto will accompany the Navy chief during his engagements.",
                    "The Ambassador of Chile, Rosa Pinto, is expected to accompany the Admiral at his meetings in Lima.",
                    "Chile's Ambassador Rosa Pinto will accompany the visiting Admiral for all his interactions."):
        x = _extract(nlp, "Chile's Navy chief Admiral Pedro Alves will call on Peruvian President Jorge Salas in Lima on Tuesday. "
                          "He is also expected to hold a meeting with Defence Minister Ana Rivas on Wednesday. " + closing)
        assert all("Rosa Pinto" not in m[0] for m in _meetings(x)), closing


def test_accompanying_a_visitor_during_the_talks_joins_them(nlp):
    x = _extract(nlp, "Chile's Navy chief Admiral Pedro Alves held talks with Peruvian Defence Minister Jorge Salas in Lima on Tuesday. "
                      "Chile's Ambassador Rosa Pinto accompanied the Navy chief during the talks.")
    assert (("Jorge Salas", "Rosa Pinto"), "2025-04-01", "held") in _meetings(x)


def test_a_dialogue_co_chaired_by_two_takes_the_day_and_city_of_the_dialogue_told_before(nlp):
    x = _extract(nlp, "LIMA, Apr 3 (PTI) - Chile and Peru on Wednesday held the 7th Chile-Peru Defence Policy Dialogue in Lima, "
                      "the ministry said on Thursday.\n\nThe dialogue was co-chaired by Defence Secretary Pedro Alves and Peru's "
                      "Vice Minister of Defence General Jorge Salas, it said in a statement.")
    meetings = x.meetings
    assert [m[:2] for m in _meetings(x)] == [(("Jorge Salas", "Pedro Alves"), "2025-04-02")]
    assert place_name(x, meetings[0]) == "Lima"


def test_the_pair_the_lead_is_about_meets_on_the_leads_day(nlp):
    x = _extract(nlp, "LIMA, Apr 3 (Reuters) - Chilean Defence Minister Pedro Alves and Peruvian Defence Minister Jorge Salas "
                      "agreed in Lima on Tuesday to expand joint patrols.\n\nAlves and Salas held talks at the defence ministry "
                      "in Lima, their second in-person meeting since the election.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves"), "2025-04-01", "held")]


def test_another_pair_after_the_lead_does_not_take_its_day(nlp):
    x = _extract(nlp, "LIMA, Apr 3 (Reuters) - Chilean Defence Minister Pedro Alves and Peruvian Defence Minister Jorge Salas "
                      "agreed in Lima on Tuesday to expand joint patrols.\n\nAlves also held talks with Foreign Minister Ana Rivas "
                      "at the foreign ministry.")
    assert (("Ana Rivas", "Pedro Alves"), None, "held") in _meetings(x)


def test_two_hosts_of_two_guests_for_the_talks_meet_each_guest(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves and Foreign Minister Rosa Pinto of Chile are expected to host Peruvian Defence "
                      "Minister Jorge Salas and Foreign Minister Ana Rivas for the talks.")
    assert sorted(m[0] for m in _meetings(x)) == [("Ana Rivas", "Pedro Alves"), ("Ana Rivas", "Rosa Pinto"),
                                                  ("Jorge Salas", "Pedro Alves"), ("Jorge Salas", "Rosa Pinto")]


def test_discussing_something_with_a_person_is_meeting_them(nlp):
    x = _extract(nlp, "Chilean Navy chief Admiral Pedro Alves discussed maritime security and hydrography with Peruvian Deputy "
                      "Minister of Defence Jorge Salas at the Defence Ministry in Lima on Monday.")
    assert _meetings(x) == [(("Jorge Salas", "Pedro Alves"), "2025-03-31", "held")]


def test_discussing_something_with_a_country_is_no_meeting(nlp):
    x = _extract(nlp, "Chilean Navy chief Admiral Pedro Alves discussed maritime cooperation with Peru and Ecuador in Santiago on Monday.")
    assert x.meetings == []


def test_a_meeting_put_in_an_unknown_town_is_not_where_the_visitor_was(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves held talks with Peruvian Defence Minister Jorge Salas in Lima on Monday. "
                      "The Chilean minister is expected to hold talks with Regional Governor Ana Rivas in Quillabamba on Thursday.")
    by_pair = {tuple(sorted({p.key: p.name for p in x.persons}[k] for k in mt.participants)): mt for mt in x.meetings}
    assert place_name(x, by_pair[("Jorge Salas", "Pedro Alves")]) == "Lima"
    # the town the gazetteer lacks is the meeting's place (read from "in" after the meeting's verb), not Lima
    assert place_name(x, by_pair[("Ana Rivas", "Pedro Alves")]) == "Quillabamba"


def test_a_meeting_in_a_month_keeps_the_place_where_the_visitor_is(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves arrived in Lima on Monday. "
                      "He held talks with Peruvian Defence Minister Jorge Salas in January.")
    assert [place_name(x, mt) for mt in x.meetings] == ["Lima"]


def test_the_meeting_co_chaired_is_the_one_named_in_the_lead_and_moves_its_chairs_there(nlp):
    x = _extract(nlp, "Santiago: Chile and Peru on Wednesday reviewed their defence ties at the 9th meeting of the Chile-Peru "
                      "Joint Defence Cooperation Committee in Lima, the ministry said.\n\nThe meeting was co-chaired by defence "
                      "secretary Pedro Alves and Jorge Salas, Vice Minister of Defence of Peru. Alves also paid a courtesy call on "
                      "Ana Rivas, the Peruvian Defence Minister.")
    assert [m[:2] for m in _meetings(x)] == [(("Ana Rivas", "Pedro Alves"), "2025-04-02"), (("Jorge Salas", "Pedro Alves"), "2025-04-02")]
    assert [place_name(x, mt) for mt in x.meetings] == ["Lima", "Lima"]


def test_talks_with_the_visiting_minister_are_with_the_visitor(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves arrived in Lima on Monday on a three-day visit to Peru. "
                      "Peruvian Army chief General Jorge Salas discussed joint training and hydrography with the visiting minister.")
    assert [m[0] for m in _meetings(x)] == [("Jorge Salas", "Pedro Alves")]


def test_the_visiting_minister_with_no_visitor_told_is_no_one(nlp):
    x = _extract(nlp, "Peruvian Army chief General Jorge Salas discussed joint training and hydrography with the visiting minister.")
    assert x.meetings == []


def test_talks_when_he_visits_a_city_are_in_that_city(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves is expected to hold talks with Peruvian Defence Minister Jorge Salas "
                      "when he visits Lima next month, an official said.")
    assert [place_name(x, mt) for mt in x.meetings] == ["Lima"]
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves is expected to hold talks with Peruvian Defence Minister Jorge Salas "
                      "next month before he visits Lima, an official said.")
    assert [mt.place for mt in x.meetings] == [None]


def test_a_meeting_on_the_first_day_of_an_occasion_takes_that_day(nlp):
    text = ("Chilean Defence Minister Pedro Alves attended the fifth Pacific Defence Forum, held in Lima on March 20 and 21. "
            "Delegates agreed to set up a secretariat.\n\nPeru's Defence Minister Jorge Salas held a separate meeting with "
            "Alves on the {} day of the forum.")
    assert [m[1] for m in _meetings(_extract(nlp, text.format("first")))] == ["2025-03-20"]
    assert [m[1] for m in _meetings(_extract(nlp, text.format("last")))] == ["2025-03-21"]
    # "the first day of the visit": no days of a visit were told
    assert [m[1] for m in _meetings(_extract(nlp, text.replace("of the forum", "of the visit").format("first")))] == [None]


def test_a_call_between_two_told_past_a_time_phrase_is_their_meeting(nlp):
    x = _extract(nlp, "Officials said the two sides discussed the follow-up to a telephone conversation earlier this month between "
                      "defence minister Pedro Alves and Jorge Salas, Peru's defence minister, in which the two agreed on a roadmap.")
    assert [(m[0], mt.kind) for m, mt in zip(_meetings(x), x.meetings)] == [(("Jorge Salas", "Pedro Alves"), "telephone")]


def test_between_after_a_noun_that_is_no_talk_is_no_meeting(nlp):
    x = _extract(nlp, "Officials said the two sides discussed the follow-up to an agreement earlier this month between "
                      "defence minister Pedro Alves and Jorge Salas, Peru's defence minister.")
    assert x.meetings == []


def test_subjects_of_two_countries_meeting_a_third_meet_together(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves and Peruvian Defence Minister Jorge Salas met Ecuadorian Defence "
                      "Minister Ana Rivas in Quito on Tuesday.")
    assert [m[0] for m in _meetings(x)] == [("Ana Rivas", "Jorge Salas", "Pedro Alves")]
