""""Ministers met in Tallinn on Tuesday for the session of the X Council. ... The council adopted a plan
it chairs this year. On the sidelines of the council, A held talks with B": a sentence nearer the
reference back that tells only a coarser time of the occasion (a year, a month) and no place does not
stop the search; the sentence further back that tells a day within that time gives the talks' day
and city. A day outside it does not replace the coarser time (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday: "on Tuesday" is 2026-03-10
LEAD = ("TALLINN, 11 March - Ministers of the member states of the Baltic Coast Guard Forum met in Tallinn on Tuesday "
        "for the annual session of the forum's Ministerial Council. ")
TALKS = ("On the sidelines of the council, Latvia's Minister of the Interior, Ruta Kalnina, held talks with "
         "Finland's Minister of the Interior, Aino Virtanen.")


def _talks(nlp, middle: str):
    x = extract_text(nlp, LEAD + middle + " " + TALKS, PUBLISHED)
    mt = meetings_by_participants(x)[("Aino Virtanen", "Ruta Kalnina")]
    return mt.date.iso if mt.date else None, place_name(x, mt)


def test_a_group_co_chaired_this_year_leaves_the_sessions_day(nlp):
    middle = ("The council approved the work programme of the Forum's Training Group, which is co-chaired this year "
              "by Estonia and Latvia.")
    assert _talks(nlp, middle) == ("2026-03-10", "Tallinn")


def test_a_budget_for_this_year_leaves_the_sessions_day(nlp):
    middle = "The council also adopted the forum's budget for this year."
    assert _talks(nlp, middle) == ("2026-03-10", "Tallinn")


def test_a_count_of_sittings_this_month_leaves_the_sessions_day(nlp):
    middle = "The council has now met twice this month, after an extraordinary sitting on the Gulf of Finland."
    assert _talks(nlp, middle) == ("2026-03-10", "Tallinn")


def test_a_coarser_time_before_the_sessions_day_is_kept(nlp):
    # must not fire: February is not the month of Tuesday's session, so the nearer sentence's occasion is another
    middle = "The council had approved the forum's new patrol plan in February."
    assert _talks(nlp, middle)[0] != "2026-03-10"
