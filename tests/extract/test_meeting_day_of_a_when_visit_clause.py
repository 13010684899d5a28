""""X is expected to meet Y when he visits Z later this month": the time words of the trigger's
"when ... visits" clause tell the meeting's date (the place is read there already); a meeting
"later this month" takes the year and month. Not a "before ... visits" clause (a day after the
meeting), nor over a day the meeting's own clause tells. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday
LEAD = "NEW DELHI: Velorian Defence Minister Arko Tassin"
PARTNER = "Mardovan Defence Minister Pel Ostrick"


def _meeting(x):
    return meetings_by_participants(x).get(("Arko Tassin", "Pel Ostrick"))


def test_later_this_month_of_a_when_visit_clause(nlp):
    x = extract_text(nlp, f"{LEAD} is expected to meet {PARTNER} when he visits Hanoi later this month.\n", PUBLISHED)
    mt = _meeting(x)
    assert mt is not None and mt.status == "planned"
    assert mt.date is not None and mt.date.iso == "2026-03"


def test_month_of_a_when_visit_clause(nlp):
    x = extract_text(nlp, f"{LEAD} will meet {PARTNER} when he visits Hanoi in April.\n", PUBLISHED)
    mt = _meeting(x)
    assert mt is not None and mt.date is not None and mt.date.iso == "2026-04"


def test_before_visit_clause_gives_no_date(nlp):
    x = extract_text(nlp, f"{LEAD} will meet {PARTNER} before he visits Hanoi in April.\n", PUBLISHED)
    mt = _meeting(x)
    assert mt is not None and (mt.date is None or mt.date.iso != "2026-04")


def test_own_day_wins_over_the_visit_clause(nlp):
    x = extract_text(nlp, f"{LEAD} will meet {PARTNER} on Friday when he visits Hanoi in April.\n", PUBLISHED)
    mt = _meeting(x)
    assert mt is not None and mt.date is not None and mt.date.iso != "2026-04"
