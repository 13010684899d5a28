""""Defence chiefs of the region gathered in X on Tuesday. A held talks with B on the margins of the
meeting": "gather" (and "assemble") tells the occasion "the meeting" refers back to, whose day and
place the sidelines meeting takes (invented names)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
MARGINS = ("Zambian Army Commander Chanda Mwelwa held talks with Botswana's Defence Force Commander Kagiso Motlhabane on the "
           "margins of the meeting.\n")


def test_gathered_in_a_city_dates_and_places_the_meeting_on_its_margins(nlp):
    text = "Defence chiefs of the Southern African states gathered in Lusaka on Tuesday. " + MARGINS
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Chanda Mwelwa", "Kagiso Motlhabane")]
    assert mt.date is not None and mt.date.iso == "2026-03-10"
    assert place_name(extract_text(nlp, text, PUBLISHED), mt) == "Lusaka"


def test_assembled_in_a_city_likewise(nlp):
    text = "The army chiefs of the region assembled in Gaborone on Tuesday. " + MARGINS
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Chanda Mwelwa", "Kagiso Motlhabane")]
    assert mt.date is not None and mt.date.iso == "2026-03-10"
    assert place_name(x, mt) == "Gaborone"


def test_gathering_something_tells_no_occasion(nlp):
    # must not fire: "gathered data" is no occasion the meeting refers back to
    text = "The ministry gathered data on arms imports in Lusaka on Tuesday. " + MARGINS
    mt = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Chanda Mwelwa", "Kagiso Motlhabane")]
    assert mt.date is None
