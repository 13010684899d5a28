""""B last visited X in 2023, when he met Minister C": the parse hangs the "when" clause on the year;
that year is the meeting's (as a weekday or a month's full date already was). Invented names.
Publication date 2026-03-12."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
LEAD = ("Chilean Defence Minister Harun Kelvari received his Uruguayan counterpart Tomas Brenik in Santiago on "
        "Tuesday. ")


def test_year_of_a_when_clause(nlp):
    x = extract_text(nlp, LEAD + "Brenik last visited Santiago in 2023, when he met then-Defence Minister Rosa Vidal.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert met[("Rosa Vidal", "Tomas Brenik")].date.iso == "2023"
    assert met[("Harun Kelvari", "Tomas Brenik")].date.iso == "2026-03-10"


def test_month_and_year_of_a_when_clause(nlp):
    x = extract_text(nlp, LEAD + "Brenik visited Santiago in May 2023, when he met Defence Minister Rosa Vidal.\n", PUBLISHED)
    assert meetings_by_participants(x)[("Rosa Vidal", "Tomas Brenik")].date.iso == "2023-05"
