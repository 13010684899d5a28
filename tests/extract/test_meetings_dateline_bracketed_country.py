"""A dateline that names the city's country in brackets before the date ("Port Louis (Mauritius),
Mar 4 (Agency)") ends after the date, not at the bracket: its day dates the story, so a yearless one
still takes its year from the lead's weekday. A bracket that is no country (an agency credit) leaves
the dateline as it was."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

PAIR = ("Anil Kumar", "Marie Duval")
LEAD = ("Defence Minister Anil Kumar on Wednesday held talks with Vice-President Marie Duval at the "
        "Ministry of Defence in Port Louis.\n\nThe two countries signed a maritime pact in 2025.")


def _day(nlp, dateline: str) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, f"{dateline} {LEAD}", header=False))[PAIR]
    return meeting.date.iso if meeting.date else None


def test_a_bracketed_country_before_a_yearless_date(nlp):
    # 4 March is a Wednesday in 2026 only, among 2024-2026
    assert _day(nlp, "Port Louis (Mauritius), Mar 4 (Agency)") == "2026-03-04"


def test_a_bracketed_country_before_a_day_first_date(nlp):
    assert _day(nlp, "Port Louis (Mauritius), 4 March (Agency)") == "2026-03-04"


def test_a_bracketed_credit_is_no_country(nlp):
    # "(Agency)" is the credit, not the city's country: no date follows it, the day stays unknown
    assert _day(nlp, "Port Louis (Agency) -") is None
