""""the commanding officer of INS X, Captain Y": a warship's commanding officer holds a post written
with the ship, of the country the ship's prefix names; with no prefixed ship named, no post.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def _posts(nlp, sentence: str) -> set:
    return holdings(extract_text(nlp, sentence + "\n", PUBLISHED))


def test_commanding_officer_of_a_ship_then_the_name(nlp):
    held = _posts(nlp, "Rear Admiral Kofi Mensah met the commanding officer of INS Vardhan, Captain Rohan Salvi, "
                       "in Tema on Monday.")
    assert ("Rohan Salvi", "Commanding Officer of INS Vardhan", "IND") in held


def test_name_then_commanding_officer_of_a_ship(nlp):
    held = _posts(nlp, "Commander Alistair Brede, Commanding Officer of HMS Valorous, met Ghanaian Navy chief Rear "
                       "Admiral Kofi Mensah in Tema on Monday.")
    assert ("Alistair Brede", "Commanding Officer of HMS Valorous", "GBR") in held


def test_commanding_officer_of_an_unnamed_ship_holds_no_post(nlp):
    # must not fire: no prefixed ship's name tells the navy
    held = _posts(nlp, "Captain Rohan Salvi, commanding officer of the ship, met Ghanaian Navy chief Rear Admiral "
                       "Kofi Mensah in Tema on Monday.")
    assert not any(h[0] == "Rohan Salvi" for h in held)
