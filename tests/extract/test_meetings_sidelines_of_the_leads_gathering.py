"""A meeting "on the sidelines of the conference" with no place of its own is held where the
gathering the lead reports is: the dateline's city, when the lead names no other city (not a
gathering the sentence names itself, "a summit", nor one the lead never told)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("Lima, Mar 13 (Agency) -- Navy commanders from across the Pacific wrapped up a three-day {gathering} "
        "in the Peruvian capital on Thursday.\n\n"
        "On Tuesday, the Peruvian Navy chief, Admiral Luis Paredes, hosted the Chilean Navy chief, Admiral "
        "Juan Andrade, at the Naval School in Cusco.\n\n")
SIDELINES = ("On the sidelines of the {occasion}, the Commander of the Fiji Navy, Commodore Semi Koroi, met "
             "Captain Tevita Fifita, the Commander of the Tonga Navy, on Wednesday.")
PAIR = ("Semi Koroi", "Tevita Fifita")


def _place(nlp, text: str) -> str | None:
    x = extract_text(nlp, text, published=date(2025, 3, 14))
    return place_name(x, meetings_by_participants(x)[PAIR])


def test_the_leads_gathering_is_in_the_dateline_city(nlp):
    text = LEAD.format(gathering="conference") + SIDELINES.format(occasion="conference")
    assert _place(nlp, text) == "Lima"


def test_a_gathering_the_lead_never_told_gives_no_place(nlp):
    text = LEAD.format(gathering="conference") + SIDELINES.format(occasion="summit")
    assert _place(nlp, text) is None
