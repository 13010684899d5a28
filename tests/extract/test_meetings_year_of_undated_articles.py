"""An article with no publication date reads its yearless days ("on December 3") in the year of
the dateline's full date, else of the first full date the body gives for news; a day told as a
document's signing or a body's founding ("the treaty signed in Geneva on 4 May 1990") is history
and dates nothing else."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

PLAN = "Latvian Defence Minister Andris Kalnins will hold talks with Polish Defence Minister Marek Zielinski in Warsaw on December 3."
PAIR = ("Andris Kalnins", "Marek Zielinski")


def _day(nlp, text: str) -> str | None:
    """The planned meeting's day in ``text`` read as an article with no publication date."""
    meeting = meetings_by_participants(extract_text(nlp, text, header=False))[PAIR]
    return meeting.date.iso if meeting.date else None


def test_a_signing_recalled_does_not_date_the_news(nlp):
    text = ("The two countries are bound by the border treaty signed in Geneva on 4 May 1990.\n\n" + PLAN)
    assert _day(nlp, text) is None


def test_a_body_founded_in_a_relative_clause_dates_nothing(nlp):
    text = (PLAN + "\n\nThe joint brigade, which was established on 12 June 2001, will take part.")
    assert _day(nlp, text) is None


def test_the_datelines_full_day_wins_over_a_recalled_signing(nlp):
    text = ("RIGA, 25 November 2026 (LETA) - Latvia and Poland recalled the accord signed in Riga on 4 May 1995.\n\n" + PLAN)
    assert _day(nlp, text) == "2026-12-03"


def test_a_news_signing_in_full_still_gives_the_year(nlp):
    text = ("Latvia and Poland signed a defence cooperation plan in Riga on 20 November 2026.\n\n" + PLAN)
    assert _day(nlp, text) == "2026-12-03"
