""""A met B in X on <day>. The two men had last met in Y in June": a counted pair of unnamed men (or
women) right after the story's meeting is that meeting's pair, and their recalled meeting is its
own, in Y; a sentence on one of them alone ("A had last visited Y") recalls no meeting. Invented
sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("ATHENS, March 10 - Greek Defence Minister Stavros Kalivelis met Cypriot Defence Minister "
        "Andreas Pelondiou in Athens on Tuesday. ")
PAIR = sorted(["Stavros Kalivelis", "Andreas Pelondiou"])


def _recalled(x):
    places = {p.key: p.name for p in x.places}
    return [(places.get(mt.place), mt.date.iso if mt.date else None) for mt in x.meetings
            if participant_names(x, mt) == PAIR and mt.earlier]


def test_the_two_men_had_last_met(nlp):
    x = extract_text(nlp, LEAD + "The two men had last met in Nicosia in June.", PUBLISHED)
    assert _recalled(x) == [("Nicosia", "2025-06")]


def test_the_two_women_last_met(nlp):
    x = extract_text(nlp, LEAD + "The two women last met in Nicosia in June.", PUBLISHED)
    assert _recalled(x) == [("Nicosia", "2025-06")]


def test_one_of_them_visited_before(nlp):
    x = extract_text(nlp, LEAD + "Kalivelis had last visited Nicosia in June.", PUBLISHED)
    assert _recalled(x) == []
    assert len(x.meetings) == 1


def test_the_two_last_met_at_a_summit(nlp):
    # (the parse makes "last" the subject and "two" its count)
    x = extract_text(nlp, LEAD + "The two last met on the sidelines of a regional summit in Valletta in June.", PUBLISHED)
    assert _recalled(x) == [("Valletta", "2025-06")]


def test_the_two_visits_last_year(nlp):
    x = extract_text(nlp, LEAD + "The two visits last year were cancelled.", PUBLISHED)
    assert _recalled(x) == []
