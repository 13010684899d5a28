""""A visited X on <day> at the invitation of B. The two ministers held talks": the visitor and
the host the visit sentence names are "the two", met on the visit's day in its city."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

PUBLISHED = date(2027, 5, 14)  # a Friday


@pytest.mark.parametrize("text", [
    "The Defence Minister of Norway, Erik Lunde, paid an official visit to Helsinki on 11 May at the invitation of "
    "the Finnish Minister of Defence, Mikko Laine. During the visit, the two ministers held a bilateral meeting.",
    "Norwegian Defence Minister Erik Lunde paid an official visit to Helsinki on 11 May at the invitation of Finnish "
    "Defence Minister Mikko Laine. The two ministers held talks on Arctic security.",
    "Norwegian Defence Minister Erik Lunde visited Helsinki on Tuesday at the invitation of his Finnish counterpart, "
    "Mikko Laine. The two ministers met at the Ministry of Defence.",
])
def test_the_two_after_a_visit_are_its_visitor_and_host(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    found = meetings_by_participants(x)
    assert list(found) == [("Erik Lunde", "Mikko Laine")]
    meeting = found[("Erik Lunde", "Mikko Laine")]
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2027-05-11"
    assert place_name(x, meeting) == "Helsinki"


def test_a_visit_without_a_named_host_gives_the_two_no_pair(nlp):
    text = ("Norwegian Defence Minister Erik Lunde paid an official visit to Helsinki on 11 May. "
            "The two ministers held talks on Arctic security.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == set()


def test_the_two_with_no_one_told_before_meet_no_one(nlp):
    text = ("Norwegian Defence Minister Erik Lunde said on Tuesday that the army needs more funds. "
            "The two ministers held talks on Arctic security.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == set()


@pytest.mark.parametrize("text", [
    "Norwegian Defence Minister Erik Lunde visited Helsinki on Tuesday. He held talks with his Finnish counterpart Mikko Laine.",
    "Norwegian Defence Minister Erik Lunde arrived in Helsinki on Tuesday. Lunde met his Finnish counterpart Mikko Laine.",
])
def test_the_visitor_going_on_meets_on_the_visit_s_day(nlp, text):
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Erik Lunde", "Mikko Laine")]
    assert meeting.date is not None and meeting.date.iso == "2027-05-11"


@pytest.mark.parametrize("text", [
    # a span of days: the talks are one day of it, which the text does not say
    "Norwegian Defence Minister Erik Lunde visited Helsinki from 10 to 12 May. He held talks with his Finnish counterpart Mikko Laine.",
    # no visit told before: the day is the speech's, not the talks'
    "Norwegian Defence Minister Erik Lunde said on Tuesday the army needed funds. He held talks with his Finnish counterpart Mikko Laine.",
])
def test_no_visit_day_without_one_day_of_a_visit(nlp, text):
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Erik Lunde", "Mikko Laine")]
    assert meeting.date is None


def test_someone_else_s_talks_after_a_visit_keep_no_day(nlp):
    text = ("Norwegian Defence Minister Erik Lunde visited Helsinki on Tuesday. "
            "Swedish President Anna Berg held talks with Danish Defence Minister Lars Holm.")
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Anna Berg", "Lars Holm")]
    assert meeting.date is None


def test_an_arrival_for_a_stay_of_days_gives_the_talks_no_day(nlp):
    text = ("Norwegian Defence Minister Erik Lunde arrived in Helsinki on Tuesday for a four-day visit. "
            "He held talks with his Finnish counterpart Mikko Laine.")
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Erik Lunde", "Mikko Laine")]
    assert meeting.date is None
