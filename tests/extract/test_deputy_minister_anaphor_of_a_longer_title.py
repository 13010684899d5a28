""""Chilean Deputy Defence Minister X held talks with ... . On Wednesday, the deputy minister was
received by President Y": a title's words written without the portfolio stand for the one person
named before whose title has all of them; none when two such titles were named (which one is
meant is untold). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 18)
LEAD = ("Chilean Deputy Defense Minister General Tomas Velkor held talks with Bolivia's Minister of Defense, "
        "General Ostrin Daal, in La Paz on Tuesday.\n\n")


def test_deputy_minister_received_by_the_president(nlp):
    x = extract_text(nlp, LEAD + "On Wednesday, the deputy minister was received by President Ardo Kessen at "
                     "the State House in La Paz.\n", PUBLISHED)
    assert ("Ardo Kessen", "Tomas Velkor") in meeting_pairs(x)


def test_two_deputy_ministers_leave_it_untold(nlp):
    x = extract_text(nlp, "Chilean Deputy Defense Minister General Tomas Velkor held talks with Bolivia's Deputy "
                     "Minister of Defense, General Ostrin Daal, in La Paz on Tuesday.\n\n"
                     "On Wednesday, the deputy minister was received by President Ardo Kessen at "
                     "the State House in La Paz.\n", PUBLISHED)
    assert ("Ardo Kessen", "Tomas Velkor") not in meeting_pairs(x)
    assert ("Ardo Kessen", "Ostrin Daal") not in meeting_pairs(x)
