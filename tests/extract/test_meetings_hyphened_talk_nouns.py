"""Talk nouns written with hyphens ("a tete-a-tete", "a one-on-one", "a pull-aside") are one word,
the object of the hold verb, so holding one with someone is a meeting like holding talks."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs


@pytest.mark.parametrize("noun", ["tete-a-tete", "tête-à-tête", "one-on-one", "pull-aside"])
def test_holding_a_hyphened_talk_noun_with_a_counterpart_is_a_meeting(nlp, noun):
    x = extract_text(nlp, f"Defence Minister Ana Ferreira held a {noun} with her Spanish counterpart Luis Ortega "
                          "in Lisbon on Tuesday.")
    assert meeting_pairs(x) == {("Ana Ferreira", "Luis Ortega")}


def test_a_one_to_one_meeting_stays_a_meeting(nlp):
    x = extract_text(nlp, "Defence Minister Ana Ferreira had a one-to-one meeting with her Spanish counterpart Luis Ortega "
                          "in Lisbon on Tuesday.")
    assert meeting_pairs(x) == {("Ana Ferreira", "Luis Ortega")}


def test_a_one_on_one_between_unnamed_people_is_no_meeting(nlp):
    x = extract_text(nlp, "The coach had a one-on-one with the striker on Tuesday.")
    assert meeting_pairs(x) == set()
