""""The Minister recalled his meeting with the Minister of Defence of Bulgaria X in Sofia in June
last year": the parse hangs "with" on "recalled", not on "meeting"; what one recalls with someone
is the meeting with him, an earlier one. "recalled his promise with ..." is no meeting. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 6)
LEAD = ("On March 4, Defence Minister of Ruritania General Ivo Marten received the Chief of the Naval Staff of "
        "Borduria, Admiral Kelo Baranu, who was in Varna on an official visit.\n\n")


def test_recalled_meeting_with_a_titled_name(nlp):
    x = extract_text(nlp, LEAD + "The Minister recalled his meeting with the Minister of Defence of Bulgaria Tomas Varek "
                     "in Sofia in June last year and noted that cooperation had grown.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Ivo Marten", "Tomas Varek") in met
    mt = met[("Ivo Marten", "Tomas Varek")]
    assert mt.status == "held" and place_name(x, mt) == "Sofia" and mt.date.iso == "2026-06"


def test_recalled_something_else_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "The Minister recalled his promise with the Minister of Defence of Bulgaria Tomas Varek "
                     "in Sofia in June last year and noted that cooperation had grown.\n", PUBLISHED)
    assert ("Ivo Marten", "Tomas Varek") not in meetings_by_participants(x)
