""""held an interaction with X", "held a brief chat with X", "had an exchange of views with X":
talk nouns a held meeting is told with; an interaction with troops or an exchange of views with
no one named is none. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2025, 3, 13)  # a Thursday


def _pairs(nlp, sentence: str) -> set[tuple[str, ...]]:
    return meeting_pairs(extract_text(nlp, sentence + "\n", PUBLISHED))


def test_held_an_interaction_with(nlp):
    assert ("Ivan Petrov", "Tomas Novak") in _pairs(
        nlp, "Defence Minister Tomas Novak held an interaction with Bulgarian Defence Minister Ivan Petrov in Sofia on Tuesday.")


def test_held_a_brief_chat_with(nlp):
    assert ("Ivan Petrov", "Tomas Novak") in _pairs(
        nlp, "Defence Minister Tomas Novak held a brief chat with Bulgarian Defence Minister Ivan Petrov in Sofia on Tuesday.")


def test_had_an_exchange_of_views_with(nlp):
    assert ("Ivan Petrov", "Tomas Novak") in _pairs(
        nlp, "Defence Minister Tomas Novak had an exchange of views with Bulgarian Defence Minister Ivan Petrov in Sofia on Tuesday.")


def test_interaction_with_troops_or_views_with_no_one_is_no_meeting(nlp):
    assert not _pairs(nlp, "Defence Minister Tomas Novak held an interaction with officers and troops of the "
                      "Western Command in Plovdiv on Tuesday.")
    assert not _pairs(nlp, "Defence Minister Tomas Novak had an exchange of views on regional security at the "
                      "seminar in Sofia on Tuesday.")
