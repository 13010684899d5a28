"""Meetings the parse hides: "held talks" after a hyphenated name that the parse reads as a
modifier of "talks"; "received a visit from X" (the visit is the meeting); the place of a
"since ..." clause is no meeting's; "on the sidelines of the conclave" paragraphs after the lead
that named it; topics are not days nor "sidelines"."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_held_talks_after_a_hyphenated_name(nlp):
    text = (
        "SEOUL, March 11 (Yonhap) -- Defense Minister Park Sung-jin held talks with Czech Deputy Prime Minister and "
        "Minister of Defence Jana Novakova-Dvorak in Seoul on Tuesday, with the two sides agreeing to expand "
        "cooperation, the ministry said."
    )
    x = extract_text(nlp, text)
    (meeting,) = x.meetings
    assert sorted(p.name for p in x.persons if p.key in meeting.participants) == ["Jana Novakova-Dvorak", "Park Sung-jin"]
    assert meeting.date.iso == "2025-03-11"
    assert place_name(x, meeting) == "Seoul"
    assert meeting.topics == []


def test_talks_with_a_visiting_guest_the_parse_reads_as_a_verb(nlp):
    # "with visiting <title> X": the parse makes "visiting" a verb whose object is the guest
    text = ("Zambia's Defence Minister Ambrose Mwanza held talks with visiting Malawian Defence Minister Harry Mkandawire "
            "in Lusaka on Tuesday.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Ambrose Mwanza", "Harry Mkandawire")]
    assert meeting.date.iso == "2025-03-11"
    assert place_name(x, meeting) == "Lusaka"
    # a visit the subject pays after the talks is no partner of them
    met = meetings_by_participants(extract_text(nlp, (
        "Zambia's Defence Minister Ambrose Mwanza held talks in Lusaka on Tuesday before visiting Malawi's Mzuzu barracks.")))
    assert met == {}


def test_talks_praised_by_someone_are_no_meeting_of_theirs(nlp):
    text = "Defense Minister Park Sung-jin praised the planned talks between Czech and Slovak officials."
    assert extract_text(nlp, text).meetings == []


def test_received_a_visit_from(nlp):
    text = (
        "Jakarta (ANTARA) - Indonesian Defense Minister Budi Santoso received a visit from Philippine Defense "
        "Secretary Ramon Cruz at the Defense Ministry office in Jakarta on Monday to discuss maritime security."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Budi Santoso", "Ramon Cruz")]
    assert meeting.date.iso == "2025-03-10"
    assert place_name(x, meeting) == "Jakarta"


def test_visit_from_others_during_a_meeting_is_not_the_meetings(nlp):
    text = (
        "Indonesian Defense Minister Budi Santoso met Philippine Defense Secretary Ramon Cruz during a visit from a "
        "Malaysian delegation to Surabaya on Friday."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Budi Santoso", "Ramon Cruz")]
    assert meeting.date is None
    assert meeting.place is None


def test_place_of_a_since_clause_is_not_the_meetings(nlp):
    text = (
        "New Delhi, March 12 (ANI): National Security Adviser Vikram Rao met Nepal's National Security Adviser "
        "Hari Thapa in New Delhi on Wednesday. He also had a separate meeting with Bhutan's envoy Karma Dorji, "
        "the first such engagement since the new government took office in Thimphu."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Karma Dorji", "Vikram Rao")]
    assert place_name(x, meeting) == "New Delhi"


def test_sidelines_of_the_occasion_named_in_the_lead(nlp):
    text = (
        "Colombo, March 12 (PTI): National Security Adviser Vikram Rao on Wednesday chaired the 3rd meeting of the "
        "Bay of Bengal Security Conclave in Colombo, where members reviewed cooperation.\n\n"
        "The Bay of Bengal Security Conclave comprises India, Sri Lanka and Bangladesh.\n\n"
        "The conclave has five pillars of cooperation.\n\n"
        "It was set up in 2020.\n\n"
        "Its secretariat is located in Colombo.\n\n"
        "The meeting was attended by all member states.\n\n"
        "On the sidelines of the conclave, Rao held bilateral talks with Bangladesh's adviser Anwar Hossain."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Anwar Hossain", "Vikram Rao")]
    assert meeting.date.iso == "2025-03-12"
    assert place_name(x, meeting) == "Colombo"


def test_sidelines_of_another_occasion_takes_nothing_from_the_lead(nlp):
    text = (
        "Colombo, March 12 (PTI): National Security Adviser Vikram Rao on Wednesday chaired the 3rd meeting of the "
        "Bay of Bengal Security Conclave in Colombo.\n\n"
        "On the sidelines of the summit, Rao held bilateral talks with Bangladesh's adviser Anwar Hossain."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Anwar Hossain", "Vikram Rao")]
    assert meeting.date is None or meeting.date.precision != "day"
