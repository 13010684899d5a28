""""X, who was accompanied by the Chief of the Defence Staff, General Z, also held talks with Y":
Z, named after the title that ends the relative clause (the parse hangs him on the subject), is
X's companion, no second subject; a name apposed to the subject itself still is the subject's. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 12)
LEAD = ("Estonian Defence Minister Orla Brennick and Peruvian Defence Minister Tomas Velk met in Lima on Tuesday.\n\n")


def test_companion_in_a_who_clause_is_no_participant(nlp):
    x = extract_text(nlp, LEAD + "Brennick, who was accompanied by the Chief of the Defence Staff, Lieutenant General "
                     "Karl Rannap, also held talks with Peruvian Navy chief Admiral Mateo Quiroz on the naval programme.\n",
                     PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Mateo Quiroz", "Orla Brennick") in met
    assert ("Karl Rannap", "Mateo Quiroz", "Orla Brennick") not in met


def test_who_clause_without_a_title_at_its_end_reads_as_before(nlp):
    x = extract_text(nlp, LEAD + "Brennick, who arrived on Monday, also held talks with Peruvian Navy chief Admiral "
                     "Mateo Quiroz on the naval programme.\n", PUBLISHED)
    assert ("Mateo Quiroz", "Orla Brennick") in meetings_by_participants(x)
