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


def _places_by_date(x) -> dict[str, str | None]:
    return {mt.date.iso: place_name(x, mt) for mt in x.meetings if mt.date is not None}


def test_a_meeting_last_held_months_ago_takes_no_place_from_the_story(nlp):
    x = extract_text(nlp, LEAD + "The two ministers last met in July.", PUBLISHED)
    assert _places_by_date(x) == {"2026-03-10": "Copenhagen", "2025-07": None}


def test_a_past_month_told_with_had_takes_no_place_from_the_story(nlp):
    x = extract_text(nlp, LEAD + "Walsh had met Holm in November, when the two discussed cyber defence.", PUBLISHED)
    assert _places_by_date(x)["2025-11"] is None


def test_a_background_day_of_the_visit_keeps_the_place_where_they_are(nlp):
    # "had held talks ... on Monday": a day of the same trip, the visitor is still there
    x = extract_text(nlp, LEAD + "Walsh had met Chief of Defence Gen Anders Lund on Monday.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Anders Lund", "Sean Walsh")]) == "Copenhagen"


def test_a_recalled_meeting_keeps_the_place_its_sentence_names(nlp):
    x = extract_text(nlp, LEAD + "The two ministers last met on the sidelines of the Shangri-La Dialogue in Singapore in June.", PUBLISHED)
    assert _places_by_date(x)["2025-06"] == "Singapore"


def test_a_first_meeting_years_ago_takes_no_place_from_the_story(nlp):
    x = extract_text(nlp, LEAD + "The two ministers first met in 2019.", PUBLISHED)
    assert _places_by_date(x) == {"2026-03-10": "Copenhagen", "2019": None}


def test_first_ordering_same_day_meetings_keeps_the_place(nlp):
    x = extract_text(nlp, "Irish Defence Minister Sean Walsh first met Danish Defence Minister Mette Holm in Copenhagen "
                     "on Tuesday, then Danish Prime Minister Lars Berg.", PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Lars Berg", "Sean Walsh")]) == "Copenhagen"
