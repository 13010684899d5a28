""""A will visit X at the invitation of X's Minister of Defence, B. On arrival, A is scheduled to
interact with the Chief of Defence Staff, General C. The two Defence Ministers will hold talks ...":
with no meeting of two ministers told yet, "the two ministers" are the visitor and the one other
minister named before (not the chief just met); "the two men" names no post and keeps the pair
just told. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 15)
LEAD = ("Finnish Defence Minister Marek Holt will pay an official visit to Uruguay from March 16-18, 2026, at the "
        "invitation of the Minister of Defence of Uruguay, Ms Ilse Varn.\n\n"
        "On arrival in Montevideo on Monday, Mr Holt is scheduled to interact with the Chief of Defence Staff of "
        "Uruguay, Admiral Ostrin Daal, at the Defence Staff headquarters.\n\n")


def test_two_ministers_are_the_visitor_and_the_host_minister(nlp):
    x = extract_text(nlp, LEAD + "The two Defence Ministers will hold delegation-level talks at the Ministry of "
                     "Defence in Montevideo on March 17.\n", PUBLISHED)
    by = meetings_by_participants(x)
    assert ("Ilse Varn", "Marek Holt") in by
    assert by[("Ilse Varn", "Marek Holt")].date.iso == "2026-03-17"
    assert by[("Marek Holt", "Ostrin Daal")].date.iso == "2026-03-16"


def test_two_men_keep_the_pair_just_told(nlp):
    x = extract_text(nlp, LEAD + "The two men will hold further talks at the headquarters on March 17.\n", PUBLISHED)
    assert ("Ilse Varn", "Marek Holt") not in meetings_by_participants(x)
