""""At <town> on Saturday, A interacted with B": capitalised words right after a sentence's opening
"At"/"In", then the day or the comma, are the town where the sentence happens, though the
gazetteer lacks it and the model reads it as a body or as nothing; the meeting is put there, not in
the city of the paragraph before. A venue or body word ("At Army Command on Saturday") is no town."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("Kestria's Chief of the Army Staff, General Obi Rannick, wrapped up a four-day visit to Norland on Saturday.\n\n"
        "Defence Minister Sela Voorn received Rannick at the Ministry of Defence in Velholm on Thursday.\n\n")


def _place(nlp, text: str) -> str | None:
    x = extract_text(nlp, LEAD + text, date(2026, 3, 8))
    return place_name(x, meetings_by_participants(x)[("Eero Lasse", "Obi Rannick")])


def test_fronted_at_town_unknown_to_the_model(nlp):
    assert _place(nlp, "At Ilvaskylä on Saturday, Rannick interacted with the brigade's commander, Colonel Eero Lasse, "
                       "and watched conscripts train.") == "Ilvaskylä"


def test_fronted_at_town_read_as_a_body(nlp):
    assert _place(nlp, "At Ulvik on Saturday, Rannick interacted with the brigade's commander, Colonel Eero Lasse, "
                       "and watched conscripts train.") == "Ulvik"


def test_fronted_at_a_body_is_no_town(nlp):
    assert _place(nlp, "At Army Command on Saturday, Rannick interacted with the brigade's commander, Colonel Eero Lasse.") != "Army Command"
