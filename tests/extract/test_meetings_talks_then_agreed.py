""""A held talks with B in X on Wednesday and agreed to speed up Y": the parse may make the talks the
subject of "agreed", a governor of plans; an active governor told as done plans what follows it, not
the talks (which keep their weekday counted back). Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 13)  # a Thursday


def test_talks_then_agreed_are_held_on_the_last_wednesday(nlp):
    x = extract_text(nlp, "SEOUL, Mar. 13 (Yonhap) -- Defense Minister Park Sung-back held talks with his Czech "
                     "counterpart, Jan Novak, in Seoul on Wednesday and agreed to accelerate the local production of "
                     "howitzers in the Czech Republic, the defense ministry said.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Jan Novak", "Park Sung-back")]
    assert talks.status == "held" and talks.date.iso == "2025-03-12"


def test_talks_expected_to_agree_stay_planned(nlp):
    x = extract_text(nlp, "Talks between Defence Minister Erik Lunde and his Finnish counterpart Mikko Saarinen are "
                     "expected to produce a deal on artillery shells next week.\n", PUBLISHED)
    assert meetings_by_participants(x)[("Erik Lunde", "Mikko Saarinen")].status == "planned"
