""""A attended the X meeting in <city> on November 20, 2025, where he met B": the parse hangs the
"where" clause on the month of the date, as it hangs it on a weekday ("on Friday, where ..."); the
day it hangs on is the meeting's. A month alone ("in November, where") tells no day."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

TAIL = " Portugal backs the alliance, and Portugal is a founding member."


@pytest.mark.parametrize("day", ["November 20, 2025", "20 November 2025", "November 20"])
def test_where_clause_on_a_dated_month_takes_the_day(nlp, day):
    text = (f"Defence Minister Rui Tavares attended the NATO ministerial meeting in Vilnius on {day}, where he met "
            "the Defence Minister of Lithuania, Jonas Petraitis." + TAIL)
    meeting = meetings_by_participants(extract_text(nlp, text, date(2025, 11, 24)))[("Jonas Petraitis", "Rui Tavares")]
    assert meeting.date is not None and meeting.date.iso == "2025-11-20"


def test_where_clause_on_a_month_alone_takes_no_day(nlp):
    text = ("Defence Minister Rui Tavares attended the NATO ministerial meeting in Vilnius in November, where he met "
            "the Defence Minister of Lithuania, Jonas Petraitis." + TAIL)
    meeting = meetings_by_participants(extract_text(nlp, text, date(2025, 12, 24)))[("Jonas Petraitis", "Rui Tavares")]
    assert meeting.date is None or meeting.date.precision != "day"
