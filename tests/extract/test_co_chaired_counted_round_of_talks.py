"""Two officials co-chairing "the second round of the defence policy dialogue" (a counted sitting
of talks, whether or not the dialogue is a named body) met at it; a co-chaired session that is no
counted sitting of talks is no meeting."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
HEAD = "Chile and Ghana deepen defence ties\n\n"
PAIR = ("Kofi Asante Boadu", "Pablo Ruiz Tagle")


@pytest.mark.parametrize("sentence", [
    "Permanent Secretary Kofi Asante Boadu co-chaired the third session of the joint defence consultations with "
    "his Chilean counterpart Pablo Ruiz Tagle in Accra on Friday.",
    "Ghana's Defence Secretary Kofi Asante Boadu and Chile's Under-Secretary of Defence Pablo Ruiz Tagle will "
    "co-chair the fourth meeting of the bilateral staff talks in Accra next week, the ministry said.",
    "Defence Secretary Kofi Asante Boadu and Chilean Vice Minister Pablo Ruiz Tagle co-chaired the 3rd round of the "
    "strategic dialogue in Santiago on Monday.",
])
def test_co_chairs_of_a_counted_round_of_talks_meet(nlp, sentence):
    assert PAIR in meeting_pairs(extract_text(nlp, HEAD + sentence, PUBLISHED))


def test_same_day_appositive_co_chairs_take_the_day_before(nlp):
    text = HEAD + ("Defence Minister Pedro Alvarado Rios held talks with his Ghanaian counterpart Kwame Mensah Boateng "
                   "in Accra on Tuesday.\n\nOn the same day, the ministry's secretary general, Kofi Asante Boadu, and "
                   "Ghana's defence secretary, Pablo Ruiz Tagle, co-chaired the second round of the bilateral defence "
                   "policy dialogue, which first met in Santiago two years ago.")
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED)).get(PAIR)
    assert meeting is not None and meeting.date.iso == "2026-03-10" and meeting.status == "held"


def test_co_chairing_an_uncounted_session_of_a_show_is_no_meeting(nlp):
    text = HEAD + ("Defence Secretary Kofi Asante Boadu and Chilean Vice Minister Pablo Ruiz Tagle co-chaired the "
                   "opening session of the defence industry exhibition in Santiago on Monday.")
    assert PAIR not in meeting_pairs(extract_text(nlp, text, PUBLISHED))
