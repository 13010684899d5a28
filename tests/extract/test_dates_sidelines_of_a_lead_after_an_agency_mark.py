""""(XNA) - CITY, MARCH 12 - A yesterday joined his counterparts ... for the fourth X Ministers'
Meeting ... (several sentences) ... On the sidelines of the meeting, A held a bilateral with B":
the parse may cut the agency's opening bracket off as a sentence of its own; the lead that names
the occasion is the first sentence with a word, and the sidelines meeting takes its day.
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
TEXT = ("Nordic defence ministers meet in Strelsau, Kallen presses on air defence\n\n"
        "(XNA) - STRELSAU, MARCH 12 - Defence Minister Arvo Kallen yesterday joined his Nordic counterparts at the Naval "
        "Academy in Strelsau for the fourth Nordic Defence Ministers' Meeting, hosted by Ruritanian Defence Minister Jorin Maddox.\n\n"
        "Ruritania, Zembia and Kirovia are the members of the group. The Baltic states take part in its work without "
        "being members. Zembia's defence minister addressed the ministers by video link.\n\n"
        "The first Nordic defence ministerial was held in Zenda in October 2024. The final statement adopted yesterday "
        "reaffirmed support for Zembia.\n\n"
        "On the sidelines of the meeting, Kallen held a bilateral with his Zembian counterpart Tomas Varga on air defence.\n")


def test_the_sidelines_meeting_takes_the_day_of_the_lead_occasion(nlp):
    x = extract_text(nlp, TEXT, PUBLISHED)
    mt = meetings_by_participants(x)[("Arvo Kallen", "Tomas Varga")]
    assert mt.date is not None and mt.date.iso == "2026-03-11"


def test_a_sidelines_meeting_of_no_occasion_told_has_no_day(nlp):
    # must not fire: the lead tells no occasion the meeting refers back to
    text = TEXT.replace("for the fourth Nordic Defence Ministers' Meeting, hosted by Ruritanian Defence Minister Jorin Maddox",
                        "to see a new frigate")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Arvo Kallen", "Tomas Varga")]
    assert mt.date is None
