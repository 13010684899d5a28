""""The programme (itinerary) included talks with X": the visit's programme, whose visitor (the
subject of the lead) holds the talks. Sentences written for these tests (invented names and countries)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, participant_names

_extract = partial(extract_text, published=date(2025, 6, 6))


def test_the_programme_included_talks_with_a_host(nlp):
    x = _extract(nlp, "Norland's Defence Minister Talvo Renski began a two-day visit to Kenya on Monday. The programme "
                      "included talks with Defence Cabinet Secretary Amani Wekesa and a visit to a military academy.")
    (meeting,) = x.meetings
    assert participant_names(x, meeting) == ["Amani Wekesa", "Talvo Renski"]


def test_his_itinerary_included_a_meeting_with_a_host(nlp):
    x = _extract(nlp, "Norland's Defence Minister Talvo Renski began a two-day visit to Kenya on Monday. His itinerary "
                      "included a meeting with Defence Cabinet Secretary Amani Wekesa.")
    (meeting,) = x.meetings
    assert participant_names(x, meeting) == ["Amani Wekesa", "Talvo Renski"]


def test_a_programme_of_another_kind_gives_no_meeting(nlp):
    x = _extract(nlp, "Norland's Defence Minister Talvo Renski began a two-day visit to Kenya on Monday. The cadet "
                      "exchange programme included talks with Defence Cabinet Secretary Amani Wekesa last year.")
    assert not x.meetings
