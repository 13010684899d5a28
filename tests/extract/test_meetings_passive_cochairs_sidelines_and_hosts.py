"""Meetings told with a passive "co-chaired on <day> by A and B" or of a body's acronym, joint acts
"on the sidelines of" a meeting told before, the visitor a "visiting minister" object names,
hosts at home in the dateline's city, and an occasion named after its city ("the Oslo
meeting") -- invented articles."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

# -- "the visiting minister" as an object makes that person, not the subject, the visitor

VISIT_TOLD = ("Kenyan Defence Minister Alan Brook held talks with Peruvian Defence Minister Jose Ruiz in Nairobi on "
              "Monday. Ruiz is on an official visit to Kenya from March 9 to 12. ")


@pytest.mark.parametrize("second", [
    "Army chief General Ann Wambui interacted with the visiting Minister on Tuesday.",
    "Army chief General Ann Wambui received the visiting minister at the Army headquarters.",
    "Army chief General Ann Wambui later held talks with the visiting Minister.",
])
@pytest.mark.parametrize("third", [
    "The visiting Minister later paid a courtesy call on President Paul Otieno.",
    "The visiting minister also called on President Paul Otieno on Wednesday.",
])
def test_a_visiting_minister_object_leaves_the_visitor_unchanged(nlp, second, third):
    pairs = meeting_pairs(extract_text(nlp, VISIT_TOLD + second + " " + third))
    assert ("Ann Wambui", "Jose Ruiz") in pairs
    assert ("Jose Ruiz", "Paul Otieno") in pairs
    assert ("Ann Wambui", "Paul Otieno") not in pairs


def test_a_visit_told_of_the_subject_still_makes_the_subject_the_visitor(nlp):
    text = ("Kenyan Defence Minister Alan Brook, on a visit to Lima, held talks with Peruvian Defence Minister Jose Ruiz "
            "on Monday. The visiting minister later called on President Pablo Rojas.")
    assert ("Alan Brook", "Pablo Rojas") in meeting_pairs(extract_text(nlp, text))


# -- "co-chaired" in the passive with its day or place before "by", and "the Nth meeting of the <acronym>"

@pytest.mark.parametrize("text, place", [
    ("The talks followed the fifth meeting of the Kenya-Peru Joint Defence Cooperation Committee (JDCC), co-chaired "
     "on Wednesday by Defence Secretary Alan Brook and Peru's Secretary General of Defence, Air Marshal Jose Ruiz.", None),
    ("The sixth round of the Kenya-Peru Joint Working Group was co-chaired in Nairobi on 3 March by Kenya's Defence "
     "Secretary Alan Brook and Peruvian Vice Minister Jose Ruiz.", "Nairobi"),
    ("Defence ties are steered by the Kenya-Peru Joint Working Group (JWG). The 4th meeting of the JWG was co-chaired "
     "by Defence Secretary Alan Brook and the Vice Minister of Peru's Ministry of Defence, Dr Jose Ruiz, in Lima in "
     "November 2024.", "Lima"),
    ("Ties are steered by the Kenya-Peru Defence Policy Dialogue (DPD). The seventh session of the DPD was co-chaired "
     "last Monday in Lima by Kenyan Defence Secretary Alan Brook and Peruvian Vice Minister Jose Ruiz.", "Lima"),
])
def test_a_passive_co_chairing_with_words_before_by_or_an_acronym_is_a_meeting(nlp, text, place):
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Alan Brook", "Jose Ruiz")]
    assert meeting.framework is not None
    assert place_name(x, meeting) == place


def test_a_by_after_the_object_of_an_active_co_chairing_is_no_agent(nlp):
    text = ("Kenya's Defence Secretary Alan Brook co-chaired the Kenya-Peru Joint Working Group by video link with "
            "Peruvian Vice Minister Jose Ruiz on Monday.")
    assert meeting_pairs(extract_text(nlp, text)) == {("Alan Brook", "Jose Ruiz")}


def test_no_co_chairing_meeting_of_a_body_never_named(nlp):
    text = ("Ties are steered by the Kenya-Peru Joint Defence Committee (JDC). The meeting of the board was co-chaired "
            "by Kenya's Defence Secretary Alan Brook and Peruvian Vice Minister Jose Ruiz.")
    assert extract_text(nlp, text).meetings == []


# -- a joint act "on the sidelines of" the meeting just told is an encounter of its own

BILATERAL = ("On Monday, Kenyan Defence Minister Alan Brook held a bilateral meeting with Peruvian Defence Minister "
             "Jose Ruiz in Lima. The Ministers welcomed progress on the frigate programme. ")


@pytest.mark.parametrize("text", [
    "On the sidelines of the meeting, Minister Ruiz and Chilean Defence Minister Ana Torres discussed the transfer of "
    "coastal radars.",
    "Ruiz and Chilean Defence Minister Ana Torres also reviewed the radar deal on the margins of the talks.",
    "On the margins of the meeting, Chile's Defence Minister Ana Torres and Ruiz signed a logistics arrangement.",
])
def test_a_joint_act_on_the_sidelines_is_a_meeting_of_its_own(nlp, text):
    x = extract_text(nlp, BILATERAL + text)
    assert meeting_pairs(x) == {("Alan Brook", "Jose Ruiz"), ("Ana Torres", "Jose Ruiz")}
    assert place_name(x, meetings_by_participants(x)[("Ana Torres", "Jose Ruiz")]) == "Lima"


def test_a_joint_act_right_after_a_meeting_without_sidelines_goes_on_with_it(nlp):
    text = BILATERAL + "Ruiz and Kenyan Navy chief Admiral Ana Torres later signed an MoU."
    assert meeting_pairs(extract_text(nlp, text)) == {("Alan Brook", "Jose Ruiz")}


# -- the subject of "hosted"/"received" meets at home, in the dateline's city, whatever the guest's country

DATELINED = ("NAIROBI, March 12 -- Kenyan Defence Minister Alan Brook held talks with visiting Peruvian Defence Minister "
             "Jose Ruiz on Thursday. ")


@pytest.mark.parametrize("text", [
    "Separately, Defence Secretary Ann Wambui hosted a delegation led by Dr Pablo Rojas at the ministry on Monday.",
    "Separately, Kenya's Defence Secretary Ann Wambui welcomed Dr Pablo Rojas to the ministry on Monday.",
    "On Monday, Defence Secretary Ann Wambui received a delegation headed by Dr Pablo Rojas.",
])
def test_a_host_at_home_meets_in_the_dateline_city(nlp, text):
    x = extract_text(nlp, DATELINED + text)
    assert place_name(x, meetings_by_participants(x)[("Ann Wambui", "Pablo Rojas")]) == "Nairobi"


def test_a_hosted_subject_is_no_host_at_home(nlp):
    text = DATELINED + "Separately, Defence Secretary Ann Wambui was hosted by Dr Pablo Rojas on Monday."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ann Wambui", "Pablo Rojas")]) is None


# -- an occasion named after its city: "the Oslo meeting", "the Manila summit"

@pytest.mark.parametrize("text, place", [
    ("On the sidelines of the Oslo meeting, Kenyan Defence Minister Alan Brook is expected to hold talks with "
     "Norwegian Defence Minister Ola Berg.", "Oslo"),
    ("Kenyan Defence Minister Alan Brook met Norwegian Defence Minister Ola Berg during the Manila summit on Monday.",
     "Manila"),
    ("Kenyan Defence Minister Alan Brook met Norwegian Defence Minister Ola Berg on the margins of the Jakarta talks.",
     "Jakarta"),
    # an occasion they are only before; an organisation or a building named after a city
    ("Ahead of the Lima talks, Kenyan Defence Minister Alan Brook met Norwegian Defence Minister Ola Berg.", None),
    ("Kenyan Defence Minister Alan Brook met Norwegian Defence Minister Ola Berg at the Shanghai Cooperation "
     "Organisation summit.", None),
    ("Kenyan Defence Minister Alan Brook met Norwegian Defence Minister Ola Berg at the Hyderabad House.", None),
])
def test_an_occasion_named_after_a_city_places_the_meeting(nlp, text, place):
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert place_name(x, meeting) == place


# -- a phrase opening the sentence ("Earlier on Monday,") tells the clause's day even when the parse
# hangs it on the subject

LEAD_TALKS = "Kenyan Defence Minister Ann Wambui held talks with Peruvian Defence Minister Pablo Rojas in Nairobi on Wednesday. "


@pytest.mark.parametrize("text, day", [
    ("Earlier on Monday, Defence Secretary Shri Alan Brook and Peru's Deputy Minister of National Defence Sr Lt Gen "
     "Jose Ruiz co-chaired the 15th Kenya-Peru Defence Policy Dialogue in Nairobi.", "2025-03-10"),
    ("Late on Monday, Kenya's Defence Secretary Alan Brook and Peruvian Vice Minister Jose Ruiz held talks in Nairobi.",
     "2025-03-10"),
    ("On Monday afternoon, Defence Secretary Shri Alan Brook and Peru's Deputy Minister of National Defence Sr Lt Gen "
     "Jose Ruiz met in Nairobi.", "2025-03-10"),
    # no day told
    ("Earlier in the week, Kenya's Defence Secretary Alan Brook met Peruvian Vice Minister Jose Ruiz in Nairobi.", None),
])
def test_a_fronted_day_dates_the_meeting(nlp, text, day):
    meeting = meetings_by_participants(extract_text(nlp, LEAD_TALKS + text))[("Alan Brook", "Jose Ruiz")]
    assert (meeting.date.iso if meeting.date else None) == day


# -- "on the sidelines of the Conclave" (capitalised) refers back to the occasion the lead dated,
# past a sentence about the body itself


@pytest.mark.parametrize("noun", ["Conclave", "Summit", "Forum"])
def test_the_capitalised_occasion_noun_dates_a_sidelines_meeting(nlp, noun):
    text = (f"NAIROBI, March 12 - Kenyan Defence Minister Alan Brook on Wednesday led the delegation at the third "
            f"ministerial meeting of the Indian Ocean Security {noun} in Nairobi. The {noun} comprises Kenya, Peru and "
            f"Chile. On Tuesday, Brook called on Peruvian President Pablo Rojas in Nairobi. On the sidelines of the "
            f"{noun}, Brook met Chilean Defence Minister Ana Torres.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Alan Brook", "Ana Torres")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-12"


def test_a_named_event_on_the_sidelines_is_no_reference_back(nlp):
    text = ("Kenyan Defence Minister Alan Brook called on Peruvian President Pablo Rojas in Lima on Tuesday. On the "
            "sidelines of the Indian Ocean Security Conclave, Brook met Chilean Defence Minister Ana Torres.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Alan Brook", "Ana Torres")]
    assert meeting.date is None


# -- "during a visit to Z on <day>": the day of the visit is the meeting's (not a whole visit's span)

TALKS_IN_NAIROBI = ("Peruvian Defence Minister Gen Jose Ruiz held talks with Kenyan Defence Minister Alan Brook in Nairobi "
                    "on Tuesday. ")


@pytest.mark.parametrize("text, day, place", [
    ("Gen Ruiz met Air Marshal Ann Wambui during a visit to Mombasa on Monday.", "2025-03-10", "Mombasa"),
    ("Gen Ruiz will meet Air Marshal Ann Wambui during a visit to Laikipia Air Base on Thursday.", "2025-03-13", None),
    ("Gen Ruiz is scheduled to interact with Chief of the Air Staff Air Marshal Ann Wambui during a visit to the "
     "Laikipia air station on Thursday.", "2025-03-13", ...),
    # a whole visit's span of days dates no one meeting
    ("Gen Ruiz met Air Marshal Ann Wambui during his visit to Kenya from 9 to 12 March.", None, "Nairobi"),
])
def test_the_day_of_the_visit_during_which_they_met(nlp, text, day, place):
    x = extract_text(nlp, TALKS_IN_NAIROBI + text)
    meeting = meetings_by_participants(x)[("Ann Wambui", "Jose Ruiz")]
    assert (meeting.date.iso if meeting.date else None) == day
    assert place is ... or place_name(x, meeting) == place  # ...: the place is not what this tests


# -- a journey still to come does not place a meeting told as held after it; a meeting told in a
# relative clause on a body is an aside that leaves the story's day for "later in the day"

NAIROBI_TALKS = ("NAIROBI, March 12 -- Kenyan Defence Minister Alan Brook and Peru's Defence Minister Jose Ruiz on "
                 "Wednesday held talks in Nairobi. ")
LATER_CALL = " Later in the day, Ruiz called on Army chief General Ann Wambui."


@pytest.mark.parametrize("journey", [
    "Ruiz is expected to visit a drone maker in Mombasa before flying back to Lima.",
    "Ruiz will travel to Mombasa on Friday to tour a shipyard.",
    "Ruiz is scheduled to go to Mombasa later in the week.",
])
def test_a_journey_to_come_does_not_place_a_later_held_meeting(nlp, journey):
    x = extract_text(nlp, NAIROBI_TALKS + journey + LATER_CALL)
    meeting = meetings_by_participants(x)[("Ann Wambui", "Jose Ruiz")]
    assert place_name(x, meeting) == "Nairobi"


def test_a_meeting_to_come_after_the_journey_is_where_it_goes(nlp):
    text = NAIROBI_TALKS + "Ruiz will travel to Mombasa on Friday, where he will meet Navy commander Admiral Ann Wambui."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ann Wambui", "Jose Ruiz")]) == "Mombasa"


@pytest.mark.parametrize("aside", [
    "The two sides reviewed the outcomes of the Kenya-Peru Joint Working Group, which met on Tuesday under the "
    "co-chairmanship of Defence Secretary Pablo Rojas and Peru's Vice Minister Luis Quispe.",
    "They welcomed the work of the Kenya-Peru Defence Committee, which met in Nairobi on Monday under the "
    "chairmanship of Defence Secretary Pablo Rojas and Peruvian Vice Minister Luis Quispe.",
])
def test_a_meeting_told_of_a_body_aside_leaves_the_story_day(nlp, aside):
    x = extract_text(nlp, NAIROBI_TALKS + aside + LATER_CALL)
    meeting = meetings_by_participants(x)[("Ann Wambui", "Jose Ruiz")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-12"


def test_later_in_the_day_after_a_meeting_of_the_story_is_its_day(nlp):
    text = NAIROBI_TALKS + "On Tuesday, Ruiz met Kenyan Navy chief Admiral Pablo Rojas in Nairobi." + LATER_CALL
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ann Wambui", "Jose Ruiz")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-11"


# -- "discussed the protection of the coast with Z": the parse hangs "with" on the last noun of the
# object's "of" chain; the person is still whom it was discussed with


@pytest.mark.parametrize("text", [
    "Kenya was represented by its Defence Minister, Peter Otieno, who discussed the protection of the country's coast "
    "with Peru's Defence Minister Alan Brook, officials said.",
    "Kenyan Defence Minister Peter Otieno discussed the protection of the country's coast with Peruvian Minister Alan "
    "Brook.",
    "Kenyan Defence Minister Peter Otieno discussed the future of the training of naval cadets with Peruvian Minister "
    "Alan Brook on Monday.",
])
def test_discussing_an_of_chain_with_a_person_is_meeting_them(nlp, text):
    assert meeting_pairs(extract_text(nlp, text)) == {("Alan Brook", "Peter Otieno")}


def test_discussing_an_of_chain_with_a_country_is_no_meeting(nlp):
    text = "Kenyan Defence Minister Peter Otieno discussed the implementation of the agreement with Peru on Monday."
    assert extract_text(nlp, text).meetings == []


def test_a_meeting_to_come_where_they_already_are_keeps_the_place_for_a_held_one(nlp):
    text = (NAIROBI_TALKS + "Ruiz, who is visiting Kenya from March 10 to 13, called on Kenyan President Pablo Rojas on "
            "Tuesday and is scheduled to meet Army chief General Ann Wambui on Thursday. Kenya's Defence Secretary Luis "
            "Mwangi hosted a working lunch for Ruiz and his delegation after the talks.")
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Jose Ruiz", "Luis Mwangi")]) == "Nairobi"
