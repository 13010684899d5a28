""""A arrived in Y on Tuesday, which was also the day he met B": the day the "which was the day"
clause hangs on is the meeting's; "which was the day after he met B" names another day (invented
sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
PAIR = ("Dorin Valescu", "Tavita Sefo")


def _date(text, nlp):
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[PAIR]
    return mt.date.iso if mt.date else None


def test_which_was_also_the_day_he_met_takes_the_weekday(nlp):
    text = ("Moldovan Defence Minister Dorin Valescu arrived in Apia on Tuesday, which was also the day he met Samoan "
            "Police Minister Tavita Sefo. The two sides discussed disaster relief.")
    assert _date(text, nlp) == "2026-03-10"


def test_which_was_the_day_he_held_talks_takes_the_dated_month(nlp):
    text = ("Moldovan Defence Minister Dorin Valescu arrived in Apia on March 3, which was the day he held talks with "
            "Samoan Police Minister Tavita Sefo. The two sides discussed disaster relief.")
    assert _date(text, nlp) == "2026-03-03"


def test_the_day_after_he_met_is_not_that_day(nlp):
    # must not fire: "the day after he met B" tells another day
    text = ("Moldovan Defence Minister Dorin Valescu arrived in Apia on Tuesday, which was the day after he met Samoan "
            "Police Minister Tavita Sefo in Suva. The two sides discussed disaster relief.")
    assert _date(text, nlp) != "2026-03-10"
