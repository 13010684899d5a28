""""X paid a working visit to Y on 9 March, hosted by Z": the day told on the visit's verb is the day
of the meeting the host's participle tells; not a span of days of a longer visit."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = ("Marko Zupan", "Pavol Novak")


@pytest.mark.parametrize("sentence", [
    "Slovak Defence Minister Pavol Novak paid a working visit to Ljubljana on 9 March, hosted by Slovenian "
    "Defence Minister Marko Zupan.",
    "Slovak Defence Minister Pavol Novak visited Ljubljana on Monday, hosted by Slovenian Defence Minister Marko Zupan.",
    "Slovak Defence Minister Pavol Novak arrived in Ljubljana on Monday, welcomed by Slovenian Defence Minister "
    "Marko Zupan.",
])
def test_the_visit_day_is_the_hosted_meeting_day(nlp, sentence):
    mt = meetings_by_participants(extract_text(nlp, sentence, PUBLISHED))[PAIR]
    assert mt.date is not None and mt.date.iso == "2026-03-09"


def test_a_span_of_visit_days_is_not_the_meeting_day(nlp):
    # must not fire: the meeting is one day of the three, which one is untold
    text = ("Slovak Defence Minister Pavol Novak paid a three-day visit to Ljubljana from 9 to 11 March, hosted by "
            "Slovenian Defence Minister Marko Zupan.")
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert mt.date is None
