""""X had arrived in the capital on Tuesday afternoon. After meeting A at the headquarters that
evening, X said ...": "that evening" (morning, afternoon) is of the day the sentence right before
told, not of the meeting told last; with no day there it stays unknown. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
LEAD = ("Chile's Minister of Defence, Ana Varkey, received her Peruvian counterpart, Ivo Marten, at the ministry in "
        "Santiago on Wednesday.\n\n"
        "Later on Wednesday, Marten was received by President Luis Ortam at the palace.\n\n")
AFTER = ("After meeting the Chief of Defence Staff, Admiral Tomas Ruede, at the Defence Staff headquarters that evening, "
         "Marten said Peru saw Chile as a partner.\n")


def _day(nlp, before: str):
    mt = meetings_by_participants(extract_text(nlp, LEAD + before + " " + AFTER, PUBLISHED))[("Ivo Marten", "Tomas Ruede")]
    return mt.date.iso if mt.date else None


def test_that_evening_of_the_arrival_day_told_before(nlp):
    assert _day(nlp, "The Peruvian minister had arrived in the Chilean capital on Tuesday afternoon.") == "2026-03-10"


def test_that_evening_with_no_day_before_stays_unknown(nlp):
    assert _day(nlp, "The Peruvian minister toured a shipyard.") is None


SAME_DAY = ("On the same day, Chile's Defence Secretary, Rosa Quilty, and Peru's Vice Minister, Dario Fenwell, co-chaired "
            "the fourth meeting of the bilateral Defence Working Group.\n")


def _same_day(nlp, before: str):
    text = LEAD + before + " " + AFTER + "\n" + SAME_DAY
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Dario Fenwell", "Rosa Quilty")]
    return mt.date.iso if mt.date else None


def test_same_day_after_that_evening_is_its_day(nlp):
    # "On the same day" after "After meeting A that evening" (of Tuesday told before): Tuesday, not
    # the Wednesday of the meeting told first
    assert _same_day(nlp, "The Peruvian minister had arrived in the Chilean capital on Tuesday afternoon.") == "2026-03-10"


def test_same_day_after_the_lead_meeting_is_its_day(nlp):
    # must not move: with no "that evening" meeting in between, the same day is the Wednesday told last
    text = LEAD + SAME_DAY
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Dario Fenwell", "Rosa Quilty")]
    assert mt.date is not None and mt.date.iso == "2026-03-11"
