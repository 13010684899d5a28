"""The documented resolution rules of diplokg.dates, checked over many publication dates.

dateparser does the reading; these tests pin the rules it must be steered to follow (its own
"past"/"future" differ at the edges: the publication month, the publication day itself, a
publication date on the 29th-31st, a yearless 29 February).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplokg.dates import DateExpression, find_date_expressions

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PUBLISHED = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
TUE_7_OCT = date(2025, 10, 7)


def only(text: str, published: date | None, *, future: bool = False) -> DateExpression:
    found = find_date_expressions(text, published, future=future)
    assert len(found) == 1, found
    return found[0]


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


@settings(max_examples=80, deadline=None)
@given(published=PUBLISHED, month=st.integers(1, 12), future=st.booleans())
def test_yearless_month_points_the_way_of_the_tense(published, month, future):
    found = only(f"in {MONTHS[month - 1]}, the minister", published, future=future)
    year, found_month = map(int, found.date.iso.split("-"))
    assert found_month == month
    if future:  # the earliest such month from the publication month on
        assert 0 <= month_index(year, month) - month_index(published.year, published.month) <= 11
    else:  # the latest such month up to the publication month
        assert 0 <= month_index(published.year, published.month) - month_index(year, month) <= 11


@settings(max_examples=60, deadline=None)
@given(published=PUBLISHED, month=st.integers(1, 12), modifier=st.sampled_from(["last", "next"]))
def test_last_and_next_month_skip_the_publication_month(published, month, modifier):
    found = only(f"{modifier} {MONTHS[month - 1]}, the", published, future=modifier == "next")
    year, found_month = map(int, found.date.iso.split("-"))
    assert found_month == month
    step = month_index(year, month) - month_index(published.year, published.month)
    assert 1 <= (step if modifier == "next" else -step) <= 12


@settings(max_examples=80, deadline=None)
@given(published=PUBLISHED, weekday=st.integers(0, 6), future=st.booleans())
def test_bare_weekday_is_within_six_days_the_way_of_the_tense(published, weekday, future):
    found = date.fromisoformat(only(f"met on {WEEKDAYS[weekday]}", published, future=future).date.iso)
    assert found.weekday() == weekday
    assert 0 <= ((found - published) if future else (published - found)).days <= 6


@settings(max_examples=60, deadline=None)
@given(published=PUBLISHED, weekday=st.integers(0, 6), modifier=st.sampled_from(["last", "next", "coming"]))
def test_last_and_next_weekday_are_one_to_seven_days_away(published, weekday, modifier):
    found = date.fromisoformat(only(f"{modifier} {WEEKDAYS[weekday]}", published).date.iso)
    assert found.weekday() == weekday
    assert 1 <= ((published - found) if modifier == "last" else (found - published)).days <= 7


SLACK = timedelta(days=31)


@settings(max_examples=80, deadline=None)
@given(published=PUBLISHED, month=st.integers(1, 12), day=st.integers(1, 28), future=st.booleans())
def test_yearless_day_is_the_nearest_fit_allowing_a_month_of_slack(published, month, day, future):
    found = date.fromisoformat(only(f"slated for {day} {MONTHS[month - 1]}.", published, future=future).date.iso)
    assert (found.month, found.day) == (month, day)
    if future:  # the earliest such day from a month before publication on
        assert found >= published - SLACK > found.replace(year=found.year - 1)
    else:  # the latest such day up to a month after publication
        assert found <= published + SLACK < found.replace(year=found.year + 1)


# Edges where dateparser's own answer would differ from the rules; expected values by hand.
EDGES = [
    # a publication date late in the month must not send a month name to a leap year
    ("in Feb, the minister will", date(2025, 1, 31), True, "Feb", "2025-02", None, "partial"),
    ("last Feb, the", date(2024, 2, 29), False, "last Feb", "2023-02", None, "partial"),
    ("in October, the minister will visit", date(2025, 10, 31), True, "October", "2025-10", None, "partial"),
    ("in October, the minister visited", date(2025, 10, 1), False, "October", "2025-10", None, "partial"),
    # a yearless 29 February resolves only to a leap year next to publication
    ("met on 29 February", date(2025, 1, 10), False, "29 February", "2024-02-29", None, "relative"),
    ("met on 29 February", date(2026, 6, 15), False, "29 February", None, None, "unresolved"),
    # the weekday is only a description, in any spelling
    ("on Thurs, 9 Oct 2025", None, False, "Thurs, 9 Oct 2025", "2025-10-09", None, "absolute"),
    # "Oct 25" is a day, not October 2025
    ("Male, Oct 25 (IANS) The", date(2025, 10, 26), False, "Oct 25", "2025-10-25", None, "relative"),
    ("meets coming Tuesday", TUE_7_OCT, True, "coming Tuesday", "2025-10-14", None, "relative"),
    ("due in the coming week", date(2025, 10, 15), True, "coming week", "2025-10", None, "partial"),
    ("met last evening", TUE_7_OCT, False, "last evening", "2025-10-06", None, "relative"),
    ("met eleven days ago", TUE_7_OCT, False, "eleven days ago", "2025-09-26", None, "relative"),
    ("founded 12 years ago", TUE_7_OCT, False, "12 years ago", "2013", None, "partial"),
    ("rose last month", date(2025, 3, 31), False, "last month", "2025-02", None, "partial"),
    ("between November and January 2026", None, False, "November and January 2026", "2025-11", "2026-01", "range"),
    ("from 28 Feb to 1 Mar 2024", None, False, "28 Feb to 1 Mar 2024", "2024-02-28", "2024-03-01", "range"),
    # two days in a row joined by "and" are the days of one occasion; two days apart are two dates
    ("held here on November 20 and 21.", date(2025, 11, 22), False, "November 20 and 21", "2025-11-20", "2025-11-21", "range"),
    ("held on 20 and 21 November", date(2025, 11, 22), False, "20 and 21 November", "2025-11-20", "2025-11-21", "range"),
]


@pytest.mark.parametrize(("text", "published", "future", "span", "start_iso", "end_iso", "kind"), EDGES)
def test_edge(text, published, future, span, start_iso, end_iso, kind):
    found = only(text, published, future=future)
    assert found.text == span
    got = (found.date.iso if found.date else None, found.end_date.iso if found.end_date else None, found.kind)
    assert got == (start_iso, end_iso, kind)


def test_two_days_apart_joined_by_and_are_no_range():
    found = find_date_expressions("met on October 6 and 9.", TUE_7_OCT)
    assert [(d.text, d.end_date) for d in found] == [("October 6", None)]


@pytest.mark.parametrize("text", ["dated 2025-13-01.", "dated 2025-02-30.", "on 32 October 2025", "on Oct 39, 2025"])
def test_impossible_dates_are_not_dates(text):
    assert find_date_expressions(text, TUE_7_OCT) == []
