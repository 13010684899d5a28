"""Meetings told through a co-chair clause with an apposition or a relative "which", a possessive
"his talks with" (the speaker's, even in "A said the visit built on his talks with B"), a meeting
to come placed at the dateline only when the story's visit does not go abroad, a delegation "led
by" hung on its body, a title written in full ("the Chief of the Army Staff") and "the visiting
minister" after a new arrival (invented articles)."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name


# -- co-chairs named with an apposition, a "Country's" title, while the main clause plans something else


@pytest.mark.parametrize("text", [
    "Chile and Peru on Monday agreed to expand naval cooperation as Defence Secretary Pablo Rojas and Peru's Vice "
    "Minister of Defence, Rear Adm. Luis Quispe, co-chaired the 5th Chile-Peru Defence Policy Dialogue in Lima.",
    "Chile and Peru on Monday agreed to expand naval cooperation as Defence Secretary Pablo Rojas and Vice Minister "
    "of Defence, Rear Adm. Luis Quispe, co-chaired the 5th Chile-Peru Defence Policy Dialogue in Lima.",
])
def test_co_chairs_with_an_apposition_before_the_verb_met_and_agreeing_plans_nothing(nlp, text):
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Luis Quispe", "Pablo Rojas")]
    assert meeting.status == "held"
    assert place_name(x, meeting) == "Lima"
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_agreed_to_meet_is_still_planned(nlp):
    x = extract_text(nlp, "Defence Minister Ana Torres agreed to meet Peru's Defence Minister Luis Quispe in Lima.")
    (meeting,) = x.meetings
    assert meeting.status == "planned"


# -- "the X Dialogue, which A will co-chair with B"


@pytest.mark.parametrize("text, status, place", [
    ("The talks come ahead of the Chile-Peru Defence Policy Talks, which Defence Secretary Pablo Rojas is scheduled "
     "to co-chair with Peruvian Defence Secretary Luis Quispe in Lima next month.", "planned", "Lima"),
    ("Talks also covered the Chile-Peru Joint Defence Committee, which Defence Secretary Pablo Rojas will co-chair "
     "with Peruvian Defence Secretary Luis Quispe in Santiago next week.", "planned", "Santiago"),
    ("The minister recalled the Peru-Chile Defence Policy Dialogue, which Defence Secretary Pablo Rojas is expected "
     "to co-chair with Peruvian Vice Minister Luis Quispe in Lima.", "planned", "Lima"),
    ("He mentioned the Chile-Peru Joint Defence Committee that Defence Secretary Pablo Rojas and Peruvian Vice "
     "Minister Luis Quispe co-chaired in Lima on Monday.", "held", "Lima"),
])
def test_a_relative_clause_of_co_chair_is_a_meeting_at_the_framework_before_it(nlp, text, status, place):
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meetings_by_participants(x).keys() == {("Luis Quispe", "Pablo Rojas")}
    assert meeting.status == status
    assert place_name(x, meeting) == place
    assert meeting.framework is not None


def test_a_framework_co_chaired_by_unnamed_posts_is_no_meeting(nlp):
    text = "He mentioned the Chile-Peru Joint Defence Committee, which is co-chaired by the two defence secretaries."
    assert extract_text(nlp, text).meetings == []


# -- "recalled his talks with B": "his" is the nearest person subject above the noun


@pytest.mark.parametrize("text", [
    "Defence Minister Taro Kono said Japan valued the partnership and praised his discussions with Chilean "
    "Defence Minister Ana Ortiz.",
    "Defence Minister Taro Kono said Japan valued the partnership, recalling his meeting with Chilean Defence "
    "Minister Ana Ortiz in May.",
    "Speaking to reporters, Japanese Defence Minister Taro Kono recalled her meeting with Chilean President Ana "
    "Ortiz last year.",
])
def test_his_talks_with_is_a_meeting_of_the_subject_above(nlp, text):
    assert meeting_pairs(extract_text(nlp, text)) == {("Ana Ortiz", "Taro Kono")}


def test_his_talks_with_after_another_meeting_is_not_given_to_that_meetings_subject(nlp):
    text = ("Chilean Defence Minister Ana Ortiz on Monday called on President Taro Kono. "
            "Kono said Japan valued its ties with Chile and recalled his talks with Peruvian President Luis Quispe, "
            "who was the chief guest at a parade in 2024.")
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Luis Quispe", "Taro Kono") in pairs
    assert ("Ana Ortiz", "Luis Quispe") not in pairs


SPEAKER_LEAD = ("Peruvian Defence Minister Luis Quispe ended a three-day visit to Chile on Friday. Chilean Defence Minister "
                "Ana Torres received Mr Quispe in Santiago on Thursday. ")


@pytest.mark.parametrize("sentence", [
    "Ms Torres said the visit had built on her talks with Argentine Defence Minister Pablo Rojas in Buenos Aires in May.",
    "Ms Torres said the trip followed her meeting with Argentine Defence Minister Pablo Rojas in Buenos Aires in May.",
    "Torres added that this visit would deepen what her discussions with Argentine Defence Minister Pablo Rojas in "
    "Buenos Aires in May had begun.",
])
def test_his_talks_with_after_a_visit_subject_are_the_speakers_not_the_visitors(nlp, sentence):
    pairs = meeting_pairs(extract_text(nlp, SPEAKER_LEAD + sentence))
    assert ("Ana Torres", "Pablo Rojas") in pairs
    assert ("Luis Quispe", "Pablo Rojas") not in pairs


def test_his_talks_with_after_a_visit_subject_with_no_speaker_are_the_visitors(nlp):
    text = ("Chilean Defence Minister Ana Torres arrived in Lima on Monday on a three-day visit to Peru. "
            "The visit will include her talks with Peruvian Defence Minister Luis Quispe on Tuesday.")
    assert ("Ana Torres", "Luis Quispe") in meeting_pairs(extract_text(nlp, text))


# -- "received a delegation of the X College led by its Commandant, Y"


@pytest.mark.parametrize("text", [
    "Chief of Defence Staff Gen Ola Berg received a delegation of the Chilean Defence College led by its "
    "Commandant, Rear Admiral Ana Ortiz, in Oslo on Friday.",
    "Army chief General Ola Berg received a delegation from the Chilean National Defence University headed by "
    "its President, Lt Gen Ana Ortiz, in Oslo on Monday.",
    "Defence Minister Ola Berg hosted a team of the Chilean Naval War College led by Rear Admiral Ana Ortiz on Monday.",
])
def test_the_leader_of_a_delegation_from_a_body_is_who_was_received(nlp, text):
    assert meeting_pairs(extract_text(nlp, text)) == {("Ana Ortiz", "Ola Berg")}


def test_a_body_led_by_someone_is_no_delegation(nlp):
    text = ("Defence Minister Ola Berg met officials of the Chilean Naval War College, which is led by Rear Admiral "
            "Ana Ortiz, on Monday.")
    assert meeting_pairs(extract_text(nlp, text)) == set()


# -- "The Chief of the Army Staff, who ...": the whole title names the holder told before


def test_a_title_with_its_of_phrase_stands_for_its_holder(nlp):
    text = ("Army chief Gen Ola Berg held talks with Chilean Army Commander Gen Ana Ortiz in Santiago on Monday. "
            "The Chief of the Army Staff, who is on a visit to Chile, also called on Chile's Minister of Defence "
            "Luis Rojas.")
    x = extract_text(nlp, text)
    assert meeting_pairs(x) == {("Ana Ortiz", "Ola Berg"), ("Luis Rojas", "Ola Berg")}


# -- "the visiting minister" is the latest foreigner told arriving


def test_the_visiting_minister_is_the_latest_arrival(nlp):
    text = ("NEW DELHI, March 12: Army chief Gen Ola Berg held talks with Chilean Army Commander Gen Ana Ortiz in "
            "Santiago on Monday, during his visit to Chile. "
            "Meanwhile, Peruvian Defence Minister Luis Quispe will arrive in New Delhi on Wednesday on a three-day "
            "visit, officials said. "
            "The visiting minister is also expected to meet National Security Adviser Ravi Menon.")
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Luis Quispe", "Ravi Menon") in pairs
    assert ("Ola Berg", "Ravi Menon") not in pairs


def test_an_old_visit_makes_no_one_the_visitor(nlp):
    text = ("Defence Secretary Ravi Menon and Kenya's Principal Secretary Ana Wanjiru co-chaired the 4th India-Kenya "
            "Joint Defence Committee in Nairobi on Monday. The two sides reviewed the pact signed during Prime "
            "Minister Arun Rao's visit to Nairobi in July 2016. The visiting secretary also met Gen Paul Otieno.")
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Arun Rao", "Paul Otieno") not in pairs


# -- a host of the dateline's country, told going nowhere, meets foreigners at home

LEAD = ("NAIROBI, March 12 - Kenya's Defence Cabinet Secretary Ruth Wanjiru on Tuesday held talks with Uganda's "
        "Defence Minister Sam Okello in Mombasa. ")


@pytest.mark.parametrize("sentence", [
    "Rwanda's Defence Minister Jean Habimana paid a courtesy call on Kenyan Foreign Minister Peter Kamau on Wednesday.",
    "On Wednesday, Kenyan Foreign Minister Peter Kamau received Rwanda's Defence Minister Jean Habimana.",
    "Rwanda's Defence Minister Jean Habimana is expected to hold talks with Kenyan Foreign Minister Peter Kamau on "
    "Thursday.",
])
def test_a_foreigner_meeting_a_host_of_the_dateline_country_meets_in_the_dateline_city(nlp, sentence):
    x = extract_text(nlp, LEAD + sentence)
    meeting = meetings_by_participants(x)[("Jean Habimana", "Peter Kamau")]
    assert place_name(x, meeting) == "Nairobi"


@pytest.mark.parametrize("sentence", [
    "Kenya's Ambassador to Rwanda Peter Kamau called on Rwanda's Defence Minister Jean Habimana on Wednesday.",
    "Kenyan Foreign Minister Peter Kamau, on a visit to Rwanda, met Rwanda's Defence Minister Jean Habimana on "
    "Wednesday.",
    "Kenyan Foreign Minister Peter Kamau is expected to hold talks with Rwanda's Defence Minister Jean Habimana "
    "later this year.",
])
def test_an_envoy_a_host_abroad_or_a_meeting_months_away_is_not_placed_at_the_dateline(nlp, sentence):
    x = extract_text(nlp, LEAD + sentence)
    meeting = meetings_by_participants(x)[("Jean Habimana", "Peter Kamau")]
    assert place_name(x, meeting) != "Nairobi"


ABROAD_LEAD = ("NAIROBI, March 12 - Kenya's Defence Cabinet Secretary Ruth Wanjiru will leave for Kigali on Wednesday "
               "on a three-day visit to Rwanda, the ministry said. ")


@pytest.mark.parametrize("sentence", [
    "On Thursday, Kenyan Principal Secretary Peter Kamau and Rwanda's Permanent Secretary Jean Habimana will co-chair "
    "the 4th Kenya-Rwanda Joint Permanent Commission on Defence.",
    "Kenyan Principal Secretary Peter Kamau is expected to hold talks with Rwanda's Permanent Secretary Jean Habimana "
    "on Thursday.",
    "On Friday, Principal Secretary Peter Kamau of Kenya is scheduled to meet Rwanda's Army chief General Jean Habimana.",
])
def test_a_meeting_to_come_of_a_story_whose_visit_goes_abroad_is_not_at_the_dateline(nlp, sentence):
    x = extract_text(nlp, ABROAD_LEAD + sentence)
    meeting = meetings_by_participants(x)[("Jean Habimana", "Peter Kamau")]
    assert place_name(x, meeting) != "Nairobi"


def test_a_meeting_to_come_at_home_while_the_visit_comes_home_is_at_the_dateline(nlp):
    x = extract_text(nlp, "NAIROBI, March 12 - Rwanda's Defence Minister Jean Habimana will arrive in Kenya on Wednesday on a "
                          "three-day visit. Rwanda's Defence Minister Jean Habimana is expected to hold talks with Kenyan "
                          "Foreign Minister Peter Kamau on Thursday.")
    meeting = meetings_by_participants(x)[("Jean Habimana", "Peter Kamau")]
    assert place_name(x, meeting) == "Nairobi"


# -- "During their talks in X, A and B agreed ...": the subjects of the verb met


@pytest.mark.parametrize("text, place", [
    ("During their talks in Lima on Monday, Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe "
     "agreed to expand exercises.", "Lima"),
    ("At their meeting in Santiago on Monday, Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe "
     "signed a roadmap.", "Santiago"),
    ("Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe, in their talks in Lima on Monday, "
     "reviewed naval cooperation.", "Lima"),
    ("Following their discussions in Lima on Monday, Defence Minister Ana Torres and Peruvian Defence Minister Luis "
     "Quispe issued a joint statement.", "Lima"),
])
def test_their_talks_are_a_meeting_of_the_verbs_subjects(nlp, text, place):
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert meetings_by_participants(x).keys() == {("Ana Torres", "Luis Quispe")}
    assert place_name(x, meeting) == place
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


@pytest.mark.parametrize("text", [
    "During their visit to Lima, Defence Minister Ana Torres and Peruvian Defence Minister Luis Quispe toured a shipyard.",
    "During their talks in Lima, Defence Minister Ana Torres said the two navies would train together.",
])
def test_their_visit_or_a_single_speaker_is_no_meeting(nlp, text):
    assert extract_text(nlp, text).meetings == []


def test_their_talks_after_a_lead_about_the_pair_take_the_leads_day(nlp):
    text = ("TOKYO, March 12 - Japanese Defence Minister Taro Kono and his Chilean counterpart Ana Ortiz agreed "
            "Sunday to speed up work on a frigate deal. "
            "During their talks in Tokyo, Kono and Ortiz, who is also Chile's deputy prime minister, confirmed that "
            "the first ships will be built in Japan.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Ana Ortiz", "Taro Kono")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-09"
    assert place_name(x, meeting) == "Tokyo"


# -- "travel to X for a meeting of the so-called Y, ..., where he will hold talks with Z"


def test_a_where_clause_past_a_so_called_name_is_in_the_city_travelled_to(nlp):
    text = ("Defence Minister Taro Kono is scheduled to travel to Manila next month for a meeting of defence ministers "
            "of the so-called Quartet, an informal grouping of Japan, Chile, Peru and Fiji, where he is expected to "
            "hold talks with Chilean Defence Minister Ana Ortiz.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Ana Ortiz", "Taro Kono")]
    assert meeting.status == "planned"
    assert place_name(x, meeting) == "Manila"


# -- "X, who is (leading a delegation) on a visit to Y": X is the visitor; "hosted the Z delegation" meets X

VISIT_LEAD = ("The pact was signed in Kigali on Thursday by Defence Minister Jean Habimana and Chilean Minister of "
              "Defence Gen Ana Ortiz, who is leading a high-level delegation on a four-day visit to Rwanda. ")


@pytest.mark.parametrize("sentence", [
    "Earlier on Thursday, the visiting minister paid a courtesy call on the Chief of Defence Forces, Gen Paul Mugabo.",
    "Gen Paul Mugabo received the visiting delegation at the Defence Headquarters on Thursday.",
    "Gen Paul Mugabo hosted the Chilean delegation at the Defence Headquarters on Thursday.",
])
def test_the_leader_on_a_visit_is_the_visitor_met(nlp, sentence):
    pairs = meeting_pairs(extract_text(nlp, VISIT_LEAD + sentence))
    assert ("Ana Ortiz", "Paul Mugabo") in pairs


@pytest.mark.parametrize("sentence", [
    "Gen Paul Mugabo hosted the Peruvian delegation at the Defence Headquarters on Thursday.",
    "Gen Paul Mugabo hosted a delegation led by the Chilean defence firm Andes Aero on Thursday.",
])
def test_a_delegation_of_another_country_or_led_by_someone_else_is_not_the_visitor(nlp, sentence):
    pairs = meeting_pairs(extract_text(nlp, VISIT_LEAD + sentence))
    assert ("Ana Ortiz", "Paul Mugabo") not in pairs


# -- "the Army chief" when the visitor and the host both hold a post of that name: the visitor


@pytest.mark.parametrize("sentence", [
    "On Friday, the Army chief paid a courtesy call on Chile's Minister of Defence Luis Rojas.",
    "The Army chief also called on Chile's Minister of Defence Luis Rojas on Friday.",
])
def test_a_post_both_sides_hold_means_the_visitor(nlp, sentence):
    text = ("SANTIAGO, March 12 - Chief of the Army Staff General Ola Berg met Chile's Chief of Army Staff General Ana "
            "Ortiz in Santiago on Saturday. General Berg, who is on an official visit to Chile, inspected a guard of "
            "honour. " + sentence)
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Luis Rojas", "Ola Berg") in pairs
    assert ("Ana Ortiz", "Luis Rojas") not in pairs
