""""A visited X on Monday and Tuesday. He met B in Y": a visit told over two or more days (by
weekdays, as by dates) leaves the meeting told next without a day of its own (it is one day of
the visit, which the article does not say). A visit told on one day still gives the meeting
that day. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday
MET = "He met Finnish Defence Minister Orin Vasko in Helsinki.\n"


def _talks(x):
    return meetings_by_participants(x)[("Arko Tassin", "Orin Vasko")]


def test_visit_on_two_weekdays_gives_no_day(nlp):
    x = extract_text(nlp, f"Polish Defence Minister Arko Tassin visited Finland on Monday and Tuesday. {MET}", PUBLISHED)
    assert _talks(x).date is None


def test_visit_from_one_weekday_to_another_gives_no_day(nlp):
    x = extract_text(nlp, f"Polish Defence Minister Arko Tassin visited Finland from Monday to Wednesday. {MET}", PUBLISHED)
    assert _talks(x).date is None


def test_visit_on_one_day_gives_its_day(nlp):
    # must not fire: one day told, the meeting's
    x = extract_text(nlp, f"Polish Defence Minister Arko Tassin arrived in Finland on Tuesday. {MET}", PUBLISHED)
    assert _talks(x).date is not None and _talks(x).date.iso == "2026-03-10"
