""""Two days later, A held talks with B": a shift of several days counts that many days from the day
told before, as "a day later" counts one (invented names)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)

FIRST = ("Serbian Defence Minister Dragan Jovkić met Greek Defence Minister Nikos Parlaris in Athens on Monday. ")


def test_two_days_later_counts_two_days_on(nlp):
    x = extract_text(nlp, FIRST + "Two days later, Jovkić held talks with Cypriot Defence Minister Andreas Kyrillou in Nicosia.\n",
                     PUBLISHED)
    mt = meetings_by_participants(x)[("Andreas Kyrillou", "Dragan Jovkić")]
    assert mt.date is not None and mt.date.iso == "2026-03-11"


def test_three_days_earlier_counts_three_days_back(nlp):
    text = ("Slovak Defence Minister Peter Kovalik met Czech Defence Minister Jana Dvorska in Prague on Wednesday. "
            "Three days earlier, Kovalik had held talks with Czech Chief of the General Staff Karel Novotar.\n")
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Karel Novotar", "Peter Kovalik")]
    assert mt.date is not None and mt.date.iso == "2026-03-08"


def test_a_day_later_still_counts_one_day(nlp):
    x = extract_text(nlp, FIRST + "A day later, Jovkić held talks with Cypriot Defence Minister Andreas Kyrillou in Nicosia.\n",
                     PUBLISHED)
    mt = meetings_by_participants(x)[("Andreas Kyrillou", "Dragan Jovkić")]
    assert mt.date is not None and mt.date.iso == "2026-03-10"


def test_days_counted_with_no_day_told_before_give_no_day(nlp):
    # must not fire: no day told before to count from
    text = ("Serbian Defence Minister Dragan Jovkić toured the northern border region. Two days later, Jovkić held talks "
            "with Cypriot Defence Minister Andreas Kyrillou in Nicosia.\n")
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Andreas Kyrillou", "Dragan Jovkić")]
    assert mt.date is None
