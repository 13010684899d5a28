"""Meetings whose participants are written as pronouns or bare titles."""

from __future__ import annotations

from extract_helpers import meeting_pairs, meetings_by_participants
from test_facts import _extract, _names, _place


def test_pronoun_among_the_subjects_is_the_earlier_subject(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held a virtual meeting with Peruvian Defence Minister Luis Quispe on Monday. "
        "Torres is scheduled to visit Lima in May, when she and Quispe are expected to hold the first meeting of the "
        "Chile-Peru Joint Defence Committee."
    )
    x = _extract(nlp, text)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1
    assert _names(x, planned[0]) == ["Ana Torres", "Luis Quispe"]
    assert _place(x, planned[0]) == "Lima"


def test_he_after_a_dateline_is_the_visitor_named_in_apposition(nlp):
    text = (
        "LIMA, March 12 (Reuters) - Chile's Defence Minister Gen Ana Torres will pay an official visit to Peru from March 17 "
        "to 19, during which she is scheduled to hold talks with Defence Minister Luis Quispe in Lima on Tuesday, the ministry said."
    )
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Ana Torres", "Luis Quispe"]
    assert meeting.status == "planned"


def test_the_navy_chief_is_the_person_named_with_that_post(nlp):
    text = (
        "Chief of the Naval Staff Admiral Pedro Mena called on Defence Minister Luis Quispe in Lima on Tuesday. "
        "The Navy chief also received Bolivia's Minister of Defence Carla Rojas on board a frigate at Callao port."
    )
    x = _extract(nlp, text)
    assert ("Carla Rojas", "Pedro Mena") in meetings_by_participants(x)


def test_him_in_a_where_clause_is_the_sentence_subject_and_the_city_is_the_place(nlp):
    text = (
        "Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "The visiting Minister is scheduled to call on Foreign Minister Pedro Mena on March 14 before travelling to Cusco, "
        "where Army chief General Carla Rojas will receive him."
    )
    x = _extract(nlp, text)
    found = meetings_by_participants(x)
    received = found[("Ana Torres", "Carla Rojas")]  # "him": the visiting minister, the sentence's subject
    assert received.status == "planned"
    assert _place(x, received) == "Cusco"


def test_him_with_no_one_to_refer_to_is_no_meeting(nlp):
    x = _extract(nlp, "Army chief General Carla Rojas will receive him in Cusco.")
    assert x.meetings == []


def test_the_two_ministers_met_are_the_previous_sentences_pair_and_a_call_is_another_occasion(nlp):
    text = (
        "Last week, Chilean Defence Minister Ana Torres held a telephone conversation with Peruvian Defence Minister Luis Quispe. "
        "The two ministers last met in Lima in January 2024, when they agreed to expand training slots."
    )
    x = _extract(nlp, text)
    assert len(x.meetings) == 2
    met = next(mt for mt in x.meetings if mt.kind != "telephone")
    assert _names(x, met) == ["Ana Torres", "Luis Quispe"]
    assert _place(x, met) == "Lima"
    assert met.date is not None and met.date.iso == "2024-01"


def test_the_two_ministers_without_a_pair_just_before_is_no_meeting(nlp):
    text = (
        "Chilean Defence Minister Ana Torres held talks with Peruvian Defence Minister Luis Quispe in Lima on Monday. "
        "Officials said the talks went well. The two ministers last met in Santiago in 2023."
    )
    x = _extract(nlp, text)
    assert len(x.meetings) == 1


def test_the_nationality_and_rank_is_the_person_of_that_country_named_with_that_rank(nlp):
    text = (
        "Chief of the Norwegian Defence Staff Admiral Lars Holm held talks with Peru's Chief of Navy Vice Admiral Pedro Salas in Lima on Monday. "
        "On Thursday, the Norwegian Admiral is scheduled to call on Defence Minister Rosa Vidal."
    )
    x = _extract(nlp, text)
    found = meetings_by_participants(x)
    assert ("Lars Holm", "Rosa Vidal") in found
    assert found[("Lars Holm", "Rosa Vidal")].status == "planned"
    assert ("Pedro Salas", "Rosa Vidal") not in found


def test_a_rank_no_one_of_that_country_was_named_with_is_no_one(nlp):
    text = (
        "Chief of Navy Vice Admiral Pedro Salas of Peru held talks with Norway's Defence Minister Lars Holm in Lima on Monday. "
        "On Thursday, the Norwegian General is scheduled to call on Defence Minister Rosa Vidal."
    )
    x = _extract(nlp, text)
    assert not any("Rosa Vidal" in _names(x, mt) for mt in x.meetings)


def test_whom_in_a_relative_clause_is_the_person_the_clause_describes(nlp):
    text = "Chile's Defence Minister Maya Fernandez, whom Peru's Defence Minister Luis Quispe met in Lima last month, said ties were strong."
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Luis Quispe", "Maya Fernandez"]
    assert _place(x, meeting) == "Lima"


def test_whom_someone_described_is_no_partner(nlp):
    text = "Chile's Defence Minister Maya Fernandez, whom Luis Quispe described as a friend, met Bolivia's Defence Minister Edmundo Novillo."
    x = _extract(nlp, text)
    assert [_names(x, mt) for mt in x.meetings] == [["Edmundo Novillo", "Maya Fernandez"]]


def test_his_in_a_phrase_before_the_main_clause_is_its_subject(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe arrived in Lima on Sunday. Following his talks with Chile's Defence "
        "Minister Maya Fernandez on Monday, Bolivia's Defence Minister Edmundo Novillo flew home."
    )
    x = _extract(nlp, text)
    assert [_names(x, mt) for mt in x.meetings] == [["Edmundo Novillo", "Maya Fernandez"]]


def test_ahead_of_his_meeting_is_planned(nlp):
    text = "Speaking ahead of his meeting with Chile's Defence Minister Maya Fernandez on Friday, Peru's Defence Minister Luis Quispe said ties were strong."
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Luis Quispe", "Maya Fernandez"]
    assert meeting.status == "planned"


def test_after_meeting_someone_the_subject_is_the_main_clauses(nlp):
    for text in (
        "After meeting Chief of Defence Staff General Pablo Mena in Lima on Monday, Chile's Defence Minister Maya Fernandez said ties were strong.",
        "Chile's Defence Minister Maya Fernandez told reporters that ties were strong after meeting Chief of Defence Staff General Pablo Mena.",
    ):
        x = _extract(nlp, text)
        assert [_names(x, mt) for mt in x.meetings] == [["Maya Fernandez", "Pablo Mena"]], text


def test_after_an_event_with_no_meeting_verb_there_is_no_meeting(nlp):
    text = "After attending a parade with General Pablo Mena in Lima, Chile's Defence Minister Maya Fernandez said ties were strong."
    assert _extract(nlp, text).meetings == []


def test_the_visiting_minister_after_co_chairs_in_the_dateline_city_is_the_foreign_one(nlp):
    text = (
        "LIMA, March 11 (Reuters) - Peru's Defence Secretary Jorge Prado and Chile's Deputy Defence Minister Ana Rojas "
        "co-chaired the 5th Peru-Chile Defence Policy Dialogue here. "
        "The visiting Deputy Minister is scheduled to call on Defence Minister Luis Quispe on Thursday."
    )
    found = meetings_by_participants(_extract(nlp, text))
    assert ("Ana Rojas", "Luis Quispe") in found
    assert ("Jorge Prado", "Luis Quispe") not in found


def test_a_and_b_looked_forward_to_meeting_again_is_planned_between_them(nlp):
    text = ("Defence Minister Luis Quispe and Defence Minister Maya Fernandez looked forward to meeting again "
            "at the Pacific Security Forum in Santiago in May.")
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Luis Quispe", "Maya Fernandez"]
    assert meeting.status == "planned"
    assert _place(x, meeting) == "Santiago"


def test_joining_the_meeting_meets_the_other_side_of_the_meeting_just_told(nlp):
    text = (
        "Chile's Defence Minister Maya Fernandez met Peru's Deputy Defence Minister Jorge Prado in Lima on Monday. "
        "Peru's Army chief General Pablo Mena joined the meeting."
    )
    x = _extract(nlp, text)
    found = meetings_by_participants(x)
    assert set(found) == {("Jorge Prado", "Maya Fernandez"), ("Maya Fernandez", "Pablo Mena")}
    joined = found[("Maya Fernandez", "Pablo Mena")]
    assert joined.date == found[("Jorge Prado", "Maya Fernandez")].date
    assert _place(x, joined) == "Lima"


def test_joining_an_army_or_a_group_is_no_meeting(nlp):
    text = (
        "Chile's Defence Minister Maya Fernandez met Peru's Deputy Defence Minister Jorge Prado in Lima on Monday. "
        "General Pablo Mena joined the army in 1990."
    )
    assert meeting_pairs(_extract(nlp, text)) == {("Jorge Prado", "Maya Fernandez")}


def test_and_later_met_goes_on_with_the_sentence_subject_whatever_the_parse(nlp):
    text = (
        "On Monday, Admiral Pedro Mena held talks with Deputy Minister of Defence Major General (retd) Jorge Prado at "
        "the Ministry of Defence in Lima, and later met Defence Secretary Air Vice Marshal (retd) Luis Quispe."
    )
    assert meeting_pairs(_extract(nlp, text)) == {("Jorge Prado", "Pedro Mena"), ("Luis Quispe", "Pedro Mena")}


def test_a_named_subject_after_and_keeps_its_own_meeting(nlp):
    text = ("Peru's Defence Minister Luis Quispe met Chile's Defence Minister Maya Fernandez on Monday, "
            "and Fernandez later met Bolivia's Defence Minister Edmundo Novillo.")
    assert meeting_pairs(_extract(nlp, text)) == {("Luis Quispe", "Maya Fernandez"), ("Edmundo Novillo", "Maya Fernandez")}


def test_a_verb_right_after_and_is_a_second_verb_of_the_subject_named_before(nlp):
    from diplokg.facts import _second_verb_of_subject

    doc = nlp("Mena held talks with Prado in Lima, and later met Quispe. Mena met Prado, and Quispe later met Soto.")
    first_met, second_met = [t for t in doc if t.text == "met"][0], [t for t in doc if t.text == "met"][2]
    assert _second_verb_of_subject(first_met, [doc[4]])  # a misparse making "Prado" its subject
    assert not _second_verb_of_subject(second_met, [t for t in doc if t.text == "Quispe"][1:])


def test_the_cns_is_the_chief_of_naval_staff_named_before(nlp):
    text = (
        "Chief of the Naval Staff Admiral Pedro Mena called on Defence Minister Luis Quispe in Lima on Tuesday. "
        "The CNS also met the Chief of the Chilean Navy, Admiral Juan Soto."
    )
    assert ("Juan Soto", "Pedro Mena") in meeting_pairs(_extract(nlp, text))


def test_a_delegation_member_described_by_a_relative_clause_is_the_one_who_called(nlp):
    text = (
        "Peru's Defence Minister Luis Quispe arrived in Santiago on Monday for a visit. Lt Gen Pablo Mena, Vice Chief "
        "of Staff of the Armed Forces of Peru, who is part of the delegation, called on Chief of the Army Staff Gen "
        "Juan Soto on Tuesday."
    )
    assert meeting_pairs(_extract(nlp, text)) == {("Juan Soto", "Pablo Mena")}


def test_unnamed_ministers_who_met_are_not_the_next_sentences_hosts_alone(nlp):
    text = (
        "Peru and Chile agreed on Friday to expand joint training, as their foreign and defence ministers met in Lima. "
        "Peruvian Defence Minister Luis Quispe and Foreign Minister Elmer Schialer hosted Chilean Defence Minister "
        "Maya Fernandez and Foreign Minister Alberto van Klaveren for the fifth 2+2 dialogue."
    )
    found = meeting_pairs(_extract(nlp, text))
    assert ("Elmer Schialer", "Luis Quispe") not in found
    assert any(len(names) == 4 for names in found)
