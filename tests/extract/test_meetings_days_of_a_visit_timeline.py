""""A day after arriving, X called on Y", "The next morning, ...", "That afternoon, ...", "On the
second (final) day of the visit, ...": a day of a visit's timeline counted from the day the
visit (or the meeting before) was told; a visit told with no day of its start dates nothing."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants

ARRIVAL = ("Ghanaian Defence Minister Kwadwo Asante arrived in Hanoi on Monday for a three-day visit. ")
PAIR = ("Kwadwo Asante", "Tran Duc Khiem")


def _date(text: str, pair: tuple[str, str], nlp) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, text))[pair]
    return meeting.date.iso if meeting.date is not None else None


@pytest.mark.parametrize("second", [
    "A day after arriving, Asante called on Vietnamese Defence Minister Tran Duc Khiem.",
    "A day after his arrival, Asante held talks with Vietnamese Defence Minister Tran Duc Khiem.",
    "On the second day of the visit, Asante called on Vietnamese Defence Minister Tran Duc Khiem.",
    "On the second day, he called on Vietnamese Defence Minister Tran Duc Khiem.",
])
def test_the_day_after_the_arrival(nlp, second):
    assert _date(ARRIVAL + second, PAIR, nlp) == "2025-03-11"


def test_the_final_day_of_a_stay_of_days(nlp):
    text = ARRIVAL + "On the final day of the visit, Asante met Vietnamese Defence Minister Tran Duc Khiem."
    assert _date(text, PAIR, nlp) == "2025-03-12"


def test_the_third_day_from_a_dated_start(nlp):
    text = ("Ghanaian Defence Minister Kwadwo Asante began his visit to Vietnam on March 8. On the third day of the "
            "visit, he called on Vietnamese Defence Minister Tran Duc Khiem in Hanoi.")
    assert _date(text, PAIR, nlp) == "2025-03-10"


@pytest.mark.parametrize("second, day", [
    ("The next morning, Asante called on Vietnamese Defence Minister Tran Duc Khiem.", "2025-03-11"),
    ("That afternoon, Asante called on Vietnamese Defence Minister Tran Duc Khiem.", "2025-03-10"),
])
def test_a_part_of_the_next_or_same_day(nlp, second, day):
    text = ("Ghanaian Defence Minister Kwadwo Asante met Vietnamese Deputy Defence Minister Le Van Thanh in Hanoi "
            "on Monday. " + second)
    assert _date(text, PAIR, nlp) == day


def test_a_day_of_a_visit_to_come(nlp):
    text = ("Ghanaian Defence Minister Kwadwo Asante will arrive in Hanoi on Monday for a four-day visit. On the third "
            "day, he will meet Vietnamese Defence Minister Tran Duc Khiem.")
    assert _date(text, PAIR, nlp) == "2025-03-19"


def test_on_arrival_stays_on_the_arrival_day(nlp):
    text = ARRIVAL + "On arrival, Asante was received by Vietnamese Defence Minister Tran Duc Khiem."
    assert _date(text, PAIR, nlp) == "2025-03-10"


def test_a_day_of_a_visit_with_no_start_day_dates_nothing(nlp):
    text = ("Ghanaian Defence Minister Kwadwo Asante is on a three-day visit to Vietnam. On the second day of the "
            "visit, he called on Vietnamese Defence Minister Tran Duc Khiem in Hanoi.")
    assert _date(text, PAIR, nlp) is None
