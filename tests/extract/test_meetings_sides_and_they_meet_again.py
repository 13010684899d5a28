""""X received his counterpart Y. The two sides / Both sides / They agreed to meet again in Z": "the
two sides", "both sides" and a plural "they" stand for the pair of the meeting just told, as "the two
ministers" does, and give the planned meeting."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, participant_names, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = ("Kenyan Defence Cabinet Secretary Aden Kamau on Wednesday received his Ugandan counterpart, "
        "General Moses Okello, in Nairobi. ")


def _planned(x):
    return [mt for mt in x.meetings if mt.status == "planned"]


@pytest.mark.parametrize("subject", ["The two sides", "Both sides", "They"])
def test_the_pair_agrees_to_meet_again(nlp, subject):
    x = extract_text(nlp, LEAD + f"{subject} agreed to meet again in Kampala in June.", PUBLISHED)
    planned = _planned(x)
    assert len(planned) == 1
    assert participant_names(x, planned[0]) == ["Aden Kamau", "Moses Okello"]
    assert place_name(x, planned[0]) == "Kampala"
    assert planned[0].date.iso == "2026-06"


def test_they_will_meet_again(nlp):
    x = extract_text(nlp, LEAD + "They will meet again in Kampala in June.", PUBLISHED)
    assert [participant_names(x, mt) for mt in _planned(x)] == [["Aden Kamau", "Moses Okello"]]


def test_the_two_sides_acting_on_a_thing_is_no_meeting(nlp):
    # must not fire: they sign a thing, no new meeting
    x = extract_text(nlp, LEAD + "The two sides signed a memorandum on training.", PUBLISHED)
    assert len(x.meetings) == 1


def test_they_for_countries_with_no_meeting_told(nlp):
    # must not fire: no meeting before for "they" to point back at
    x = extract_text(nlp, "Kenya and Uganda have long cooperated on border security. "
                          "They agreed to meet again in Kampala in June.", PUBLISHED)
    assert x.meetings == []


def test_they_after_an_unrelated_sentence(nlp):
    # must not fire: a sentence about others comes between the meeting and "they"
    x = extract_text(nlp, LEAD + "Officials said the navies of both countries met in Mombasa last year. "
                                 "They agreed to meet again in Kampala.", PUBLISHED)
    assert _planned(x) == []


def test_the_two_sides_agree_to_hold_officials_talks(nlp):
    # must not fire: the next round of staff talks is held by officials, not by the pair
    x = extract_text(nlp, LEAD + "The two sides agreed to hold the next round of staff talks in Kampala later this year.",
                     PUBLISHED)
    assert _planned(x) == []
