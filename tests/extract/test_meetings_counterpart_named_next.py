""""A met her Ugandan counterpart on Monday. Ugandan Defence Minister B said ...": with no one of
that country named before, the counterpart is the one of that country the next sentence names
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_the_counterpart_named_in_the_next_sentence_met_the_subject(nlp):
    for first, second in (
        ("Kenya's Defence Minister Amina Wanjiru met her Ugandan counterpart in Nairobi on Monday.",
         "Ugandan Defence Minister Peter Ssemanda said the talks were productive."),
        ("Kenya's Defence Minister Amina Wanjiru held a video call with her Ugandan counterpart on Monday.",
         "Uganda's Defence Minister, Peter Ssemanda, said afterwards that the two had agreed to step up patrols."),
    ):
        meetings = meetings_by_participants(extract_text(nlp, f"{first} {second}", PUBLISHED))
        assert ("Amina Wanjiru", "Peter Ssemanda") in meetings, first


def test_two_of_that_country_in_the_next_sentence_leave_the_counterpart_untold(nlp):
    # must not fire: which of the two Ugandans is meant is untold
    x = extract_text(nlp, "Kenya's Defence Minister Amina Wanjiru met her Ugandan counterpart in Nairobi on Monday. "
                          "Ugandan Army Commander Moses Kato and Ugandan Navy chief Paul Mugisha also attended a parade.",
                     PUBLISHED)
    assert not any("Amina Wanjiru" in pair and len(pair) == 2 for pair in meetings_by_participants(x))


def test_a_counterpart_joined_to_the_subject_is_the_one_named_next(nlp):
    # "A and her Ugandan counterpart met ...": the counterpart is a subject beside A, named after
    for first, second in (
        ("Kenya's Defence Minister Amina Wanjiru and her Ugandan counterpart met in Nairobi on Monday.",
         "Ugandan Defence Minister Peter Ssemanda said the two had agreed to step up patrols."),
        ("Defence Minister Amina Wanjiru and her Ugandan counterpart held talks in Nairobi on Monday.",
         "Ugandan Defence Minister Peter Ssemanda said the talks covered border security."),
    ):
        meetings = meetings_by_participants(extract_text(nlp, f"{first} {second}", PUBLISHED))
        assert ("Amina Wanjiru", "Peter Ssemanda") in meetings, first


def test_a_joined_counterpart_of_another_country_than_the_one_named_next_stays_untold(nlp):
    # must not fire: the one named next is no Ugandan
    x = extract_text(nlp, "Kenya's Defence Minister Amina Wanjiru and her Ugandan counterpart met in Nairobi on Monday. "
                          "Tanzanian Defence Minister Joseph Mollel said the region welcomed the talks.", PUBLISHED)
    assert not any("Joseph Mollel" in pair for pair in meetings_by_participants(x))
