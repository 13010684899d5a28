"""An article with no publication date whose dateline states a day without its year ("VALLETTA,
Nov 18 (Agency) --") takes the year, around the years the body names, in which that day falls on
the weekday the lead sentence names: the lead tells the dateline day's news by its weekday. With no
year named, no weekday, or more than one fitting year, the day stays unknown."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

PAIR = ("Carmelo Vella", "Jorge Ibarra")


def _day(nlp, text: str) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, text, header=False))[PAIR]
    return meeting.date.iso if meeting.date else None


def _article(dateline: str, weekday: str, years: str) -> str:
    return (f"{dateline} (Agency) -- Maltese Defence Minister Carmelo Vella met Spanish Defence Minister "
            f"Jorge Ibarra in Valletta on {weekday} to discuss migration patrols.\n\n"
            f"The two countries signed a maritime cooperation accord in {years}.")


def test_the_year_whose_day_falls_on_the_leads_weekday(nlp):
    # 18 November is a Wednesday in 2026 only, among 2024-2028
    assert _day(nlp, _article("VALLETTA, Nov 18", "Wednesday", "2025 and plan joint drills in 2027")) == "2026-11-18"


def test_another_weekday_picks_another_year(nlp):
    # 18 November is a Tuesday in 2025
    assert _day(nlp, _article("VALLETTA, Nov 18", "Tuesday", "2025 and plan joint drills in 2027")) == "2025-11-18"


def test_no_year_named_leaves_the_day_unknown(nlp):
    text = ("VALLETTA, Nov 18 (Agency) -- Maltese Defence Minister Carmelo Vella met Spanish Defence Minister "
            "Jorge Ibarra in Valletta on Wednesday to discuss migration patrols.")
    assert _day(nlp, text) is None


def test_a_weekday_no_year_around_fits_leaves_the_day_unknown(nlp):
    # 18 November is a Saturday in none of 2024-2026
    assert _day(nlp, _article("VALLETTA, Nov 18", "Saturday", "2025")) is None
