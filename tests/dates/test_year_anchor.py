"""Articles without a publication date: yearless days take the year of a date the article states in
full (the one nearest to it); weekdays and relative words stay unresolved."""

from __future__ import annotations

from datetime import date

from diplokg.dates import find_date_expressions


def _isos(text, anchor):
    return [(e.text, e.date.iso if e.date else None) for e in find_date_expressions(text, None, year_anchor=anchor)]


def test_a_yearless_day_takes_the_year_of_the_anchor():
    assert _isos("Earlier, on March 1, they spoke.", date(2027, 3, 3)) == [("March 1", "2027-03-01")]


def test_a_yearless_day_across_the_new_year_takes_the_nearest_year():
    assert _isos("On January 2 they met.", date(2026, 12, 30)) == [("January 2", "2027-01-02")]
    assert _isos("On December 29 they met.", date(2027, 1, 3)) == [("December 29", "2026-12-29")]


def test_a_yearless_range_takes_the_year_of_the_anchor():
    (found,) = find_date_expressions("a visit from March 2 to 4", None, year_anchor=date(2027, 3, 3))
    assert (found.date.iso, found.end_date.iso) == ("2027-03-02", "2027-03-04")


def test_weekdays_stay_unresolved_without_a_publication_date():
    assert _isos("On Tuesday they met.", date(2027, 3, 3)) == [("Tuesday", None)]


def test_the_anchor_is_not_used_when_there_is_a_publication_date():
    found = find_date_expressions("On May 5 they met.", date(2025, 5, 20), year_anchor=date(2027, 3, 3))
    assert found[0].date.iso == "2025-05-05"
