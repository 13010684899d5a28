""""They had prepared the visit during a video call on <day>": "they" stands for the pair just told,
also past a sentence about "the two army chiefs" (a post's word or two between count and noun).
Not "they" after no meeting of two (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 2, 6)

TALKS = ("General Piet Varnow, who arrived in Brelt on Wednesday on a three-day visit, held talks with the Chief of "
         "the Estrian Army, General Olen Markaj, at the army headquarters the same day.\n\n")


def _calls(x):
    return [participant_names(x, mt) for mt in x.meetings if mt.date and mt.date.iso == "2027-01-22"]


def test_they_during_a_video_call_right_after_the_talks(nlp):
    x = extract_text(nlp, TALKS + "They had prepared the visit during a video call on January 22.", PUBLISHED)
    assert _calls(x) == [["Olen Markaj", "Piet Varnow"]]


def test_they_during_a_video_call_past_the_two_army_chiefs(nlp):
    x = extract_text(nlp, TALKS + "The two army chiefs reviewed cooperation in training. They had prepared the visit "
                     "during a video call on January 22.", PUBLISHED)
    assert _calls(x) == [["Olen Markaj", "Piet Varnow"]]


def test_they_during_a_call_after_no_meeting_is_none(nlp):
    # must not fire: no pair told before "they"
    x = extract_text(nlp, "Estrian officers arrived in Brelt on Wednesday. They had prepared the visit during a video "
                     "call on January 22.", PUBLISHED)
    assert x.meetings == []
