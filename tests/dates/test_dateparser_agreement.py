"""Readings diplokg does by date arithmetic agree with dateparser's own, day by day.

Weekdays, "today"/"yesterday"/"tomorrow" and the year of a yearless day are worked out from the
publication date without asking dateparser to read the phrase from each article's day (such
readings are never reused, and cost a fifth of all extraction). These tests hold the arithmetic
to what dateparser, anchored on the publication day, says for two years of publication dates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from dateparser.date import DateDataParser

from diplokg.dates import resolve_relative

PUBLICATION_DAYS = [date(2024, 1, 1) + timedelta(days=n) for n in range(0, 731, 3)]


def _dateparser(base: date, phrase: str, **settings: object) -> date | None:
    parser = DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day), "RETURN_AS_TIMEZONE_AWARE": False,
                  "PARSERS": ["relative-time", "absolute-time"], **settings},
    )
    found = parser.get_date_data(phrase).date_obj
    return found.date() if found else None


@pytest.mark.parametrize("weekday", ["Monday", "Thursday", "Sunday"])
def test_a_weekday_is_the_one_dateparser_reads_in_the_tense(weekday):
    for published in PUBLICATION_DAYS[::4]:
        reported = resolve_relative(weekday, published, future=False)
        planned = resolve_relative(weekday, published, future=True)
        assert reported.iso == _dateparser(published, weekday, PREFER_DATES_FROM="current_period").isoformat(), published
        assert planned.iso == _dateparser(published, f"this {weekday}", PREFER_DATES_FROM="current_period").isoformat(), published


@pytest.mark.parametrize("word", ["today", "yesterday", "tomorrow"])
def test_day_words_are_dateparsers_days(word):
    for published in PUBLICATION_DAYS[::10]:
        assert resolve_relative(word, published, future=False).iso == _dateparser(published, word).isoformat()


@pytest.mark.parametrize("phrase", ["1 November", "December 31", "January 2", "29 February", "6th of October"])
@pytest.mark.parametrize("future", [False, True])
def test_a_yearless_day_takes_the_year_dateparser_prefers_a_month_beyond_publication(phrase, future):
    """The rule before the arithmetic: dateparser's past from a month after publication, its
    future from a month (and a day) before it, and no year further than one from publication."""
    from diplokg.dates import _yearless_day

    slack = timedelta(days=31)
    for published in PUBLICATION_DAYS:
        base, prefer = (published - slack - timedelta(days=1), "future") if future else (published + slack, "past")
        expected = _dateparser(base, phrase, PREFER_DATES_FROM=prefer, REQUIRE_PARTS=["day", "month"])
        if expected is not None and abs(expected.year - published.year) > 1:
            expected = None
        assert _yearless_day(phrase, published, future) == expected, (phrase, published, future)
