""""On the sidelines of the meeting, A held a bilateral with B. B, C and D met separately for a
trilateral discussion. C, who was accompanied by General E, also held talks with D": "met
separately" (after its verb: a separate meeting of the same occasion, one of the pair just told
among its subjects) and "also" after a named subject with a who clause go on the day of the meeting
told right before. A fronted "Separately," (other news) and a separate meeting to come do not.
Invented names. Publication date 2025-03-12 (a Wednesday)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("LIMA — Defence ministers from five Pacific countries met in Lima on Tuesday for their annual meeting. "
        "Peruvian Defence Minister Harun Kelvari chaired the meeting. Around the table were Chile's Minister of "
        "Defence, Tomas Brenik; Ecuador's Defence Minister Razlan Omarov; and Colombia's Defence Minister Faizal Rezwan.\n\n"
        "On the sidelines of the meeting, Kelvari held a bilateral with Brenik on radar purchases.\n\n")


def _day(x, *names):
    met = meetings_by_participants(x).get(tuple(sorted(names)))
    assert met is not None
    return met.date.iso if met.date else None


def test_met_separately_and_also_after_a_who_clause_take_the_day(nlp):
    x = extract_text(nlp, LEAD + "Brenik, Omarov and Rezwan met separately for a trilateral discussion on Pacific "
                     "security.\n\nOmarov, who was accompanied by the Chief of the Navy, Admiral Petr Lanko, also held "
                     "talks with Rezwan on the future of the submarine programme.\n")
    assert _day(x, "Tomas Brenik", "Razlan Omarov", "Faizal Rezwan") == "2025-03-11"
    assert _day(x, "Razlan Omarov", "Faizal Rezwan") == "2025-03-11"


def test_a_fronted_separately_takes_no_day(nlp):
    # must not fire: "Separately," opens other news, none of the pair just told among the subjects
    x = extract_text(nlp, LEAD + "Separately, Omarov and Rezwan met for talks on the submarine programme.\n")
    assert _day(x, "Razlan Omarov", "Faizal Rezwan") is None


def test_a_separate_meeting_to_come_takes_no_held_day(nlp):
    x = extract_text(nlp, LEAD + "Brenik, Omarov and Rezwan will meet separately for a trilateral discussion.\n")
    assert _day(x, "Tomas Brenik", "Razlan Omarov", "Faizal Rezwan") != "2025-03-11"
