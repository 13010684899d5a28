"""A dateline written "Month D/YYYY" (as some news agencies write it): a full day that anchors the
article's weekdays when it has no publication date."""

from diplokg.dates import find_date_expressions
from extract_helpers import extract_text, meetings_by_participants


def test_month_day_slash_year_is_a_full_day() -> None:
    found = find_date_expressions("Nairobi, March 5/2026 (KNA) -- The talks ended.", None)
    assert [(e.text, e.date.iso if e.date else None) for e in found] == [("March 5/2026", "2026-03-05")]


def test_a_slash_between_days_or_before_a_short_year_is_no_year() -> None:
    found = find_date_expressions("The March 5/6 drills and the 2025/26 budget were approved.", None)
    assert all(e.date is None for e in found)


def test_a_slashed_dateline_dates_a_weekday_meeting_of_an_undated_article(nlp) -> None:
    x = extract_text(nlp, (
        "Kampala, March 5/2026 (UNA) -- Uganda's Minister of Defence Jacob Mwesigwa met Rwanda's "
        "Minister of Defence Juvenal Marizamunda in Kampala on Tuesday.\n\n"
        "The two ministers discussed border security.\n"
    ), header=False)
    meeting = meetings_by_participants(x)[("Jacob Mwesigwa", "Juvenal Marizamunda")]
    assert meeting.date is not None and meeting.date.iso == "2026-03-03"
