""""The two ministers previously met in X in July" tells a meeting before the story's, as "had
last met" does: it moves no one, so a later call of the story stays where the story is; on
invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = "Irish Defence Minister Sean Walsh held talks with his Danish counterpart Mette Holm in Copenhagen on Tuesday. "


def test_a_previous_meeting_does_not_move_the_story(nlp):
    x = extract_text(nlp, LEAD + "The two ministers previously met in Dublin in July. Walsh also called on Danish Prime Minister Lars Berg.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Lars Berg", "Sean Walsh")]) == "Copenhagen"


def test_a_meeting_told_as_the_story_moves_its_persons(nlp):
    x = extract_text(nlp, LEAD + "On Wednesday, Walsh met Norwegian Defence Minister Tore Dahl in Oslo. Walsh also called on Norwegian Prime Minister Lars Berg.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Lars Berg", "Sean Walsh")]) == "Oslo"
