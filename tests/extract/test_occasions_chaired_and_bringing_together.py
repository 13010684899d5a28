"""An occasion told as the subject of a passive verb of chairing joined to "brought together" ("The
meeting ... was chaired by A and brought together B, C and D"): one meeting of the chair and all
those listed; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, place_name, meetings_by_participants

LEAD = ("ACCRA - Senior officials of the Gulf of Guinea Maritime Forum have agreed on a work plan at the end of a "
        "two-day meeting in Accra.\n\n")


def test_chair_and_those_brought_together_meet(nlp):
    x = extract_text(nlp, LEAD + "The fourth meeting of the Forum's Deputy Chiefs of Naval Staff, held at the Kofi Annan "
                     "Centre from March 3 to 4, 2025, was chaired by Defence Secretary Rear Admiral Kwame Mensah and brought "
                     "together Nigeria's Deputy Chief of Naval Staff Rear Admiral Ibrahim Musa, Togolese Deputy Chief of Naval "
                     "Staff Komi Agbeko and Ivorian Deputy Chief of Naval Staff Yao Kouassi.", published=date(2025, 3, 6))
    everyone = ("Ibrahim Musa", "Komi Agbeko", "Kwame Mensah", "Yao Kouassi")
    assert place_name(x, meetings_by_participants(x)[everyone]) == "Accra"


def test_chaired_and_bringing_together_no_named_person_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "The fourth meeting of the Forum's working group, held at the Kofi Annan Centre on "
                     "March 3, was chaired by Defence Secretary Rear Admiral Kwame Mensah and brought together officials "
                     "from five navies.", published=date(2025, 3, 6))
    assert not meeting_pairs(x)
