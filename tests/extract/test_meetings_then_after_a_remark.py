""""A met B in X on Monday. "...," A said. B then met C": a meeting going on "then"
from the one told before a quoted remark has that one's day; the remark tells none."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

TEXT = ("Hungarian Defence Minister Peter Szabo met his Slovak counterpart Martin Kovac in Budapest on Monday.\n\n"
        "\"We have opened a new chapter,\" Szabo told reporters.\n\n"
        "Kovac {later} met Polish Defence Minister Jan Nowak at the ministry.")


def test_meeting_going_on_after_a_remark_has_the_day_told_before(nlp):
    x = extract_text(nlp, TEXT.format(later="then"), date(2026, 3, 12))
    met = meetings_by_participants(x).get(("Jan Nowak", "Martin Kovac"))
    assert met is not None and met.date is not None and met.date.iso == "2026-03-09"


def test_meeting_not_said_to_go_on_keeps_no_day(nlp):
    # must not fire: without "then"/"later" the next meeting may be on another day
    x = extract_text(nlp, TEXT.format(later="has"), date(2026, 3, 12))
    met = meetings_by_participants(x).get(("Jan Nowak", "Martin Kovac"))
    assert met is not None and met.date is None
