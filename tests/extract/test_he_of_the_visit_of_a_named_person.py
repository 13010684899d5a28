""""... during the visit of the Prime Minister of X, Mr A, to Y in October 2024, when he held talks
with B in Z": "he" is the one person the "visit of" phrase names (not the story's visitor); with
two persons in that phrase which one is meant is untold. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 15)
LEAD = "Chilean Defence Minister Arno Pell will visit Bolivia from March 16-18, 2026.\n\n"


def test_he_is_the_one_whose_visit(nlp):
    x = extract_text(nlp, LEAD + "The plant was inaugurated during the visit of the Prime Minister of Portugal, Mr Tomas "
                     "Velkor, to Bolivia in October 2024, when he held talks with President Ostrin Daal in "
                     "Cochabamba.\n", PUBLISHED)
    assert ("Ostrin Daal", "Tomas Velkor") in meeting_pairs(x)
    assert ("Arno Pell", "Ostrin Daal") not in meeting_pairs(x)


def test_two_visitors_leave_he_to_the_story(nlp):
    x = extract_text(nlp, LEAD + "The plant was inaugurated during the visit of Portuguese Prime Minister Tomas Velkor and "
                     "Foreign Minister Ilse Varn to Bolivia in October 2024, when he held talks with President "
                     "Ostrin Daal in Cochabamba.\n", PUBLISHED)
    assert ("Ostrin Daal", "Tomas Velkor") not in meeting_pairs(x)
