""""The two ministers held talks in X. A thanked his counterpart B for ...": the sentence after
names the pair as one subject and "his/her counterpart B" as its object; on invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = "The two ministers held bilateral talks in Lisbon on Monday. "


def test_a_subject_thanking_his_counterpart_names_the_pair(nlp):
    x = extract_text(nlp, LEAD + "Defence Minister Tomas Varga thanked his counterpart Rui Costa for the warm hospitality.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Rui Costa", "Tomas Varga")]) == "Lisbon"


def test_a_counterpart_with_a_country_and_title_names_the_pair(nlp):
    x = extract_text(nlp, LEAD + "Defence Minister Tomas Varga thanked her Portuguese counterpart, Defence Minister Ana Costa, for the warm welcome.", PUBLISHED)
    assert ("Ana Costa", "Tomas Varga") in meeting_pairs(x)


def test_an_object_who_is_no_counterpart_names_no_pair(nlp):
    x = extract_text(nlp, LEAD + "Defence Minister Tomas Varga thanked Prime Minister Rui Costa for the warm hospitality.", PUBLISHED)
    assert not meeting_pairs(x)


def test_a_briefing_to_come_names_no_pair(nlp):
    x = extract_text(nlp, LEAD + "Defence Minister Tomas Varga will brief his counterpart Rui Costa next month.", PUBLISHED)
    assert not meeting_pairs(x)
